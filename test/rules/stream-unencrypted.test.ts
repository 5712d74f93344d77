import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('stream-unencrypted', {
  valid: [
    {
      name: 'an encrypted Kinesis stream',
      code: dedent(`
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}
      `),
    },
    {
      name: 'a Firehose fed by a Kinesis stream (encrypted at the source)',
      code: dedent(`
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamType: KinesisStreamAsSource
      `),
    },
    {
      name: 'a DirectPut Firehose with encryption',
      code: dedent(`
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamEncryptionConfigurationInput: {KeyType: AWS_OWNED_CMK}
      `),
    },
  ],
  invalid: [
    {
      name: 'a Kinesis stream without StreamEncryption',
      code: 'Resources:\n  Events:\n    Type: AWS::Kinesis::Stream\n    Properties:\n      ShardCount: 1\n',
      errors: [{ line: 2, column: 3, severity: 'medium', message: /no StreamEncryption/ }],
    },
    {
      name: 'a DirectPut Firehose (the default type) without encryption',
      code: 'Resources:\n  Delivery:\n    Type: AWS::KinesisFirehose::DeliveryStream\n    Properties:\n      DeliveryStreamType: DirectPut\n',
      errors: [{ line: 2, column: 3, message: /DirectPut/ }],
    },
  ],
});
