import { defineRule } from './types.js';
import { loophole } from '../iam/conditions.js';
import { conditionEntries, known, principalAccount } from '../iam/semantics.js';

export default defineRule({
  meta: {
    id: 'trust-cross-account-without-external-id',
    severity: 'high',
    title: 'Another account may assume the role without an external id',
    why: 'When a role trusts another account (a vendor, a SaaS tool) without an `sts:ExternalId` condition, anyone who can get that account to act for them can make it assume your role: the confused-deputy problem. Without a condition every principal the other account allows can assume it.',
    fix: 'Add `Condition: {StringEquals: {sts:ExternalId: <value agreed with the other party>}}`, and name the specific role in the other account rather than its root where you can.',
    aka: { checkov: ['CKV_AWS_61'] },
    family: 'trust',
    messages: { noExternalId: 'Account {{account}} may assume this role with no sts:ExternalId condition.' },
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'trust') return;
    const self = ctx.resolver.accountId;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow') continue;
      // `StringEqualsIfExists` (or `ForAllValues:`) is true when the caller passes no external id.
      const hasExternalId = conditionEntries(st).some(
        (e) => e.key.toLowerCase() === 'sts:externalid' && loophole(e) === undefined,
      );
      if (hasExternalId) continue;
      for (const p of st.principal?.items ?? []) {
        if (p.type !== 'AWS' || !known(p)) continue;
        const account = principalAccount(p.value);
        if (!account || account === self) continue;
        ctx.report({
          node: p.node,
          policy,
          key: p.value,
          messageId: 'noExternalId',
          data: { account },
        });
      }
    }
  },
});
