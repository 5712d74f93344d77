import { defineRule } from './types.js';
import { isMap, isSeq } from '../parse/node.js';
import { known } from '../iam/semantics.js';
import { created, prop } from './utils/properties.js';

/** Its text is also its key, so the finding's fingerprint is the one it had before messages had ids. */
const LAMBDA_ACTION_LIST = "a Lambda permission's Action is one string: CloudFormation rejects a list";

/** A wildcard in the service prefix (`*:Untag*`, `s3*:Get*`), which IAM refuses. */
const VENDOR_WILDCARD = /^[^:]*[*?][^:]*:/;

/**
 * The statement reader (src/policies/statements.ts) records what IAM would reject as the policy's
 * problems, at the element, and reads the rest; this rule reports them, and checks what only the
 * element's writer can get wrong: the action grammar, a Lambda permission's single action, a SAM
 * policy entry.
 */
export default defineRule({
  meta: {
    id: 'policy-invalid',
    severity: 'high',
    title: 'Policy document IAM would reject',
    why: 'IAM rejects a policy document that is empty or has no Statement, a statement that is not a mapping, an Effect other than Allow or Deny, Action together with NotAction (or Resource with NotResource), an unknown Version, or an action whose service prefix holds a wildcard (`*:Untag*`: "Action vendors must not contain wildcards"); CloudFormation rejects a Lambda permission whose `Action` is a list, and SAM a `Policies` entry that is an empty mapping. The deployment fails, or, where the document is only checked at use, the policy does not mean what it says. PolicyGate cannot tell what such a statement was meant to grant.',
    fix: 'Correct the element at the reported line: `Effect: Allow` or `Deny`, one of `Action`/`NotAction` and of `Resource`/`NotResource`, each statement a mapping, `Version: "2012-10-17"`, a literal service prefix in every action (`ec2:Untag*`, one entry per service), one action per `AWS::Lambda::Permission` (one permission resource per action), and a policy name, document or policy template in each SAM `Policies` entry.',
    family: 'least-privilege',
    messages: {
      // The statement reader (src/policies/) words what IAM would reject; it may not import rules
      // (the layer lint), so its sentence comes as data.
      rejected: '{{problem}}',
      lambdaActionList: LAMBDA_ACTION_LIST,
      vendorWildcard:
        '"{{action}}": action vendors must not contain wildcards; IAM rejects the policy. Name the service (one entry per service).',
      emptyPoliciesEntry:
        'An empty Policies entry ({}): SAM rejects it; name a managed policy, a policy document or a policy template.',
    },
  },
  checkPolicy(policy, ctx) {
    for (const p of policy.problems) {
      ctx.report({ node: p.node, policy, messageId: 'rejected', data: { problem: p.message }, key: p.message });
    }
    if (policy.resource?.type === 'AWS::Lambda::Permission') {
      const action = policy.statements[0]?.action?.node;
      if (
        action &&
        action !== policy.node &&
        (isSeq(ctx.resolver.view(action)) || Array.isArray(ctx.resolver.value(action)))
      ) {
        ctx.report({ node: action, policy, messageId: 'lambdaActionList', key: LAMBDA_ACTION_LIST });
      }
      return;
    }
    for (const st of policy.statements) {
      for (const el of [st.action, st.notAction]) {
        for (const item of el?.items ?? []) {
          if (!known(item) || !VENDOR_WILDCARD.test(item.value)) continue;
          ctx.report({
            node: item.node,
            policy,
            key: item.value,
            messageId: 'vendorWildcard',
            data: { action: item.value },
          });
        }
      }
    }
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::Serverless::Function', 'AWS::Serverless::StateMachine')) {
      for (const entry of ctx.resolver.items(prop(ctx, r.props, 'Policies'))) {
        if (!isMap(entry) || entry.pairs.length > 0) continue;
        ctx.report({
          node: entry,
          resource: r.res,
          messageId: 'emptyPoliciesEntry',
        });
      }
    }
  },
});
