import { defineRule } from './types.js';
import { conditionEntries, isPublicPrincipal, isServicePrincipal, restrictsPrincipal } from '../iam/semantics.js';

export default defineRule({
  meta: {
    id: 'lambda-permission-public',
    severity: 'high',
    title: 'Lambda function can be invoked by anyone',
    why: "A Lambda permission for `*` lets any AWS account invoke the function. A permission for a service principal (`s3.amazonaws.com`, `sns.amazonaws.com`, …) without `SourceArn` or `SourceAccount` lets that service invoke it on behalf of any customer's bucket or topic, not just yours: a confused deputy.",
    fix: 'Set `SourceArn` to the bucket, topic, rule or API that invokes the function, and `SourceAccount` to your account; for `*`, name the principal instead or add `PrincipalOrgID`.',
    aka: { cfnNag: ['F13'], checkov: ['CKV_AWS_364'] },
    family: 'public-exposure',
  },
  checkPolicy(policy, ctx) {
    if (policy.governs !== 'AWS::Lambda::Function' || !policy.synthesised) return;
    for (const st of policy.statements) {
      for (const p of st.principal?.items ?? []) {
        if (isPublicPrincipal(p)) {
          if (restrictsPrincipal(st)) continue;
          ctx.report({
            node: p.node,
            policy,
            message: `${policy.resource?.id ?? 'The permission'} lets any principal ("*") invoke the function.`,
          });
        } else if (isServicePrincipal(p)) {
          const source = conditionEntries(st).some((e) => /^aws:Source(Arn|Account)$/i.test(e.key));
          if (!source && !restrictsPrincipal(st)) {
            ctx.report({
              node: p.node,
              policy,
              message: `${policy.resource?.id ?? 'The permission'} lets ${String(p.value)} invoke the function without SourceArn or SourceAccount.`,
            });
          }
        }
      }
    }
  },
});
