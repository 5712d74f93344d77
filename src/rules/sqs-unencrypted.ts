import { forbidValue, propertyRule } from './utils/property-rule.js';
import { prop } from './utils/properties.js';

export default propertyRule({
  meta: {
    id: 'sqs-unencrypted',
    severity: 'medium',
    title: 'SQS queue not encrypted',
    why: 'A queue with neither a KMS key nor SQS-managed encryption stores its messages unencrypted for as long as they wait, up to 14 days. New queues get SQS-managed encryption by default, so this fires only when a template turns it off.',
    fix: 'Remove `SqsManagedSseEnabled: false`, or set `KmsMasterKeyId` for a customer managed key.',
    aka: { cfnNag: ['W48'], checkov: ['CKV_AWS_27'], cdkNag: ['AwsSolutions-SQS2'] },
    family: 'encryption-at-rest',
    messages: { encryptionOff: '{{id}} turns encryption off (SqsManagedSseEnabled: false, no KmsMasterKeyId).' },
  },
  types: ['AWS::SQS::Queue'],
  check: (r, ctx) =>
    prop(ctx, r.props, 'KmsMasterKeyId')
      ? undefined
      : forbidValue(ctx, r, ['SqsManagedSseEnabled'], false, { messageId: 'encryptionOff' }),
});
