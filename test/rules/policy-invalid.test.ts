import { dedent, findingsOf, ruleTester, jsonPolicy, span } from '../rule-tester.js';

const managed = (document: string) =>
  `Resources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n${document
    .split('\n')
    .map((l) => `        ${l}`)
    .join('\n')}\n`;

const cases = {
  valid: [
    {
      name: 'a well-formed document, Version unquoted in YAML',
      code: managed(
        'Version: 2012-10-17\nStatement:\n  - Effect: Deny\n    NotAction: iam:*\n    NotResource: arn:aws:s3:::b/*',
      ),
    },
    {
      name: 'the older Version and a single statement as a mapping',
      file: 'p.json',
      code: '{"Version": "2008-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}',
    },
    {
      name: 'a document from a parameter PolicyGate cannot know is not malformed',
      code: dedent(`
        Parameters:
          Doc: { Type: String }
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument: !Ref Doc
      `),
    },
  ],
  invalid: [
    {
      name: 'an empty document',
      code: managed('{}').replace('PolicyDocument:\n        {}', 'PolicyDocument: {}'),
      errors: [{ line: 5, column: 23, endLine: 5, endColumn: 25, resource: 'Policy', message: /document is empty/ }],
    },
    {
      name: 'a document without Statement, at its Version',
      code: managed('Version: "2012-10-17"'),
      errors: [{ line: 6, column: 9, endLine: 6, endColumn: 16, message: /has no Statement/ }],
    },
    {
      name: 'an empty Statement list',
      code: managed('Statement: []'),
      errors: [{ line: 6, column: 20, endLine: 6, endColumn: 22, message: /empty list/ }],
    },
    {
      name: 'Effect: NotAllow, at the value',
      code: managed('Statement:\n  - Effect: NotAllow\n    Action: s3:GetObject\n    Resource: "*"'),
      errors: [
        { line: 7, column: 21, endLine: 7, endColumn: 29, message: /Effect must be Allow or Deny, not "NotAllow"/ },
      ],
    },
    {
      name: 'Action and NotAction together, at NotAction',
      code: managed(
        'Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n    NotAction: s3:PutObject\n    Resource: "*"',
      ),
      errors: [{ line: 9, column: 13, endLine: 9, endColumn: 22, message: /Action or NotAction, not both/ }],
    },
    {
      name: 'Resource and NotResource together, in a policy file',
      file: 'p.json',
      code: '{\n  "Statement": [{"Effect": "Allow", "Action": "s3:*",\n    "Resource": "*", "NotResource": "arn:aws:s3:::b"}]\n}\n',
      errors: [{ line: 3, column: 22, endLine: 3, endColumn: 35, message: /Resource or NotResource, not both/ }],
    },
    {
      name: 'a statement that is not a mapping, at the statement',
      code: managed('Statement:\n  - Effect: Allow\n    Action: s3:GetObject\n    Resource: "*"\n  - s3:PutObject'),
      errors: [{ line: 10, column: 13, endLine: 10, endColumn: 25, message: /statement 1 must be a mapping/ }],
    },
    {
      name: 'a Statement that is a string',
      code: managed('Statement: "Allow everything"'),
      errors: [{ line: 6, column: 20, endLine: 6, endColumn: 38, message: /not a string/ }],
    },
    {
      name: 'an unknown Version, at the value',
      file: 'p.json',
      code: '{\n  "Version": "2021-01-01",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]\n}\n',
      errors: [{ line: 2, column: 14, endLine: 2, endColumn: 26, message: /Version must be "2012-10-17"/ }],
    },
  ],
};

ruleTester('policy-invalid', cases);

describe('a malformed policy is not a parse-error', () => {
  it.each(cases.invalid.map((c) => [c.name, c]))('%s', (_name, c) => {
    const ids = findingsOf(c).map((f) => f.ruleId);
    expect(ids).toContain('policy-invalid');
    expect(ids).not.toContain('parse-error');
  });
});

// What IAM, CloudFormation and SAM reject beyond the document's structure (issue 22).
const vendorWildcard = jsonPolicy({ Effect: 'Allow', Action: ['ec2:Describe*', '*:Untag*'], Resource: '*' });
const notActionWildcard = jsonPolicy({ Effect: 'Deny', NotAction: 's3*:Get*', Resource: '*' });
const lambdaActions = dedent(`
  Resources:
    Permission:
      Type: AWS::Lambda::Permission
      Properties:
        FunctionName: fn
        Principal: sns.amazonaws.com
        SourceArn: arn:aws:sns:us-east-1:111122223333:topic
        Action: [lambda:InvokeFunction, lambda:GetFunction]
`);
const samEmpty = dedent(`
  Transform: AWS::Serverless-2016-10-31
  Resources:
    Fn:
      Type: AWS::Serverless::Function
      Properties:
        Handler: index.handler
        Runtime: nodejs20.x
        CodeUri: .
        Policies:
          - AWSLambdaBasicExecutionRole
          - {}
`);
ruleTester('policy-invalid', {
  valid: [
    {
      name: 'a wildcard in the action name only',
      file: 'p.json',
      code: jsonPolicy({ Effect: 'Allow', Action: ['*', 'ec2:*Tags'], Resource: '*' }),
    },
    {
      name: 'a Lambda permission with one action',
      code: lambdaActions.replace('[lambda:InvokeFunction, lambda:GetFunction]', 'lambda:InvokeFunction'),
    },
    {
      name: 'SAM Policies with a policy name and a template',
      code: samEmpty.replace('- {}', '- S3ReadPolicy: { BucketName: b }'),
    },
  ],
  invalid: [
    {
      name: 'a wildcard in the service prefix',
      file: 'p.json',
      code: vendorWildcard,
      errors: [
        { ...span(vendorWildcard, 2, '"*:Untag*"'), severity: 'high', message: /vendors must not contain wildcards/ },
      ],
    },
    {
      name: 'in NotAction too',
      file: 'p.json',
      code: notActionWildcard,
      errors: [span(notActionWildcard, 2, '"s3*:Get*"')],
    },
    {
      name: 'a Lambda permission whose Action is a list',
      code: lambdaActions,
      errors: [{ line: 8, column: 15, endLine: 8, endColumn: 58, resource: 'Permission', message: /one string/ }],
    },
    {
      name: 'an empty SAM Policies entry',
      code: samEmpty,
      errors: [{ line: 11, column: 11, endLine: 11, endColumn: 13, resource: 'Fn', message: /empty Policies entry/ }],
    },
  ],
});
