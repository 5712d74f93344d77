import { defineRule } from './types.js';
import { expand } from '../iam/catalogue.js';
import { remaining } from '../iam/evaluation.js';
import { isEndpointPolicy } from '../iam/exposure.js';
import { known, principalAccount } from '../iam/semantics.js';

export default defineRule({
  meta: {
    id: 'resource-policy-wildcard-action',
    severity: 'high',
    title: 'Resource policy allows a wildcard action',
    why: 'A resource policy that allows `*` or `service:*` lets its principals do everything to the resource: delete it, read all of it, and rewrite its policy to let others in. Granting all actions to the account itself (the standard KMS key policy) only delegates to IAM and is not flagged.',
    fix: 'Allow the specific actions the principals need (`s3:GetObject`, `sqs:SendMessage`, …).',
    aka: { cfnNag: ['F15', 'F20'] },
    family: 'public-exposure',
    messages: { wildcardAction: 'Allows "{{action}}" in a resource policy: every action on this resource.' },
  },
  checkPolicy(policy, ctx) {
    // An endpoint policy's `*` lets through what identity and resource policies allow; it grants nothing.
    if (policy.kind !== 'resource' || isEndpointPolicy(policy)) return;
    const self = ctx.resolver.accountId;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow') continue;
      const principals = st.principal?.items ?? [];
      // Granting everything to the account itself hands the decision to its IAM policies.
      const onlySelf =
        principals.length > 0 &&
        principals.every(
          (p) =>
            p.type === 'AWS' && known(p) && principalAccount(p.value) === self && /(^\d{12}$|:root$)/.test(p.value),
        );
      if (onlySelf) continue;
      for (const item of st.action?.items ?? []) {
        if (!known(item) || !(item.value === '*' || /^[a-z0-9-]+:\*$/i.test(item.value))) continue;
        // A Deny without a condition that takes every action of the wildcard away leaves nothing granted.
        const named = expand(item.value);
        if (named.length && !remaining(policy, st, named).length) continue;
        ctx.report({
          node: item.node,
          policy,
          key: item.value,
          messageId: 'wildcardAction',
          data: { action: item.value },
        });
      }
    }
  },
});
