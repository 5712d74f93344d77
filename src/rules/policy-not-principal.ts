import { defineRule } from './types.js';

export default defineRule({
  meta: {
    id: 'policy-not-principal',
    severity: 'high',
    title: 'Allow statement uses NotPrincipal',
    why: '`Effect: Allow` with `NotPrincipal` grants access to every principal except the listed ones: every account, every role, and anonymous users. It is never what a policy author means.',
    fix: 'Name the principals to allow in `Principal`. To keep someone out, use a Deny statement, preferably with a condition on `aws:PrincipalArn`.',
    aka: { cfnNag: ['F6', 'F7', 'F8', 'F9'] },
    family: 'trust',
    messages: { notPrincipal: 'Allows every principal except those listed in NotPrincipal, anonymous users included.' },
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'trust' && policy.kind !== 'resource') return;
    for (const st of policy.statements) {
      if (st.effect === 'Allow' && st.notPrincipal) {
        ctx.report({
          node: st.notPrincipal.node,
          policy,
          messageId: 'notPrincipal',
        });
      }
    }
  },
});
