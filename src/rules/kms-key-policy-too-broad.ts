import { defineRule } from './types.js';
import { known, principalAccount } from '../iam/semantics.js';

export default defineRule({
  meta: {
    id: 'kms-key-policy-too-broad',
    severity: 'medium',
    title: 'Key policy grants kms:* to principals other than the account',
    why: 'A key policy that gives `kms:*` to a role, user or service lets it disable the key, schedule its deletion and rewrite the key policy, locking everyone else out of the data the key protects. Granting `kms:*` to the account root only delegates to IAM and is the standard first statement.',
    fix: 'Give administrators the key-administration actions (`kms:Create*`, `kms:Describe*`, `kms:Enable*`, `kms:Put*`, …) and users only `kms:Encrypt`, `kms:Decrypt`, `kms:GenerateDataKey*`.',
    family: 'encryption-at-rest',
    messages: { tooBroad: 'The key policy gives {{action}} to {{principals}}, not only to the account.' },
  },
  checkPolicy(policy, ctx) {
    if (policy.governs !== 'AWS::KMS::Key') return;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow') continue;
      const broad = st.action?.items.find((i) => known(i) && (i.value === '*' || i.value.toLowerCase() === 'kms:*'));
      if (!broad) continue;
      const others = (st.principal?.items ?? []).filter(
        (p) =>
          known(p) &&
          !(p.type === 'AWS' && /(^\d{12}$|:root$)/.test(p.value) && principalAccount(p.value) !== undefined),
      );
      if (!others.length) continue;
      ctx.report({
        node: broad.node,
        policy,
        messageId: 'tooBroad',
        data: { action: String(broad.value), principals: others.map((p) => String(p.value)).join(', ') },
      });
    }
  },
});
