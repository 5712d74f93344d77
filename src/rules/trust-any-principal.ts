import { defineRule } from './types.js';
import { loopholes } from '../iam/conditions.js';
import { deniedOutright, restrictedToParty } from '../iam/evaluation.js';
import { isPublicPrincipal } from '../iam/semantics.js';

export default defineRule({
  meta: {
    id: 'trust-any-principal',
    severity: 'critical',
    title: 'Role can be assumed by anyone',
    why: "A trust policy that allows `*` (or every account's root) lets any AWS principal in any account assume the role, and with it every permission the role has. Conditions that pin the caller to one party (`aws:PrincipalOrgID`, `aws:PrincipalArn`, `sts:ExternalId` with a positive operator and no open wildcard) narrow it to medium, but must still be reviewed; conditions that restrict nobody (`…IfExists` and `ForAllValues:` are true when the key is absent, `o-*` matches every organization, `aws:SecureTransport` says nothing about the caller) leave it critical.",
    fix: 'Name the accounts, roles or services that may assume the role in `Principal`. For third parties, use their account with an `sts:ExternalId` condition; for CI, a web-identity trust with `aud` and `sub` conditions.',
    aka: { checkov: ['CKV_AWS_60'] },
    family: 'trust',
    messages: {
      anyPrincipal: 'Any AWS principal, in any account, may assume this role.',
      looseConditions:
        'Any AWS principal, in any account, may assume this role: its conditions do not restrict the caller ({{loopholes}}).',
      conditional: "Any AWS principal may assume this role, limited only by the statement's conditions; review them.",
    },
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'trust') return;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow') continue;
      const p = st.principal?.items.find(isPublicPrincipal);
      if (!p || deniedOutright(policy, st)) continue;
      if (restrictedToParty(policy, st)) {
        ctx.report({
          node: p.node,
          policy,
          severity: 'medium',
          messageId: 'conditional',
        });
        continue;
      }
      const open = loopholes(st);
      ctx.report({
        node: p.node,
        policy,
        messageId: open.length ? 'looseConditions' : 'anyPrincipal',
        data: { loopholes: open.join('; ') },
      });
    }
  },
});
