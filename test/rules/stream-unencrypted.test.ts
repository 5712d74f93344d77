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
    {
      name: 'a Firehose fed by MSK',
      code: dedent(`
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamType: MSKAsSource
      `),
    },
    {
      name: 'a Kinesis stream whose encryption type is a parameter is not guessed',
      code: dedent(`
        Parameters:
          Type: {Type: String}
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              StreamEncryption: {EncryptionType: !Ref Type, KeyId: alias/aws/kinesis}
      `),
    },
  ],
  invalid: [
    {
      // cfn_nag W49: KMS and a key are both needed for server-side encryption.
      name: 'a Kinesis stream with StreamEncryption but no KeyId',
      code: dedent(`
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              StreamEncryption:
                EncryptionType: KMS
      `),
      errors: [{ line: 5, column: 7, endLine: 5, endColumn: 23, message: /names no KeyId/ }],
    },
    {
      name: 'a Kinesis stream whose KeyId is written empty',
      code: dedent(`
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              StreamEncryption:
                EncryptionType: KMS
                KeyId:
      `),
      errors: [{ line: 7, column: 9, endLine: 7, endColumn: 14, message: /names no KeyId/ }],
    },
    {
      name: 'a DirectPut Firehose whose KeyType is written empty',
      code: dedent(`
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamType: DirectPut
              DeliveryStreamEncryptionConfigurationInput:
                KeyType:
      `),
      errors: [{ line: 7, column: 9, endLine: 7, endColumn: 16, message: /names no KeyType/ }],
    },
    {
      name: 'a Kinesis stream with EncryptionType NONE',
      code: dedent(`
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              StreamEncryption:
                EncryptionType: NONE
                KeyId: alias/aws/kinesis
      `),
      errors: [{ line: 6, column: 25, endLine: 6, endColumn: 29, message: /`NONE`, not KMS/ }],
    },
    {
      name: 'a Kinesis stream whose StreamEncryption has a key but no type',
      code: dedent(`
        Resources:
          Events:
            Type: AWS::Kinesis::Stream
            Properties:
              StreamEncryption:
                KeyId: alias/aws/kinesis
      `),
      errors: [{ line: 5, column: 7, endLine: 5, endColumn: 23, message: /EncryptionType is not set/ }],
    },
    {
      // cfn_nag W88: the encryption input without KeyType turns nothing on.
      name: 'a DirectPut Firehose whose encryption input has no KeyType',
      code: dedent(`
        Resources:
          Delivery:
            Type: AWS::KinesisFirehose::DeliveryStream
            Properties:
              DeliveryStreamEncryptionConfigurationInput:
                KeyArn: arn:aws:kms:us-east-1:111122223333:key/abc
      `),
      errors: [{ line: 5, column: 7, endLine: 5, endColumn: 49, message: /names no KeyType/ }],
    },
    {
      name: 'a Kinesis stream without StreamEncryption',
      code: 'Resources:\n  Events:\n    Type: AWS::Kinesis::Stream\n    Properties:\n      ShardCount: 1\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 9, severity: 'medium', message: /no StreamEncryption/ }],
    },
    {
      name: 'a DirectPut Firehose (the default type) without encryption',
      code: 'Resources:\n  Delivery:\n    Type: AWS::KinesisFirehose::DeliveryStream\n    Properties:\n      DeliveryStreamType: DirectPut\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 11, message: /DirectPut/ }],
    },
  ],
});
