import { dedent, ruleTester, jsonPolicy, span } from '../rule-tester.js';

ruleTester('iam-admin-access', {
  valid: [
    {
      name: 'specific actions on specific resources',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Version: '2012-10-17'
                Statement:
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: arn:aws:s3:::bucket/*
      `),
    },
    {
      name: '"*" action limited to one resource',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: '*'
                    Resource: arn:aws:s3:::bucket
      `),
    },
    {
      name: 'a Deny of everything',
      code: dedent(`
        {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*"}]}
      `),
      file: 'deny.json',
    },
    {
      name: 'a service control policy allowing everything (FullAWSAccess) is not an identity policy',
      code: dedent(`
        Resources:
          Scp:
            Type: AWS::Organizations::Policy
            Properties:
              Type: SERVICE_CONTROL_POLICY
              Content:
                Statement:
                  - Effect: Allow
                    Action: '*'
                    Resource: '*'
      `),
    },
  ],
  invalid: [
    {
      name: 'a statement switched off under the Defaults is reported for the branch that switches it on',
      code: dedent(`
        Parameters:
          Env:
            Type: String
            Default: dev
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - !If
                    - IsProd
                    - Effect: Allow
                      Action: '*'
                      Resource: '*'
                    - !Ref AWS::NoValue
                  - Effect: Allow
                    Action: s3:GetObject
                    Resource: arn:aws:s3:::b/*
      `),
      errors: [
        {
          line: 16,
          column: 23,
          endLine: 16,
          endColumn: 26,
          severity: 'critical',
          message: /full administrator access \(when condition IsProd is true\)\.$/,
        },
      ],
    },
    {
      name: 'Action "*" on Resource "*" in a role inline policy',
      code: dedent(`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { Service: lambda.amazonaws.com }
                    Action: sts:AssumeRole
              Policies:
                - PolicyName: admin
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        Action: '*'
                        Resource: '*'
      `),
      errors: [{ line: 15, column: 25, endLine: 15, endColumn: 28, severity: 'critical', resource: 'Role' }],
    },
    {
      name: 'a standalone JSON policy, in a list of actions',
      file: 'policies/admin.json',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": ["s3:GetObject", "*"],\n      "Resource": "*"\n    }\n  ]\n}\n',
      errors: [{ line: 6, column: 34, endLine: 6, endColumn: 37, resource: null }],
    },
    {
      name: 'the statement is switched on by a parameter value given on the command line',
      parameters: { Env: 'prod' },
      code: dedent(`
        Parameters:
          Env:
            Type: String
            Default: dev
        Conditions:
          IsProd: !Equals [!Ref Env, prod]
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - !If
                    - IsProd
                    - Effect: Allow
                      Action: '*'
                      Resource: '*'
                    - !Ref AWS::NoValue
      `),
      errors: [{ line: 16, column: 23, endLine: 16, endColumn: 26, severity: 'critical' }],
    },
  ],
});

// Judged after the policy's explicit Denies (issue 22).
const allowAll = { Effect: 'Allow', Action: '*', Resource: '*' };
const keepsIam = jsonPolicy(allowAll, { Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' });
const conditionalDeny = jsonPolicy(allowAll, {
  Effect: 'Deny',
  NotAction: 's3:*',
  Resource: '*',
  Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } },
});
ruleTester('iam-admin-access', {
  valid: [
    {
      name: 'Allow * with Deny NotAction s3:* leaves only s3',
      file: 'p.json',
      code: jsonPolicy(allowAll, { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }),
    },
    {
      name: 'Allow * with a Deny of every IAM action',
      file: 'p.json',
      code: jsonPolicy(allowAll, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }),
    },
  ],
  invalid: [
    {
      name: 'a Deny that leaves every IAM action is no boundary',
      file: 'p.json',
      code: keepsIam,
      errors: [{ ...span(keepsIam, 2, '"*"'), severity: 'critical', message: /every IAM action remains/ }],
    },
    {
      name: 'a conditional Deny removes nothing for certain',
      file: 'p.json',
      code: conditionalDeny,
      errors: [{ ...span(conditionalDeny, 2, '"*"'), severity: 'critical', message: /full administrator access/ }],
    },
  ],
});
