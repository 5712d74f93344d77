import { defineRule } from './types.js';
import { at, created, prop, string, replaceScalar } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'apigateway-outdated-tls',
    severity: 'medium',
    title: 'API Gateway custom domain allows TLS 1.0',
    why: 'A custom domain name whose `SecurityPolicy` is `TLS_1_0`, or absent (the default is TLS_1_0), accepts clients on TLS 1.0 and 1.1, protocols with known weaknesses that compliance frameworks no longer accept.',
    fix: 'Set `SecurityPolicy: TLS_1_2` on the domain name (for an HTTP API, in each `DomainNameConfigurations` entry).',
    aka: { cfnNag: ['W62'] },
    family: 'encryption-in-transit',
    messages: { tls10: '{{id}} accepts TLS 1.0 (SecurityPolicy: {{policy}}).' },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::ApiGateway::DomainName', 'AWS::ApiGatewayV2::DomainName')) {
      const node =
        r.res.type === 'AWS::ApiGateway::DomainName'
          ? prop(ctx, r.props, 'SecurityPolicy')
          : ctx.resolver
              .items(prop(ctx, r.props, 'DomainNameConfigurations'))
              .map((c) => prop(ctx, c, 'SecurityPolicy'))[0];
      const policy = string(ctx, node);
      if (policy === 'unknown' || (policy && !/TLS_1_0/i.test(policy))) continue;
      ctx.report({
        node: node ?? at(r),
        resource: r.res,
        fix: policy && /^TLS_1_0$/i.test(policy) ? replaceScalar(node, 'TLS_1_2') : undefined,
        messageId: 'tls10',
        data: { id: r.res.id, policy: policy ?? 'not set, TLS_1_0' },
      });
    }
  },
});
