import { defineRule } from './types.js';
import { hasCondition, isPublicPrincipal } from '../iam/semantics.js';

export default defineRule({
  meta: {
    id: 'trust-any-principal',
    severity: 'critical',
    title: 'Role can be assumed by anyone',
    why: "A trust policy that allows `*` (or every account's root) lets any AWS principal in any account assume the role, and with it every permission the role has. Conditions may narrow it, but they are easy to get wrong and must be reviewed.",
    fix: 'Name the accounts, roles or services that may assume the role in `Principal`. For third parties, use their account with an `sts:ExternalId` condition; for CI, a web-identity trust with `aud` and `sub` conditions.',
    aka: { checkov: ['CKV_AWS_60'] },
    family: 'trust',
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'trust') return;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow') continue;
      const p = st.principal?.items.find(isPublicPrincipal);
      if (!p) continue;
      const conditioned = hasCondition(st);
      ctx.report({
        node: p.node,
        policy,
        severity: conditioned ? 'medium' : 'critical',
        message: conditioned
          ? "Any AWS principal may assume this role, limited only by the statement's conditions; review them."
          : 'Any AWS principal, in any account, may assume this role.',
      });
    }
  },
});
