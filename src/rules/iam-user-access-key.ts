import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'iam-user-access-key',
    severity: 'high',
    title: 'Long-lived access key created in a template',
    why: 'An `AWS::IAM::AccessKey` is a password that never expires. Its secret ends up in stack outputs, parameters or application config, where it leaks, and it keeps working until someone remembers to rotate it.',
    fix: 'Give workloads roles (instance profiles, task roles, IRSA, GitHub OIDC) so that they receive short-lived credentials. For people, use IAM Identity Center.',
    family: 'credentials',
    messages: {
      accessKey: '{{id}} creates a long-lived access key for an IAM user.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of t.ofType('AWS::IAM::AccessKey')) {
      if (!ctx.resolver.created(r.condition)) continue;
      ctx.report({ node: r.idNode, resource: r, messageId: 'accessKey', data: { id: r.id } });
    }
  },
});
