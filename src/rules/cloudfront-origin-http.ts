import type { Node } from '../parse/node.js';
import { created, prop, replaceScalar, string } from './utils/properties.js';
import { defineRule, type RuleContext } from './types.js';

/** Origin ids a behavior's TargetOriginId may reach: the origin itself, or an origin group's members. */
function groupMembers(ctx: RuleContext, config: Node | undefined): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const g of ctx.resolver.items(prop(ctx, config, 'OriginGroups', 'Items'))) {
    const id = string(ctx, prop(ctx, g, 'Id'));
    if (!id || id === 'unknown') continue;
    const members = ctx.resolver
      .items(prop(ctx, g, 'Members', 'Items'))
      .map((m) => string(ctx, prop(ctx, m, 'OriginId')))
      .filter((m): m is string => m !== undefined && m !== 'unknown');
    groups.set(id, members);
  }
  return groups;
}

/** The origin ids served by a cache behavior that lets viewers in over plain HTTP. */
function httpViewerOrigins(ctx: RuleContext, config: Node | undefined): Set<string> {
  const groups = groupMembers(ctx, config);
  const out = new Set<string>();
  const behaviors = [
    prop(ctx, config, 'DefaultCacheBehavior'),
    ...ctx.resolver.items(prop(ctx, config, 'CacheBehaviors')),
  ];
  for (const b of behaviors) {
    if (!b || string(ctx, prop(ctx, b, 'ViewerProtocolPolicy')) !== 'allow-all') continue;
    const target = string(ctx, prop(ctx, b, 'TargetOriginId'));
    if (!target || target === 'unknown') continue;
    for (const id of [target, ...(groups.get(target) ?? [])]) out.add(id);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'cloudfront-origin-http',
    severity: 'medium',
    title: 'CloudFront fetches from its origin over plain HTTP',
    why: 'Between CloudFront and a custom origin (a load balancer, an EC2 instance, an API, a website endpoint) requests and responses cross the internet. With `OriginProtocolPolicy: http-only`, or `match-viewer` while a cache behavior for that origin accepts HTTP viewers, cookies, authorization headers and page content travel that leg unencrypted, where they can be read and changed, even when viewers reach CloudFront over HTTPS.',
    fix: 'Set `CustomOriginConfig.OriginProtocolPolicy: https-only` (with `OriginSSLProtocols: [TLSv1.2]`) and serve the origin with a certificate for its domain name; with `match-viewer`, also make every cache behavior for the origin `redirect-to-https` or `https-only`.',
    family: 'encryption-in-transit',
    messages: {
      httpOnly: '{{id}} fetches from {{origin}} over HTTP only (OriginProtocolPolicy: http-only).',
      matchViewer:
        "{{id}} fetches from {{origin}} with the viewer's protocol (match-viewer), and a cache behavior for it allows HTTP viewers (ViewerProtocolPolicy: allow-all): those requests reach the origin unencrypted.",
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::CloudFront::Distribution')) {
      const config = prop(ctx, r.props, 'DistributionConfig');
      const httpViewers = httpViewerOrigins(ctx, config);
      ctx.resolver.items(prop(ctx, config, 'Origins')).forEach((origin, i) => {
        const node = prop(ctx, origin, 'CustomOriginConfig', 'OriginProtocolPolicy');
        const policy = string(ctx, node);
        const id = string(ctx, prop(ctx, origin, 'Id'));
        const name = id && id !== 'unknown' ? `origin ${id}` : `origin ${i + 1}`;
        if (policy === 'http-only') {
          ctx.report({
            node: node!,
            resource: r.res,
            key: `Origins[${i}]`,
            fix: replaceScalar(node, 'https-only'),
            messageId: 'httpOnly',
            data: { id: r.res.id, origin: name },
          });
        } else if (policy === 'match-viewer' && id && httpViewers.has(id)) {
          ctx.report({
            node: node!,
            resource: r.res,
            key: `Origins[${i}]`,
            messageId: 'matchViewer',
            data: { id: r.res.id, origin: name },
          });
        }
      });
    }
  },
});
