import { isMap, str, type Node } from '../parse/node.js';
import { created, prop, referencedId } from './utils/properties.js';
import { propertyRule, requirePresent } from './utils/property-rule.js';
import type { RuleContext } from './types.js';
import type { Template } from '../template/model.js';

/** Whether a `Fn::Sub` string or a `Ref`/`Fn::GetAtt` names the logical id. */
function names(n: Node | undefined, id: string): boolean {
  if (referencedId(n) === id) return true;
  if (!isMap(n) || n.pairs.length !== 1 || n.pairs[0].key.value !== 'Fn::Sub') return false;
  const v = n.pairs[0].value;
  const text = v.kind === 'seq' ? str(v.items[0]) : str(v);
  return text !== undefined && new RegExp(`\\$\\{${id}[.}]`).test(text);
}

/** Standard logging (v2) is configured outside the distribution, by a log delivery source naming it. */
function deliverySourceFor(t: Template, ctx: RuleContext, id: string): boolean {
  return created(t, ctx, 'AWS::Logs::DeliverySource').some((s) => names(prop(ctx, s.props, 'ResourceArn'), id));
}

export default propertyRule({
  meta: {
    id: 'cloudfront-no-access-logging',
    severity: 'low',
    title: 'CloudFront distribution does not log requests',
    why: 'Without access logs there is no record of which clients fetched what from the edge: scraping, credential stuffing against an origin behind CloudFront, or a leak of private content through a mis-set cache behaviour leave no trace to investigate.',
    fix: 'Add `DistributionConfig.Logging` with an S3 bucket (`Bucket: logs-bucket.s3.amazonaws.com`), or configure standard logging v2 with an `AWS::Logs::DeliverySource` for the distribution and a delivery to a destination.',
    aka: { cfnNag: ['W10'], checkov: ['CKV_AWS_86'], cdkNag: ['AwsSolutions-CFR3'] },
    family: 'logging',
    messages: { noLogging: '{{id}} does not log requests (no DistributionConfig.Logging).' },
  },
  types: ['AWS::CloudFront::Distribution'],
  check(r, ctx) {
    if (ctx.template && deliverySourceFor(ctx.template, ctx, r.res.id)) return undefined;
    return requirePresent(ctx, r, ['DistributionConfig', 'Logging'], { messageId: 'noLogging' });
  },
});
