import { defineRule, type RuleContext } from './types.js';
import { pinsCaller } from '../iam/conditions.js';
import { conditionEntries, isPublicPrincipal, isServicePrincipal } from '../iam/semantics.js';
import type { Policy, Statement } from '../policies/types.js';
import { blank, created, prop, string } from './utils/properties.js';

const hasKey = (st: Statement, key: RegExp): boolean => conditionEntries(st).some((e) => key.test(e.key));

/** S3's principal: a bucket ARN (`arn:aws:s3:::name`) names no account, so SourceArn alone pins nothing durable. */
const S3 = /^s3\.amazonaws\.com(\.cn)?$/i;

/**
 * An S3 permission that sets SourceArn but no SourceAccount, read from the permission's properties:
 * whether SourceArn is set matters, not its value, which may be unknown offline (and then leaves
 * the synthesised statement's conditions unknown).
 */
function s3WithoutAccount(policy: Policy, ctx: RuleContext): boolean {
  const props = ctx.resolver.view(policy.resource?.properties);
  const set = (k: string) => !blank(ctx, prop(ctx, props, k));
  return set('SourceArn') && !set('SourceAccount');
}

export default defineRule({
  meta: {
    id: 'lambda-permission-public',
    severity: 'high',
    title: 'Lambda function or layer open to anyone',
    why: "A Lambda permission for `*` lets any AWS account invoke the function. A permission for a service principal (`sns.amazonaws.com`, `events.amazonaws.com`, …) without `SourceArn` or `SourceAccount` lets that service invoke it on behalf of any customer's topic or rule, not just yours: a confused deputy. For `s3.amazonaws.com`, `SourceArn` is not enough: a bucket ARN names no account, and once the bucket is deleted anyone can create one with the same name. A layer version shared with `*` and no `OrganizationId` can be used by every AWS account.",
    fix: 'Set `SourceArn` to the bucket, topic, rule or API that invokes the function, and `SourceAccount` to your account (`!Ref AWS::AccountId`); for `*`, name the principal instead or add `PrincipalOrgID`. Share a layer with named accounts, or add `OrganizationId`.',
    aka: {
      cfnNag: ['F13'],
      checkov: ['CKV_AWS_364'],
      cdkNag: [
        'NIST.800.53.R5-LambdaFunctionPublicAccessProhibited',
        'HIPAA.Security-LambdaFunctionPublicAccessProhibited',
        'PCI.DSS.321-LambdaFunctionPublicAccessProhibited',
      ],
    },
    family: 'public-exposure',
    messages: {
      anyPrincipal: '{{who}} lets any principal ("*") invoke the function.',
      s3WithoutAccount:
        "{{who}} lets S3 invoke the function with SourceArn but no SourceAccount: a bucket ARN names no account, and a deleted bucket's name can be taken by another account.",
      serviceUnpinned: '{{who}} lets {{service}} invoke the function without SourceArn or SourceAccount.',
      publicLayer: '{{id}} shares the layer version with every AWS account ("*") and no OrganizationId.',
    },
  },
  checkPolicy(policy, ctx) {
    if (policy.governs !== 'AWS::Lambda::Function' || !policy.synthesised) return;
    const who = policy.resource?.id ?? 'The permission';
    for (const st of policy.statements) {
      for (const p of st.principal?.items ?? []) {
        if (isPublicPrincipal(p)) {
          if (pinsCaller(st)) continue;
          ctx.report({ node: p.node, policy, messageId: 'anyPrincipal', data: { who } });
        } else if (isServicePrincipal(p)) {
          if (S3.test(String(p.value)) && s3WithoutAccount(policy, ctx)) {
            ctx.report({
              node: p.node,
              policy,
              severity: 'medium',
              messageId: 's3WithoutAccount',
              data: { who },
            });
          } else if (!hasKey(st, /^aws:Source(Arn|Account)$/i)) {
            if (pinsCaller(st)) continue;
            ctx.report({
              node: p.node,
              policy,
              messageId: 'serviceUnpinned',
              data: { who, service: String(p.value) },
            });
          }
        }
      }
    }
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::Lambda::LayerVersionPermission')) {
      const principal = prop(ctx, r.props, 'Principal');
      if (string(ctx, principal) !== '*' || prop(ctx, r.props, 'OrganizationId')) continue;
      ctx.report({
        node: principal!,
        resource: r.res,
        messageId: 'publicLayer',
        data: { id: r.res.id },
      });
    }
  },
});
