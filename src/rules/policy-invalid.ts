import { defineRule } from './types.js';

/**
 * The statement reader (src/policies/statements.ts) records what IAM would reject as the policy's
 * problems, at the element, and reads the rest; this rule reports them.
 */
export default defineRule({
  meta: {
    id: 'policy-invalid',
    severity: 'high',
    title: 'Policy document IAM would reject',
    why: 'IAM rejects a policy document that is empty or has no Statement, a statement that is not a mapping, an Effect other than Allow or Deny, Action together with NotAction (or Resource with NotResource), or an unknown Version: the deployment fails, or, where the document is only checked at use, the policy does not mean what it says. PolicyGate cannot tell what such a statement was meant to grant.',
    fix: 'Correct the element at the reported line: `Effect: Allow` or `Deny`, one of `Action`/`NotAction` and of `Resource`/`NotResource`, each statement a mapping, `Version: "2012-10-17"`.',
    family: 'least-privilege',
  },
  checkPolicy(policy, ctx) {
    for (const p of policy.problems) ctx.report({ node: p.node, policy, message: p.message, key: p.message });
  },
});
