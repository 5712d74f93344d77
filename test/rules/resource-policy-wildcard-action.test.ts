import { span, dedent, jsonPolicy, ruleTester } from '../rule-tester.js';

const queuePolicy = (principal: string, action: string): string =>
  dedent(`
    Resources:
      QueuePolicy:
        Type: AWS::SQS::QueuePolicy
        Properties:
          Queues: [q]
          PolicyDocument:
            Statement:
              - Effect: Allow
                Principal: ${principal}
                Action: ${action}
                Resource: '*'
  `);

ruleTester('resource-policy-wildcard-action', {
  valid: [
    { name: 'a specific action', code: queuePolicy('{ Service: sns.amazonaws.com }', 'sqs:SendMessage') },
    {
      name: 'kms:* for the own account root (the default key policy)',
      code: dedent(`
        Resources:
          Key:
            Type: AWS::KMS::Key
            Properties:
              KeyPolicy:
                Statement:
                  - Effect: Allow
                    Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
                    Action: kms:*
                    Resource: '*'
      `),
    },
    {
      name: 'an identity policy is not a resource policy',
      code: '{"Statement":[{"Effect":"Allow","Action":"sqs:*","Resource":"*"}]}',
      file: 'p.json',
    },
  ],
  invalid: [
    {
      name: 'sqs:* for another account',
      code: queuePolicy('{ AWS: arn:aws:iam::111122223333:root }', 'sqs:*'),
      errors: [{ line: 10, column: 21, endLine: 10, endColumn: 26, severity: 'high' }],
    },
    {
      name: '"*" for a service',
      code: queuePolicy('{ Service: sns.amazonaws.com }', "'*'"),
      errors: [{ line: 10, column: 21, endLine: 10, endColumn: 24 }],
    },
  ],
});

// Judged after the policy's explicit Denies (issue 22).
const denied = (deniedAction: string) =>
  jsonPolicy(
    { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sqs:*', Resource: '*' },
    { Effect: 'Deny', Principal: '*', Action: deniedAction, Resource: '*' },
  );
const partly = denied('sqs:DeleteQueue');
ruleTester('resource-policy-wildcard-action', {
  valid: [{ name: 'a Deny of every action of the wildcard', file: 'queue-policy.json', code: denied('sqs:*') }],
  invalid: [
    {
      name: 'a Deny of one action leaves the wildcard granting the rest',
      file: 'queue-policy.json',
      code: partly,
      errors: [{ ...span(partly, 2, '"sqs:*"'), severity: 'high' }],
    },
  ],
});
