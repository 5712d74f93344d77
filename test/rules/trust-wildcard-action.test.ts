import { dedent, ruleTester } from '../rule-tester.js';

const role = (action: string, effect = 'Allow'): string =>
  dedent(`
    Resources:
      Role:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement:
              - Effect: ${effect}
                Principal: { Service: lambda.amazonaws.com }
                Action: ${action}
  `);

ruleTester('trust-wildcard-action', {
  valid: [
    { name: 'sts:AssumeRole', code: role('sts:AssumeRole') },
    { name: 'the actions named, tag session included', code: role('[sts:AssumeRole, sts:TagSession]') },
    { name: 'a narrow wildcard over the assume actions', code: role('sts:AssumeRole*') },
    { name: 'a Deny of everything', code: role("'*'", 'Deny') },
    {
      name: 'an identity policy with "*" (iam-wildcard-action says that)',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: sts:*
                    Resource: '*'
      `),
    },
  ],
  invalid: [
    {
      name: 'Action "*"',
      code: role("'*'"),
      errors: [{ line: 9, column: 21, endLine: 9, endColumn: 24, severity: 'high', resource: 'Role', message: /"\*"/ }],
    },
    {
      name: 'sts:* in a list, any case',
      code: role('[sts:AssumeRole, STS:*]'),
      errors: [{ line: 9, column: 38, endLine: 9, endColumn: 43, message: /STS:\*/ }],
    },
    {
      name: 'a JSON template',
      file: 'template.json',
      code: '{\n  "Resources": {\n    "Role": {\n      "Type": "AWS::IAM::Role",\n      "Properties": {\n        "AssumeRolePolicyDocument": {\n          "Statement": [{"Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:*"}]\n        }\n      }\n    }\n  }\n}\n',
      errors: [{ line: 7, column: 102, endLine: 7, endColumn: 109 }],
    },
  ],
});

// Judged after the policy's explicit Denies (issue 22).
const withDeny = (denied: string): string =>
  `${role('sts:*')}          - Effect: Deny\n            Principal: '*'\n            Action: ${denied}\n`;
ruleTester('trust-wildcard-action', {
  valid: [{ name: 'a Deny of every STS action leaves nothing granted', code: withDeny("'sts:*'") }],
  invalid: [
    {
      name: 'a Deny of one STS action leaves the rest',
      code: withDeny('sts:TagSession'),
      errors: [{ line: 9, column: 21, endLine: 9, endColumn: 26, severity: 'high', resource: 'Role' }],
    },
  ],
});
