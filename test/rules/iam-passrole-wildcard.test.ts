import { managedPolicy, ruleTester, jsonPolicy, span } from '../rule-tester.js';

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
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 33, severity: 'high' }],
    },
    {
      name: 'a wildcard that covers PassRole (iam:Pass*), any case',
      code: policy('IAM:pass*', "'*'"),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 30 }],
    },
    {
      name: 'iam:*',
      code: policy('[s3:GetObject, iam:*]', "'*'"),
      errors: [{ line: 8, column: 36, endLine: 8, endColumn: 41 }],
    },
  ],
});

// Judged after the policy's explicit Denies (issue 22).
const passRole = { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*' };
const denyElsewhere = jsonPolicy(passRole, {
  Effect: 'Deny',
  Action: 'iam:PassRole',
  Resource: 'arn:aws:iam::*:role/admin-*',
});
ruleTester('iam-passrole-wildcard', {
  valid: [
    {
      name: 'Allow and Deny of iam:PassRole on "*"',
      file: 'p.json',
      code: jsonPolicy(passRole, { Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }),
    },
    {
      name: 'Allow "*" with Deny NotAction s3:*',
      file: 'p.json',
      code: jsonPolicy(
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', NotAction: 's3:*', Resource: '*' },
      ),
    },
  ],
  invalid: [
    {
      name: 'a Deny on some roles leaves the others passable',
      file: 'p.json',
      code: denyElsewhere,
      errors: [{ ...span(denyElsewhere, 2, '"iam:PassRole"'), severity: 'high' }],
    },
  ],
});
