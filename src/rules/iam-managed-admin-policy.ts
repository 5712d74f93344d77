import { defineRule } from './types.js';

const BROAD = /^arn:aws[\w-]*:iam::aws:policy\/(AdministratorAccess|PowerUserAccess|IAMFullAccess)$/;

export default defineRule({
  meta: {
    id: 'iam-managed-admin-policy',
    severity: 'high',
    title: 'AWS managed administrator policy attached',
    why: '`AdministratorAccess` grants everything, `PowerUserAccess` everything but IAM (still enough to read all data and, through service roles, often to escalate), and `IAMFullAccess` the power to grant oneself anything. Attached to an application role, user or group they turn any compromise into an account compromise.',
    fix: 'Attach a policy that lists the actions and resources the principal needs. Keep administrator access on a dedicated, MFA-protected role outside application stacks. Using one of these policies as a permissions boundary is not flagged.',
    aka: { cfnNag: ['W43', 'W44'] },
    family: 'least-privilege',
    messages: {
      broadPolicy: 'Attaches the AWS managed policy {{policy}} to {{id}}.',
    },
  },
  checkTemplate(_t, ctx) {
    for (const m of ctx.managed) {
      if (m.via === 'PermissionsBoundary' || typeof m.arn !== 'string') continue;
      const hit = BROAD.exec(m.arn);
      if (hit) {
        ctx.report({
          node: m.node,
          resource: m.resource,
          key: hit[1],
          messageId: 'broadPolicy',
          data: { policy: hit[1], id: m.resource.id },
        });
      }
    }
  },
});
