import { defineRule } from './types.js';
import { at, bool, created, prop } from './utils/properties.js';

const SETTINGS = ['BlockPublicAcls', 'BlockPublicPolicy', 'IgnorePublicAcls', 'RestrictPublicBuckets'];

export default defineRule({
  meta: {
    id: 's3-public-access-block',
    severity: 'high',
    title: 'S3 Block Public Access turned off',
    why: 'Block Public Access is the account-wide safety net that stops a bucket policy or ACL from making data public by mistake. A bucket that turns any of its four settings off can be opened to the internet by one bad policy or ACL. New buckets have all four on by default, so an absent block is not flagged.',
    fix: 'Remove `PublicAccessBlockConfiguration` (the default blocks everything) or set all four settings to `true`. Serve public content through CloudFront with origin access control instead of a public bucket.',
    aka: {
      checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'],
      cdkNag: [
        'AwsSolutions-S2',
        'NIST.800.53.R5-S3BucketLevelPublicAccessProhibited',
        'HIPAA.Security-S3BucketLevelPublicAccessProhibited',
        'PCI.DSS.321-S3BucketLevelPublicAccessProhibited',
      ],
    },
    family: 'public-exposure',
    messages: {
      settingOff: '{{id}} turns off Block Public Access: {{settings}} is not true.',
      settingsOff: '{{id}} turns off Block Public Access: {{settings}} are not true.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::S3::Bucket')) {
      const block = prop(ctx, r.props, 'PublicAccessBlockConfiguration');
      if (!block) continue;
      const off = SETTINGS.filter((s) => bool(ctx, prop(ctx, block, s)) === false || !prop(ctx, block, s));
      if (!off.length) continue;
      const explicit = off.find((s) => prop(ctx, block, s));
      ctx.report({
        node: explicit ? at(r, 'PublicAccessBlockConfiguration', explicit) : at(r, 'PublicAccessBlockConfiguration'),
        resource: r.res,
        messageId: off.length > 1 ? 'settingsOff' : 'settingOff',
        data: { id: r.res.id, settings: off.join(', ') },
      });
    }
  },
});
