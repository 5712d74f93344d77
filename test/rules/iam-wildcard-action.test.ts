import { dedent, ruleTester, jsonPolicy, span } from '../rule-tester.js';

const policy = (actions: string): string =>
  dedent(`
    Resources:
      Policy:
        Type: AWS::IAM::Policy
        Properties:
          PolicyName: p
          Roles: [app]
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ${actions}
                Resource: arn:aws:s3:::bucket/*
  `);

const iotPolicy = (action: string, resource: string): string =>
  dedent(`
    Resources:
      DevicePolicy:
        Type: AWS::IoT::Policy
        Properties:
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ${action}
                Resource: ${resource}
  `);

ruleTester('iam-wildcard-action', {
  valid: [
    { name: 'named actions', code: policy('[s3:GetObject, s3:PutObject]') },
    {
      name: 'an IoT policy naming its actions',
      code: iotPolicy('[iot:Connect, iot:Publish]', 'arn:aws:iot:us-east-1:111122223333:client/sensor-1'),
    },
    { name: 'a narrow wildcard (s3:Get*) is accepted', code: policy('s3:Get*') },
    {
      name: 'a wildcard in a Deny',
      code: dedent(`
        {"Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}
      `),
      file: 'p.json',
    },
    {
      name: "a wildcard in a resource policy is another rule's concern",
      code: dedent(`
        Resources:
          QueuePolicy:
            Type: AWS::SQS::QueuePolicy
            Properties:
              Queues: [q]
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: arn:aws:iam::111122223333:root }
                    Action: sqs:*
                    Resource: '*'
      `),
    },
  ],
  invalid: [
    {
      name: '"*" is high',
      code: policy("'*'"),
      errors: [{ line: 10, column: 21, endLine: 10, endColumn: 24, severity: 'high', resource: 'Policy' }],
    },
    {
      name: 'a service with nothing to delete or stop is not called destructive',
      code: policy('ssmmessages:*'),
      errors: [
        {
          line: 10,
          column: 21,
          endLine: 10,
          endColumn: 34,
          severity: 'medium',
          message: /^Allows "ssmmessages:\*": every action of ssmmessages, writes included\.$/,
        },
      ],
    },
    {
      name: 'a service that deletes things is',
      code: policy('sqs:*'),
      errors: [
        {
          line: 10,
          column: 21,
          endLine: 10,
          endColumn: 26,
          message: /every action of sqs, including destructive ones\.$/,
        },
      ],
    },
    {
      name: '"service:*" is medium',
      code: policy('iam:*'),
      errors: [
        { line: 10, column: 21, endLine: 10, endColumn: 26, severity: 'medium', message: /every action of iam/ },
      ],
    },
    {
      name: 'each wildcard in a list, on its own line',
      code: policy('\n                  - s3:GetObject\n                  - ec2:*\n                  - "*"'),
      errors: [
        { line: 12, column: 17, endLine: 12, endColumn: 22, severity: 'medium' },
        { line: 13, column: 17, endLine: 13, endColumn: 20, severity: 'high' },
      ],
    },
    {
      name: 'a wildcard behind a parameter default',
      code: dedent(`
        Parameters:
          Actions:
            Type: CommaDelimitedList
            Default: "s3:GetObject,dynamodb:*"
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: !Ref Actions
                    Resource: '*'
      `),
      errors: [{ line: 12, column: 21, endLine: 12, endColumn: 33, severity: 'medium', message: /dynamodb:\*/ }],
    },
    {
      name: 'an IoT policy allowing iot:*',
      code: iotPolicy("'iot:*'", 'arn:aws:iot:us-east-1:111122223333:client/sensor-1'),
      errors: [
        {
          line: 9,
          column: 21,
          endLine: 9,
          endColumn: 28,
          severity: 'medium',
          resource: 'DevicePolicy',
          message: /IoT policy: .*iot:\*/,
        },
      ],
    },
    {
      name: 'an IoT policy allowing "*"',
      code: iotPolicy("'*'", "'*'"),
      errors: [{ line: 9, column: 21, endLine: 9, endColumn: 24, severity: 'high', resource: 'DevicePolicy' }],
    },
  ],
});

// Judged after the policy's explicit Denies (issue 22).
const narrowed = jsonPolicy(
  { Effect: 'Allow', Action: '*', Resource: '*' },
  { Effect: 'Deny', NotAction: 's3:*', Resource: '*' },
);
ruleTester('iam-wildcard-action', {
  valid: [
    {
      name: 'a service wildcard that a Deny takes away entirely',
      file: 'p.json',
      code: jsonPolicy(
        { Effect: 'Allow', Action: 's3:*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:*', Resource: '*' },
      ),
    },
  ],
  invalid: [
    {
      name: '"*" that a Deny narrows to one service is that service\'s wildcard',
      file: 'p.json',
      code: narrowed,
      errors: [{ ...span(narrowed, 2, '"*"'), severity: 'medium', message: /narrow to every action of s3/ }],
    },
  ],
});
