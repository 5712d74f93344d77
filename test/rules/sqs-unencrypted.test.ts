import { ruleTester } from '../rule-tester.js';

ruleTester('sqs-unencrypted', {
  valid: [
    { name: 'the SQS-managed default', code: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n' },
    {
      name: 'a KMS key with SQS-managed turned off',
      code: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: false\n      KmsMasterKeyId: alias/aws/sqs\n',
    },
  ],
  invalid: [
    {
      name: 'encryption turned off',
      code: 'Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      SqsManagedSseEnabled: false\n',
      errors: [{ line: 5, column: 29, endLine: 5, endColumn: 34, severity: 'medium' }],
    },
  ],
});
