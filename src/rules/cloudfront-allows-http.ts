import { defineRule } from './types.js';
import type { Node } from '../parse/node.js';
import { created, prop, string, replaceScalar } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'cloudfront-allows-http',
    severity: 'high',
    title: 'CloudFront serves content over plain HTTP',
    why: '`ViewerProtocolPolicy: allow-all` serves pages, cookies and tokens over HTTP to anyone who types or follows an `http://` link, where they can be read and changed on the way.',
    fix: 'Set `ViewerProtocolPolicy: redirect-to-https` (or `https-only`) on the default and every other cache behavior.',
    aka: { checkov: ['CKV_AWS_34'] },
    family: 'encryption-in-transit',
    messages: { allowAll: '{{id}} serves a cache behavior over HTTP (ViewerProtocolPolicy: allow-all).' },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::CloudFront::Distribution')) {
      const config = prop(ctx, r.props, 'DistributionConfig');
      const behaviors: Node[] = [
        ...[prop(ctx, config, 'DefaultCacheBehavior')].filter((n): n is Node => Boolean(n)),
        ...ctx.resolver.items(prop(ctx, config, 'CacheBehaviors')),
      ];
      for (const b of behaviors) {
        const node = prop(ctx, b, 'ViewerProtocolPolicy');
        if (string(ctx, node) === 'allow-all') {
          ctx.report({
            node: node!,
            resource: r.res,
            key: String(b.key),
            fix: replaceScalar(node, 'redirect-to-https'),
            messageId: 'allowAll',
            data: { id: r.res.id },
          });
        }
      }
    }
  },
});
