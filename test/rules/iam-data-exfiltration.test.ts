import { managedPolicy, ruleTester } from '../rule-tester.js';

const policy = managedPolicy;

ruleTester('iam-data-exfiltration', {
  valid: [
    { name: 's3:GetObject on one bucket', code: policy('s3:GetObject', 'arn:aws:s3:::mine/*') },
    {
      name: 'parameters under one path',
      code: policy('ssm:GetParameter*', 'arn:aws:ssm:us-east-1:123456789012:parameter/app/*'),
    },
  ],
  invalid: [
    {
      name: 's3:GetObject on "*"',
      code: policy('s3:GetObject', "'*'"),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 33, severity: 'medium' }],
    },
    {
      name: 'secrets through secretsmanager:*',
      code: policy('secretsmanager:*', "'*'"),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 37, message: /secretsmanager:GetSecretValue/ }],
    },
  ],
});
