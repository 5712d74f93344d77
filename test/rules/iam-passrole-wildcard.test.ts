import { managedPolicy, ruleTester } from '../rule-tester.js';

const policy = managedPolicy;

ruleTester('iam-passrole-wildcard', {
  valid: [
    {
      name: 'PassRole on one role',
      code: policy('iam:PassRole', '!GetAtt AppRole.Arn').replace(
        'Resources:\n',
        'Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n',
      ),
    },
    { name: 'PassRole on a role path', code: policy('iam:PassRole', 'arn:aws:iam::123456789012:role/app/*') },
    { name: 'iam:Get* does not include PassRole', code: policy('iam:Get*', "'*'") },
  ],
  invalid: [
    {
      name: 'PassRole on "*"',
      code: policy('iam:PassRole', "'*'"),
      errors: [{ line: 8, column: 21, severity: 'high' }],
    },
    {
      name: 'a wildcard that covers PassRole (iam:Pass*), any case',
      code: policy('IAM:pass*', "'*'"),
      errors: [{ line: 8 }],
    },
    { name: 'iam:*', code: policy('[s3:GetObject, iam:*]', "'*'"), errors: [{ line: 8 }] },
  ],
});
