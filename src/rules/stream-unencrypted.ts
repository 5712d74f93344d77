import { at, blank, prop, string } from './utils/properties.js';
import { propertyRule, type Problem, type Res } from './utils/property-rule.js';
import type { RuleContext } from './types.js';

const messages = {
  noStreamEncryption: '{{id}} has no StreamEncryption: its records are stored unencrypted.',
  typeUnset: '{{id}}: StreamEncryption.EncryptionType is not set, not KMS: its records are stored unencrypted.',
  typeNotKms: '{{id}}: StreamEncryption.EncryptionType is `{{type}}`, not KMS: its records are stored unencrypted.',
  noKeyId: '{{id}}: StreamEncryption names no KeyId, so no key encrypts its records.',
  directPutUnencrypted:
    '{{id}} takes records directly (DirectPut) without DeliveryStreamEncryptionConfigurationInput: they are buffered unencrypted.',
  noKeyType:
    '{{id}}: DeliveryStreamEncryptionConfigurationInput names no KeyType, so its records are buffered unencrypted.',
};
type Id = keyof typeof messages;

/** A Kinesis stream's `StreamEncryption`: present, with `EncryptionType: KMS` and a `KeyId`. */
function kinesis(r: Res, ctx: RuleContext<Id>): Problem<Id> | undefined {
  const enc = prop(ctx, r.props, 'StreamEncryption');
  if (blank(ctx, enc)) {
    return { node: at(r), messageId: 'noStreamEncryption', data: { id: r.res.id } };
  }
  const typeNode = prop(ctx, enc, 'EncryptionType');
  const type = blank(ctx, typeNode) ? undefined : string(ctx, typeNode);
  if (type === 'unknown') return undefined;
  // The API knows KMS and NONE; anything else (NONE, a typo, nothing) leaves the records unencrypted.
  if (type !== 'KMS') {
    return {
      node: typeNode && type !== undefined ? typeNode : at(r, 'StreamEncryption', 'EncryptionType'),
      ...(type === undefined
        ? { messageId: 'typeUnset', data: { id: r.res.id } }
        : { messageId: 'typeNotKms', data: { id: r.res.id, type } }),
    };
  }
  // Server-side encryption needs a key; without one the encryption cannot be turned on.
  const key = prop(ctx, enc, 'KeyId');
  if (!blank(ctx, key)) return undefined;
  return {
    node: at(r, 'StreamEncryption', 'KeyId'),
    messageId: 'noKeyId',
    data: { id: r.res.id },
  };
}

/** A Firehose stream that takes records itself (DirectPut) needs an encryption input with a KeyType. */
function firehose(r: Res, ctx: RuleContext<Id>): Problem<Id> | undefined {
  // A stream fed by Kinesis or MSK is encrypted (or not) at its source; only DirectPut takes records itself.
  const type = string(ctx, prop(ctx, r.props, 'DeliveryStreamType'));
  if (type !== undefined && type !== 'DirectPut') return undefined;
  const input = prop(ctx, r.props, 'DeliveryStreamEncryptionConfigurationInput');
  if (blank(ctx, input)) {
    return {
      node: at(r),
      messageId: 'directPutUnencrypted',
      data: { id: r.res.id },
    };
  }
  // KeyType is what turns server-side encryption on; the input without it encrypts nothing.
  const keyType = prop(ctx, input, 'KeyType');
  if (!blank(ctx, keyType)) return undefined;
  return {
    node: at(r, 'DeliveryStreamEncryptionConfigurationInput', 'KeyType'),
    messageId: 'noKeyType',
    data: { id: r.res.id },
  };
}

export default propertyRule({
  meta: {
    id: 'stream-unencrypted',
    severity: 'medium',
    title: 'Kinesis or Firehose stream not encrypted',
    why: 'Records wait in a stream for up to a year (Kinesis) or in a delivery buffer (Firehose) before they are read. Without server-side encryption they are stored unencrypted for that whole time; clickstreams and application events routinely carry personal data.',
    fix: 'Kinesis: set `StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}` (or a customer managed key). Firehose (DirectPut): set `DeliveryStreamEncryptionConfigurationInput: {KeyType: AWS_OWNED_CMK}` or `CUSTOMER_MANAGED_CMK`.',
    aka: { cfnNag: ['W49', 'W88'], checkov: ['CKV_AWS_43'], cdkNag: ['AwsSolutions-KDS1', 'AwsSolutions-KDF1'] },
    family: 'encryption-at-rest',
    messages,
  },
  types: ['AWS::Kinesis::Stream', 'AWS::KinesisFirehose::DeliveryStream'],
  check(r, ctx) {
    return r.res.type === 'AWS::Kinesis::Stream' ? kinesis(r, ctx) : firehose(r, ctx);
  },
});
