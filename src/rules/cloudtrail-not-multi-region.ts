import { defineRule } from './types.js';
import { at, bool, created, prop, replaceScalar } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'cloudtrail-not-multi-region',
    severity: 'high',
    title: 'CloudTrail trail records only one region',
    why: 'A single-region trail misses every API call made in the other regions, which is exactly where an attacker who wants to go unnoticed starts resources (crypto-miners in an unused region are the classic case).',
    fix: 'Set `IsMultiRegionTrail: true` (and `IncludeGlobalServiceEvents: true`).',
    aka: { checkov: ['CKV_AWS_67'] },
    family: 'logging',
    messages: {
      oneRegion: '{{id}} records API calls in one region only.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::CloudTrail::Trail')) {
      const node = prop(ctx, r.props, 'IsMultiRegionTrail');
      const v = bool(ctx, node);
      if (v === true || v === 'unknown') continue;
      ctx.report({
        node: node ?? at(r),
        resource: r.res,
        fix: replaceScalar(node, 'true'),
        messageId: 'oneRegion',
        data: { id: r.res.id },
      });
    }
  },
});
