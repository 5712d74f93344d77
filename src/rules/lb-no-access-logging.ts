import { keyNode } from '../parse/node.js';
import { asBool, isUnknown } from '../template/values.js';
import { prop, string } from './utils/properties.js';
import { propertyRule, requireTrue, type Problem, type Res } from './utils/property-rule.js';
import type { RuleContext } from './types.js';

const messages = {
  classicOff: '{{id}} does not log requests ({{detail}}).',
  loggingOff: '{{id}} turns access logging off (access_logs.s3.enabled is not true).',
  loggingUnset: '{{id}} does not set the access_logs.s3.enabled attribute: requests are not logged.',
};
type Id = keyof typeof messages;

/** ALB/NLB: the `access_logs.s3.enabled` attribute among `LoadBalancerAttributes`. */
function v2(r: Res, ctx: RuleContext<Id>): Problem<Id> | undefined {
  // Gateway Load Balancers have no access logs to turn on.
  if (string(ctx, prop(ctx, r.props, 'Type')) === 'gateway') return undefined;
  const attrs = prop(ctx, r.props, 'LoadBalancerAttributes');
  if (attrs && isUnknown(ctx.resolver.value(attrs))) return undefined;
  const items = ctx.resolver.items(attrs);
  const keys = items.map((a) => string(ctx, prop(ctx, a, 'Key')));
  if (keys.includes('unknown')) return undefined;
  // Turning logging on is the whole fix only when the bucket attribute is already there.
  const hasBucket = keys.includes('access_logs.s3.bucket');
  for (const a of items) {
    if (string(ctx, prop(ctx, a, 'Key')) !== 'access_logs.s3.enabled') continue;
    const valueNode = prop(ctx, a, 'Value');
    const v = ctx.resolver.value(valueNode);
    if (isUnknown(v) || asBool(v) === true) return undefined;
    return {
      node: valueNode ?? a,
      messageId: 'loggingOff',
      data: { id: r.res.id },
      fix: hasBucket && valueNode?.kind === 'scalar' ? { node: valueNode, replacement: '"true"' } : undefined,
    };
  }
  return {
    node: keyNode(r.props, 'LoadBalancerAttributes') ?? r.res.idNode,
    messageId: 'loggingUnset',
    data: { id: r.res.id },
  };
}

export default propertyRule({
  meta: {
    id: 'lb-no-access-logging',
    severity: 'low',
    title: 'Load balancer does not log requests',
    why: 'Access logs are the only record of who called a load balancer, from where and with what result. Without them, investigating an attack, a leaked endpoint or a misbehaving client starts with no data, and the logs cannot be turned on after the fact for requests already served.',
    fix: 'Classic load balancer: `AccessLoggingPolicy: {Enabled: true, S3BucketName: …}`. Application or network load balancer: the attributes `access_logs.s3.enabled: "true"` and `access_logs.s3.bucket`, with a bucket policy that lets Elastic Load Balancing write to it.',
    aka: {
      cfnNag: ['W26', 'W52'],
      checkov: ['CKV_AWS_91', 'CKV_AWS_92'],
      cdkNag: [
        'AwsSolutions-ELB2',
        'NIST.800.53.R5-ELBLoggingEnabled',
        'HIPAA.Security-ELBLoggingEnabled',
        'PCI.DSS.321-ELBLoggingEnabled',
      ],
    },
    family: 'logging',
    messages,
  },
  types: ['AWS::ElasticLoadBalancing::LoadBalancer', 'AWS::ElasticLoadBalancingV2::LoadBalancer'],
  check: (r, ctx) =>
    r.res.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer'
      ? v2(r, ctx)
      : requireTrue(ctx, r, ['AccessLoggingPolicy', 'Enabled'], { messageId: 'classicOff' }),
});
