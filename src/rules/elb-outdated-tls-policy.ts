import type { Node } from '../parse/node.js';
import { at, prop, string } from './utils/properties.js';
import { propertyRule, type Problem, type Res } from './utils/property-rule.js';
import type { RuleContext } from './types.js';

/**
 * ALB/NLB policies whose lowest protocol is TLS 1.2 (TLS13-1-2-*, TLS-1-2-*, FS-1-2-*, TLS13-1-3-*);
 * TLS13-1-1-* and TLS13-1-0-* also offer TLS 1.3 but still accept 1.1 or 1.0.
 */
const MODERN = /^ELBSecurityPolicy-(TLS13-1-[23]-|TLS-1-2-|FS-1-2-|TLS-1-3-)/;

/**
 * Classic load balancers: of the predefined policies only ELBSecurityPolicy-TLS-1-2-2017-01 leaves
 * out TLS 1.0 and 1.1 (AWS, "Predefined SSL security policies for Classic Load Balancers"); an
 * HTTPS/SSL listener without a policy gets ELBSecurityPolicy-2016-08, which allows TLS 1.0.
 */
const CLASSIC_MODERN = /^ELBSecurityPolicy-TLS-1-2-/;
const OLD_PROTOCOLS = ['Protocol-SSLv2', 'Protocol-SSLv3', 'Protocol-TLSv1', 'Protocol-TLSv1.1'];

function listener(r: Res, ctx: RuleContext): Problem<'oldPolicy' | 'noPolicy'> | undefined {
  const protocol = prop(ctx, r.props, 'Protocol');
  const proto = string(ctx, protocol);
  if (proto !== 'HTTPS' && proto !== 'TLS') return undefined;
  const node = prop(ctx, r.props, 'SslPolicy');
  const policy = string(ctx, node);
  if (policy === 'unknown' || (policy && MODERN.test(policy))) return undefined;
  // No policy: at the `HTTPS` that needs one, as for a classic listener (same fingerprint as its key).
  const where = node ?? protocol ?? at(r, 'Protocol');
  if (!policy) return { node: where, messageId: 'noPolicy', data: { id: r.res.id } };
  return {
    node: where,
    messageId: 'oldPolicy',
    data: { id: r.res.id, policy },
    ...(node ? { fix: { node, replacement: 'ELBSecurityPolicy-TLS13-1-2-2021-06' } } : {}),
  };
}

/** Why a negotiation policy is old: the message that says it, and its data. */
type OldBecause =
  | { messageId: 'classicOldReference'; data: { policy: string } }
  | { messageId: 'classicOldProtocol'; data: { enabled: string } };

/** What an SSLNegotiationPolicyType policy allows: 'modern', 'old' (with the reason), or 'unknown'. */
function negotiation(
  ctx: RuleContext,
  policy: Node,
): { verdict: 'modern' | 'old' | 'unknown'; node: Node; because?: OldBecause } {
  const attrs = ctx.resolver.items(prop(ctx, policy, 'Attributes'));
  let custom = false;
  for (const a of attrs) {
    const name = string(ctx, prop(ctx, a, 'Name'));
    const valueNode = prop(ctx, a, 'Value');
    const value = string(ctx, valueNode);
    if (name === 'unknown' || value === 'unknown') return { verdict: 'unknown', node: policy };
    if (name === 'Reference-Security-Policy') {
      return CLASSIC_MODERN.test(value ?? '')
        ? { verdict: 'modern', node: valueNode! }
        : {
            verdict: 'old',
            node: valueNode ?? policy,
            because: { messageId: 'classicOldReference', data: { policy: String(value) } },
          };
    }
    if (name && OLD_PROTOCOLS.includes(name)) {
      custom = true;
      if (value?.toLowerCase() === 'true')
        return { verdict: 'old', node: a, because: { messageId: 'classicOldProtocol', data: { enabled: name } } };
    }
    if (name?.startsWith('Protocol-')) custom = true;
  }
  // A custom policy that lists protocols and enables none below TLS 1.2.
  return custom ? { verdict: 'modern', node: policy } : { verdict: 'unknown', node: policy };
}

