import { managedPolicy, ruleTester } from '../rule-tester.js';

const policy = managedPolicy;

ruleTester('iam-permissions-management', {
  valid: [
    { name: 'read actions on "*"', code: policy('[s3:GetObject, s3:ListBucket]', "'*'") },
    { name: 'PutBucketPolicy on one bucket', code: policy('s3:PutBucketPolicy', 'arn:aws:s3:::mine') },
    {
      name: 'iam:ChangePassword is a Write action, not permissions management',
      code: policy('iam:ChangePassword', "'*'"),
    },
  ],
  invalid: [
    {
      name: 's3:PutBucketPolicy on "*"',
      code: policy('s3:PutBucketPolicy', "'*'"),
      errors: [{ line: 8, severity: 'high', message: /s3:PutBucketPolicy/ }],
    },
    {
      name: 'kms:CreateGrant by wildcard',
      code: policy('kms:Create*', "'*'"),
      errors: [{ line: 8, message: /kms:CreateGrant/ }],
    },
  ],
});
