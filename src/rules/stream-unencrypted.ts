import { prop, string } from './infra.js';
import { propertyRule, requirePresent } from './property-rule.js';

export default propertyRule({
  meta: {
    id: 'stream-unencrypted',
    severity: 'medium',
    title: 'Kinesis or Firehose stream not encrypted',
    why: 'Records wait in a stream for up to a year (Kinesis) or in a delivery buffer (Firehose) before they are read. Without server-side encryption they are stored unencrypted for that whole time; clickstreams and application events routinely carry personal data.',
    fix: 'Kinesis: set `StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}` (or a customer managed key). Firehose (DirectPut): set `DeliveryStreamEncryptionConfigurationInput: {KeyType: AWS_OWNED_CMK}` or `CUSTOMER_MANAGED_CMK`.',
    aka: { cfnNag: ['W49', 'W88'], checkov: ['CKV_AWS_43'], cdkNag: ['AwsSolutions-KDS1', 'AwsSolutions-KDF1'] },
    family: 'encryption-at-rest',
  },
  types: ['AWS::Kinesis::Stream', 'AWS::KinesisFirehose::DeliveryStream'],
  check(r, ctx) {
    if (r.res.type === 'AWS::Kinesis::Stream') {
      return requirePresent(
        ctx,
        r,
        ['StreamEncryption'],
        `${r.res.id} has no StreamEncryption: its records are stored unencrypted.`,
      );
    }
    // A stream fed by Kinesis or MSK is encrypted (or not) at its source; only DirectPut takes records itself.
    const type = string(ctx, prop(ctx, r.props, 'DeliveryStreamType'));
    if (type !== undefined && type !== 'DirectPut') return undefined;
    return requirePresent(
      ctx,
      r,
      ['DeliveryStreamEncryptionConfigurationInput'],
      `${r.res.id} takes records directly (DirectPut) without DeliveryStreamEncryptionConfigurationInput: they are buffered unencrypted.`,
    );
  },
});