function classic(r: Res, ctx: RuleContext): Problem<'classicNoPolicy' | OldBecause['messageId']>[] {
  const policies = ctx.resolver
    .items(prop(ctx, r.props, 'Policies'))
    .filter((p) => string(ctx, prop(ctx, p, 'PolicyType')) === 'SSLNegotiationPolicyType');
  const out: Problem<'classicNoPolicy' | OldBecause['messageId']>[] = [];
  ctx.resolver.items(prop(ctx, r.props, 'Listeners')).forEach((l, i) => {
    const proto = string(ctx, prop(ctx, l, 'Protocol'))?.toUpperCase();
    if (proto !== 'HTTPS' && proto !== 'SSL') return;
    const port = string(ctx, prop(ctx, l, 'LoadBalancerPort'));
    const names = ctx.resolver.items(prop(ctx, l, 'PolicyNames')).map((n) => string(ctx, n));
    if (names.includes('unknown')) return;
    const mine = policies.filter((p) => {
      const name = string(ctx, prop(ctx, p, 'PolicyName'));
      const ports = ctx.resolver.items(prop(ctx, p, 'LoadBalancerPorts')).map((n) => string(ctx, n));
      return (name !== undefined && names.includes(name)) || (port !== undefined && ports.includes(port));
    });
    const key = `listener ${i}`;
    const listenerData = { id: r.res.id, protocol: proto, port: port ?? '?' };
    if (mine.length === 0) {
      out.push({
        node: prop(ctx, l, 'Protocol') ?? l,
        key,
        messageId: 'classicNoPolicy',
        data: listenerData,
      });
      return;
    }
    const verdicts = mine.map((p) => negotiation(ctx, p));
    if (verdicts.some((v) => v.verdict === 'modern')) return;
    const old = verdicts.find((v) => v.verdict === 'old');
    if (!old?.because) return;
    out.push({ node: old.node, key, messageId: old.because.messageId, data: { ...listenerData, ...old.because.data } });
  });
  return out;
}

export default propertyRule({
  meta: {
    id: 'elb-outdated-tls-policy',
    severity: 'medium',
    title: 'Load balancer listener allows TLS below 1.2',
    why: 'TLS 1.0 and 1.1 have known weaknesses and are no longer accepted by PCI DSS or most compliance frameworks. An HTTPS or TLS listener that sets no `SslPolicy`, and a classic load balancer’s HTTPS/SSL listener without a policy, get ELBSecurityPolicy-2016-08, which still accepts TLS 1.0.',
    fix: 'Set `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` (TLS 1.3 and 1.2) or another TLS 1.2+ policy; on a classic load balancer, attach an `SSLNegotiationPolicyType` policy with `Reference-Security-Policy: ELBSecurityPolicy-TLS-1-2-2017-01` to each HTTPS/SSL listener.',
    aka: { cfnNag: ['W55'], checkov: ['CKV_AWS_103'] },
    family: 'encryption-in-transit',
    messages: {
      oldPolicy: '{{id}} uses {{policy}}, which allows TLS below 1.2.',
      noPolicy: '{{id}} sets no SslPolicy; the default (ELBSecurityPolicy-2016-08) allows TLS 1.0.',
      classicNoPolicy:
        '{{id}}: the {{protocol}} listener on port {{port}} names no SSL negotiation policy; the default (ELBSecurityPolicy-2016-08) allows TLS 1.0.',
      classicOldReference:
        '{{id}}: the {{protocol}} listener on port {{port}} allows TLS below 1.2 (it references {{policy}}, which allows TLS below 1.2).',
      classicOldProtocol:
        '{{id}}: the {{protocol}} listener on port {{port}} allows TLS below 1.2 (it enables {{enabled}}).',
    },
  },
  types: ['AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancing::LoadBalancer'],
  check: (r, ctx) => (r.res.type === 'AWS::ElasticLoadBalancingV2::Listener' ? listener(r, ctx) : classic(r, ctx)),
});
