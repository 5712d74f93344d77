import { defineRule } from './types.js';
import { expand } from '../iam/catalogue.js';
import { remaining } from '../iam/evaluation.js';
import { known } from '../iam/semantics.js';
import { allows } from './utils/policies.js';

/** `*`, `*:*` and `sts:*`: every action a trust policy could grant, not just assuming the role. */
const WILDCARD = /^(\*|\*:\*|sts:\*)$/i;

export default defineRule({
  meta: {
    id: 'trust-wildcard-action',
    severity: 'high',
    title: 'Trust policy allows every STS action',
    why: 'A trust policy that allows `*` or `sts:*` lets the principal do more than assume the role: tag the session (`sts:TagSession`, which can satisfy attribute-based conditions elsewhere), set a source identity, or assume it through SAML or web identity when the principal allows. What a trust policy grants should be as explicit as any other permission.',
    fix: 'Name the `sts:` actions the principal needs: usually `sts:AssumeRole` (or `sts:AssumeRoleWithWebIdentity` / `sts:AssumeRoleWithSAML` for federated principals), plus `sts:TagSession` only when sessions are tagged.',
    aka: { cfnNag: ['F2'] },
    family: 'trust',
    messages: { wildcardAction: 'The trust policy allows "{{action}}": every STS action, not only assuming the role.' },
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'trust') return;
    for (const st of policy.statements) {
      if (!allows(st)) continue;
      for (const item of st.action?.items ?? []) {
        if (!known(item) || !WILDCARD.test(item.value)) continue;
        // What a Deny without a condition leaves of the STS actions is what the wildcard grants.
        const sts = expand('sts:*');
        if (!remaining(policy, st, sts).length) continue;
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
