import { dedent, ruleTester, jsonPolicy, span } from '../rule-tester.js';

const doc = (effect: string, resource: string) =>
  `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "${effect}",\n      "NotAction": "iam:*",\n      "Resource": "${resource}"\n    }\n  ]\n}\n`;

ruleTester('iam-not-action', {
  valid: [
    { name: 'Deny with NotAction (the recommended way to carve exceptions)', code: doc('Deny', '*'), file: 'p.json' },
    {
      name: 'a topic policy Deny with NotAction',
      code: dedent(`
        Resources:
          TopicPolicy:
            Type: AWS::SNS::TopicPolicy
            Properties:
              Topics: [t]
              PolicyDocument:
                Statement:
                  - Effect: Deny
                    Principal: '*'
                    NotAction: sns:Publish
                    Resource: '*'
      `),
    },
    {
      name: 'an Allow with Action',
      code: '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
      file: 'p.json',
    },
  ],
  invalid: [
    {
      name: 'Allow with NotAction on "*" is high',
      code: doc('Allow', '*'),
      file: 'p.json',
      errors: [{ line: 6, column: 20, endLine: 6, endColumn: 27, severity: 'high' }],
    },
    {
      name: 'Allow with NotAction on one bucket is medium',
      code: doc('Allow', 'arn:aws:s3:::b/*'),
      file: 'p.json',
      errors: [{ line: 6, column: 20, endLine: 6, endColumn: 27, severity: 'medium' }],
    },
    {
      name: 'in a template',
      code: dedent(`
        Resources:
          Group:
            Type: AWS::IAM::Group
            Properties:
              Policies:
                - PolicyName: p
                  PolicyDocument:
                    Statement:
                      - Effect: Allow
                        NotAction: [iam:*, organizations:*]
                        Resource: '*'
      `),
      errors: [{ line: 10, column: 28, endLine: 10, endColumn: 52, resource: 'Group' }],
    },
    {
      name: 'in a trust policy (high: the role is the only resource)',
      code: dedent(`
        Resources:
          Role:
            Type: AWS::IAM::Role
            Properties:
              AssumeRolePolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: arn:aws:iam::111122223333:root }
                    NotAction: sts:TagSession
      `),
      errors: [
        { line: 9, column: 24, endLine: 9, endColumn: 38, severity: 'high', resource: 'Role', message: /on the role/ },
      ],
    },
    {
      name: "in a bucket policy on the bucket's objects (medium)",
      code: dedent(`
        Resources:
          BucketPolicy:
            Type: AWS::S3::BucketPolicy
            Properties:
              Bucket: uploads
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: arn:aws:iam::111122223333:root }
                    NotAction: s3:DeleteObject
                    Resource: arn:aws:s3:::uploads/*
      `),
      errors: [
        {
          line: 10,
          column: 24,
          endLine: 10,
          endColumn: 39,
          severity: 'medium',
          resource: 'BucketPolicy',
          message: /Grants the principals/,
        },
      ],
    },
    {
      name: 'in a queue policy on "*" (high)',
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
                    NotAction: [sqs:DeleteQueue]
                    Resource: '*'
      `),
      errors: [{ line: 10, column: 24, endLine: 10, endColumn: 41, severity: 'high', resource: 'QueuePolicy' }],
    },
  ],
});

// Judged after the policy's explicit Denies (issue 22).
const notAction = jsonPolicy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' });
ruleTester('iam-not-action', {
  valid: [
    {
      name: 'a Deny of everything leaves the NotAction granting nothing',
      file: 'p.json',
      code: jsonPolicy(
        { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' },
        { Effect: 'Deny', Action: '*', Resource: '*' },
      ),
    },
  ],
  invalid: [
    {
      name: 'NotAction on "*" in a policy file',
      file: 'p.json',
      code: notAction,
      errors: [{ ...span(notAction, 2, '"iam:*"'), severity: 'high' }],
    },
  ],
});
