import { dedent, managedPolicy, ruleTester, jsonPolicy, span } from '../rule-tester.js';

const policy = managedPolicy;

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

ruleTester('iam-wildcard-resource', {
  valid: [
    { name: 'a named bucket', code: policy('s3:GetObject', 'arn:aws:s3:::bucket/*') },
    {
      name: 'an IoT policy scoped with a policy variable',
      code: iotPolicy('iot:Connect', "'arn:aws:iot:us-east-1:111122223333:client/${iot:Connection.Thing.ThingName}'"),
    },
    {
      name: 'an IoT policy whose Deny covers "*"',
      code: dedent(`
        Resources:
          DevicePolicy:
            Type: AWS::IoT::Policy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Action: iot:Publish
                    Resource: '*'
      `),
    },
    { name: 'actions that only take "*"', code: policy('[ec2:DescribeInstances, sts:GetCallerIdentity]', "'*'") },
    {
      name: 'a resource from GetAtt',
      code: dedent(`
        Resources:
          Table:
            Type: AWS::DynamoDB::Table
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: dynamodb:GetItem
                    Resource: !GetAtt Table.Arn
      `),
    },
    {
      name: 'a resource that cannot be resolved is not guessed to be "*"',
      code: policy('s3:GetObject', '!ImportValue shared-bucket-arn'),
    },
  ],
  invalid: [
    {
      name: 'the actions named are the riskiest first: permissions management, write, read, list',
      code: policy('[s3:GetObject, s3:ListBucket, s3:DeleteObject, s3:PutBucketPolicy, sqs:ReceiveMessage]', "'*'"),
      errors: [
        {
          line: 9,
          column: 23,
          endLine: 9,
          endColumn: 26,
          message: /\(s3:PutBucketPolicy, s3:DeleteObject, s3:GetObject and 2 more\)/,
        },
      ],
    },
    {
      name: 'a scopable action on "*"',
      code: policy('s3:GetObject', "'*'"),
      errors: [{ line: 9, column: 23, endLine: 9, endColumn: 26, message: /s3:GetObject on every resource/ }],
    },
    {
      name: 'mixed scopable and non-scopable actions',
      code: policy('[ec2:DescribeInstances, ec2:TerminateInstances]', "'*'"),
      errors: [{ line: 9, column: 23, endLine: 9, endColumn: 26, message: /ec2:TerminateInstances/ }],
    },
    {
      name: 'an all-wildcard ARN is the same as "*"',
      code: policy('kms:Decrypt', "'arn:aws:*:*:*:*'"),
      errors: [{ line: 9, column: 23, endLine: 9, endColumn: 40 }],
    },
    {
      name: 'an IoT policy granting iot: actions on "*"',
      code: iotPolicy('[iot:Connect, iot:Publish, iot:Subscribe, iot:Receive]', "'*'"),
      errors: [
        {
          line: 10,
          column: 23,
          endLine: 10,
          endColumn: 26,
          severity: 'medium',
          resource: 'DevicePolicy',
          message: /IoT policy grants iot:Connect/,
        },
      ],
    },
    {
      name: 'an IoT policy document written as a JSON string',
      code: dedent(`
        Resources:
          DevicePolicy:
            Type: AWS::IoT::Policy
            Properties:
              PolicyDocument: '{"Statement": [{"Effect": "Allow", "Action": "iot:*", "Resource": "*"}]}'
      `),
      errors: [{ line: 5, column: 23, endLine: 5, endColumn: 97, resource: 'DevicePolicy' }],
    },
  ],
});

// Resource-level permissions as the Service Authorization Reference marks them (issue 22).
const abac = jsonPolicy({
  Effect: 'Allow',
  Action: ['ec2:StartInstances', 'ec2:StopInstances'],
  Resource: '*',
  Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
});
const getObject = jsonPolicy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
ruleTester('iam-wildcard-resource', {
  valid: [
    {
      name: 'cloudwatch:PutMetricData takes an optional dataset only',
      file: 'p.json',
      code: jsonPolicy({
        Effect: 'Allow',
        Action: ['cloudwatch:PutMetricData', 'cloudwatch:GetMetricData'],
        Resource: '*',
      }),
    },
    {
      name: 'a Deny on "*" takes the scopable actions away',
      file: 'p.json',
      code: jsonPolicy(
        { Effect: 'Allow', Action: ['s3:GetObject', 's3:ListAllMyBuckets'], Resource: '*' },
        { Effect: 'Deny', Action: 's3:GetObject', Resource: '*' },
      ),
    },
  ],
  invalid: [
    {
      name: 'tag-based access (ABAC) on "*" is info',
      file: 'p.json',
      code: abac,
      errors: [{ ...span(abac, 2, '"*"'), severity: 'info', message: /attribute-based access control/ }],
    },
    {
      name: 's3:GetObject names an object or an access-point object: either way a resource',
      file: 'p.json',
      code: getObject,
      errors: [{ ...span(getObject, 2, '"*"'), severity: 'medium', message: /s3:GetObject/ }],
    },
  ],
});
