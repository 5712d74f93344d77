import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('iam-user-without-mfa-guard', {
  valid: [
    {
      name: 'a role policy (not a person)',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::Policy
            Properties:
              PolicyName: p
              Roles: [app]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:PutObject
                    Resource: arn:aws:s3:::b/*
      `),
    },
    {
      name: 'a group policy guarded by a deny-unless-MFA statement',
      code: dedent(`
        Resources:
          Admins:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: work
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: ec2:*
                        Resource: '*'
                - PolicyName: mfa
                  PolicyDocument:
                    Statement:
                      - Effect: Deny
                        NotAction: [iam:ListMFADevices, iam:EnableMFADevice]
                        Resource: '*'
                        Condition:
                          BoolIfExists: { aws:MultiFactorAuthPresent: 'false' }
      `),
    },
    {
      name: 'a user policy that only reads',
      code: dedent(`
        Resources:
          Reader:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: read
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: [s3:GetObject, s3:ListBucket]
                        Resource: '*'
      `),
    },
  ],
  invalid: [
    {
      name: 'a policy attached to a user that writes without MFA',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              Users: [alice]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: [s3:PutObject, iam:CreateUser]
                    Resource: '*'
      `),
      errors: [
        {
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 51,
          severity: 'medium',
          message: /to alice without requiring MFA/,
        },
      ],
    },
  ],
});

// An Allow requires MFA only with a test that fails when the key is absent (issue 22).
const userAllow = (condition: string): string =>
  dedent(`
    Resources:
      Alice:
        Type: AWS::IAM::User
        Properties:
          Policies:
            - PolicyName: work
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: s3:PutObject
                    Resource: arn:aws:s3:::b/*
                    Condition: ${condition}
  `);
ruleTester('iam-user-without-mfa-guard', {
  valid: [
    { name: 'Bool aws:MultiFactorAuthPresent true', code: userAllow('{ Bool: { aws:MultiFactorAuthPresent: true } }') },
    {
      name: 'NumericLessThan aws:MultiFactorAuthAge',
      code: userAllow('{ NumericLessThan: { aws:MultiFactorAuthAge: 3600 } }'),
    },
  ],
  invalid: [
    {
      name: 'BoolIfExists aws:MultiFactorAuthPresent true lets long-term keys through',
      code: userAllow('{ BoolIfExists: { aws:MultiFactorAuthPresent: true } }'),
      errors: [{ line: 10, column: 25, endLine: 10, endColumn: 37, severity: 'medium', resource: 'Alice' }],
    },
  ],
});
