import { managedPolicy, ruleTester } from '../rule-tester.js';

const policy = managedPolicy;

ruleTester('iam-credentials-exposure', {
  valid: [
    {
      name: 'ecr:GetAuthorizationToken (a token for the caller itself)',
      code: policy('ecr:GetAuthorizationToken', "'*'"),
    },
    { name: 'sts:AssumeRole on one role', code: policy('sts:AssumeRole', 'arn:aws:iam::123456789012:role/deployer') },
  ],
  invalid: [
    {
      name: 'an action that takes no resource ARN is not said to be "on every resource"',
      code: policy('[iot:CreateKeysAndCertificate, iam:CreateAccessKey]', "'*'"),
      errors: [
        {
          line: 8,
          column: 52,
          endLine: 8,
          endColumn: 71,
          message:
            /^Allows actions that return credentials, on every resource: iam:CreateAccessKey; and iot:CreateKeysAndCertificate, which takes no resource ARN \(no Resource can narrow it\)\.$/,
        },
      ],
    },
    {
      name: 'iam:CreateAccessKey on "*"',
      code: policy('iam:CreateAccessKey', "'*'"),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 40, severity: 'medium', message: /iam:CreateAccessKey/ }],
    },
    {
      name: 'sts:GetSessionToken (takes no resource)',
      code: policy('sts:GetSessionToken', 'arn:aws:iam::123456789012:user/x'),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 40 }],
    },
    {
      name: 'redshift:GetClusterCredentials through a wildcard',
      code: policy('redshift:Get*', "'*'"),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 34, message: /redshift:GetClusterCredentials/ }],
    },
  ],
});
