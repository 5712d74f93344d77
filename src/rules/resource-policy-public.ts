import { defineRule } from './types.js';
import { isPublicPrincipal, restrictsPrincipal } from '../iam/semantics.js';

/**
 * Endpoint policies filter what passes through a private endpoint, and a DomainNameV2 is a private
 * API's custom domain, reached only through VPC endpoints: `*` there is not public. A Lambda
 * permission has its own rule (lambda-permission-public); an AWS::Lambda::ResourcePolicy does not.
 */
const NOT_EXPOSING = new Set(['AWS::EC2::VPCEndpoint', 'AWS::ApiGateway::DomainNameV2']);

export default defineRule({
  meta: {
    id: 'resource-policy-public',
    severity: 'critical',
    title: 'Resource policy allows anyone',
    why: 'A bucket, queue, topic, key, secret, repository or API policy that allows `*` with no condition restricting the caller opens the resource to every AWS account and, for most services, to anonymous requests from the internet.',
    fix: 'Name the principals that need access, or keep `*` and add a condition that pins the caller: `aws:PrincipalOrgID`, `aws:SourceAccount`, `aws:SourceArn`, `aws:SourceVpce` or `aws:PrincipalArn`.',
    aka: {
      cfnNag: ['F16', 'F18', 'F21', 'F76'],
      checkov: ['CKV_AWS_33', 'CKV_AWS_32'],
      cdkNag: ['AwsSolutions-ECR1', 'AwsSolutions-EVB1'],
    },
    family: 'public-exposure',
  },
  checkPolicy(policy, ctx) {
    if (policy.kind !== 'resource' || NOT_EXPOSING.has(policy.governs ?? '')) return;
    if (policy.synthesised && policy.governs === 'AWS::Lambda::Function') return;
    for (const st of policy.statements) {
      if (st.effect !== 'Allow' || restrictsPrincipal(st)) continue;
      const p = st.principal?.items.find(isPublicPrincipal);
      if (!p) continue;
      ctx.report({
        node: p.node,
        policy,
        message: `Allows any principal ("*") with no condition restricting the caller${policy.governs ? ` on this ${policy.governs.split('::')[2] ?? 'resource'}` : ''}.`,
      });
    }
  },
});
