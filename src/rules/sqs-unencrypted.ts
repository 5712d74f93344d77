import { defineRule } from './types.js';
import { at, bool, created, prop } from './infra.js';

export default defineRule({
  meta: {
    id: 'sqs-unencrypted',
    severity: 'medium',
    title: 'SQS queue not encrypted',
    why: 'A queue with neither a KMS key nor SQS-managed encryption stores its messages unencrypted for as long as they wait, up to 14 days. New queues get SQS-managed encryption by default, so this fires only when a template turns it off.',
    fix: 'Remove `SqsManagedSseEnabled: false`, or set `KmsMasterKeyId` for a customer managed key.',
    aka: { cfnNag: ['W48'], checkov: ['CKV_AWS_27'], cdkNag: ['AwsSolutions-SQS2'] },
    family: 'encryption-at-rest',
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::SQS::Queue')) {
      if (prop(ctx, r.props, 'KmsMasterKeyId')) continue;
      const node = prop(ctx, r.props, 'SqsManagedSseEnabled');
      if (bool(ctx, node) !== false) continue;
      ctx.report({
        node: node ?? at(r),
        resource: r.res,
        message: `${r.res.id} turns encryption off (SqsManagedSseEnabled: false, no KmsMasterKeyId).`,
      });
    }
  },
});
