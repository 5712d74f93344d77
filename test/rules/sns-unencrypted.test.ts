import { ruleTester } from '../rule-tester.js';

ruleTester('sns-unencrypted', {
  valid: [
    {
      name: 'with a key',
      code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      KmsMasterKeyId: alias/aws/sns\n',
    },
  ],
  invalid: [
    {
      name: 'without a key',
      code: 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n      TopicName: alerts\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 8, severity: 'medium' }],
    },
  ],
});
