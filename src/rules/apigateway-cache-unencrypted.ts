import type { Node } from '../parse/node.js';
import { bool, prop } from './utils/properties.js';
import { propertyRule, type Problem } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'apigateway-cache-unencrypted',
    severity: 'medium',
    title: 'API Gateway cache not encrypted',
    why: 'An API cache stores whole responses, often with personal data or tokens, for up to an hour. Caching is turned on per method; unless the same method settings set `CacheDataEncrypted: true`, the cached responses are stored unencrypted.',
    fix: 'Set `CacheDataEncrypted: true` next to every `CachingEnabled: true` in the stage’s (or the deployment’s `StageDescription`) method settings.',
    aka: { cfnNag: ['W87'] },
    family: 'encryption-at-rest',
    messages: { uncached: '{{id}} caches responses without encrypting them (CacheDataEncrypted is {{state}}).' },
  },
  types: ['AWS::ApiGateway::Stage', 'AWS::ApiGateway::Deployment', 'AWS::Serverless::Api'],
  check(r, ctx) {
    const out: Problem<'uncached'>[] = [];
    const check = (settings: Node | undefined, key: string) => {
      const caching = prop(ctx, settings, 'CachingEnabled');
      if (bool(ctx, caching) !== true) return;
      const enc = prop(ctx, settings, 'CacheDataEncrypted');
      const on = bool(ctx, enc);
      if (on === true || on === 'unknown') return;
      out.push({
        node: enc ?? caching!,
        key,
        messageId: 'uncached',
        data: { id: r.res.id, state: enc ? 'false' : 'not set' },
        ...(enc && on === false ? { fix: { node: enc, replacement: 'true' } } : {}),
      });
    };
    const holder = r.res.type === 'AWS::ApiGateway::Deployment' ? prop(ctx, r.props, 'StageDescription') : r.props;
    if (r.res.type === 'AWS::ApiGateway::Deployment') check(holder, 'stage');
    ctx.resolver.items(prop(ctx, holder, 'MethodSettings')).forEach((m, i) => check(m, `method ${i}`));
    return out;
  },
});
