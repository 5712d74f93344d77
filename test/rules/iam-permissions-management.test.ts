import { dedent, managedPolicy, ruleTester } from '../rule-tester.js';

const policy = managedPolicy;

const twoStatements = (first: string, second: string): string =>
  dedent(`
    Resources:
      Policy:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement:
              - ${first}
              - ${second}
  `);

ruleTester('iam-permissions-management', {
  valid: [
    { name: 'read actions on "*"', code: policy('[s3:GetObject, s3:ListBucket]', "'*'") },
    { name: 'PutBucketPolicy on one bucket', code: policy('s3:PutBucketPolicy', 'arn:aws:s3:::mine') },
    {
      name: 'iam:ChangePassword is a Write action, not permissions management',
      code: policy('iam:ChangePassword', "'*'"),
    },
    {
      name: 'a log-group-scoped logs:* does not grant logs:PutResourcePolicy on every resource',
      code: policy("'logs:*'", "!Sub 'arn:aws:logs:${AWS::Region}:${AWS::AccountId}:*'"),
    },
    {
      name: 'the log-delivery statement a state machine needs (only "*" is accepted)',
      code: policy(
        '[logs:CreateLogDelivery, logs:GetLogDelivery, logs:UpdateLogDelivery, logs:DeleteLogDelivery, logs:ListLogDeliveries, logs:PutResourcePolicy, logs:DescribeResourcePolicies, logs:DescribeLogGroups]',
        "'*'",
      ),
    },
    {
      name: 'an account-wide action on an ARN is not granted at all',
      code: policy('s3:PutAccountPublicAccessBlock', 'arn:aws:s3:::bucket-x'),
    },
  ],
  invalid: [
    {
      name: 's3:PutBucketPolicy on "*"',
      code: policy('s3:PutBucketPolicy', "'*'"),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 39, severity: 'high', message: /s3:PutBucketPolicy/ }],
    },
    {
      name: 'kms:CreateGrant by wildcard',
      code: policy('kms:Create*', "'*'"),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 32, message: /kms:CreateGrant/ }],
    },
    {
      name: 'an account-wide control that no Resource can narrow',
      code: policy('s3:PutAccountPublicAccessBlock', "'*'"),
      errors: [
        {
          line: 8,
          column: 21,
          endLine: 8,
          endColumn: 51,
          message:
            /^Allows 1 permissions-management action that acts on a control of the whole account \(it takes no resource ARN, so no Resource can narrow it\): s3:PutAccountPublicAccessBlock\.$/,
        },
      ],
    },
    {
      name: 'both kinds in one policy, said apart',
      code: twoStatements(
        "{ Effect: Allow, Action: ['iam:PutRolePolicy'], Resource: '*' }",
        "{ Effect: Allow, Action: ['ecr:PutRegistryPolicy'], Resource: '*' }",
      ),
      errors: [
        {
          line: 7,
          column: 39,
          endLine: 7,
          endColumn: 58,
          message:
            /^Allows 1 permissions-management action on every resource: iam:PutRolePolicy; and that acts on a control .*: ecr:PutRegistryPolicy\.$/,
        },
      ],
    },
  ],
});
