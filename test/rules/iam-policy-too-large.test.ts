import { dedent, ruleTester } from '../rule-tester.js';

const manyActions = (n: number): string =>
  Array.from({ length: n }, (_, i) => `                  - s3:GetObject${'x'.repeat(i % 5)}`).join('\n');

const managed = (n: number): string =>
  dedent(`
    Resources:
      Policy:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement:
              - Effect: Allow
                Resource: arn:aws:s3:::bucket/*
                Action:
  `) +
  manyActions(n) +
  '\n';

ruleTester('iam-policy-too-large', {
  valid: [
    { name: 'a managed policy under 6,144 characters', code: managed(100) },
    {
      name: 'whitespace does not count',
      code: `{"Statement": [{"Effect": "Allow", "Resource": "*", "Action": [${Array.from({ length: 300 }, () => '"s3:GetObject"').join(',          ')}]}]}`,
      file: 'p.json',
    },
  ],
  invalid: [
    {
      name: 'a managed policy over 6,144 characters',
      code: managed(400),
      errors: [{ line: 6, column: 9, endLine: 409, endColumn: 37, message: /quota for managed policy is 6144/ }],
    },
    {
      name: 'two inline policies of a user together over 2,048',
      code: dedent(`
        Resources:
          User:
            Type: AWS::IAM::User
            Properties:
              Policies:
                - PolicyName: a
                  PolicyDocument:
                    Statement: [{ Effect: Allow, Resource: '*', Action: [${Array.from({ length: 80 }, () => 's3:GetObject').join(', ')}] }]
                - PolicyName: b
                  PolicyDocument:
                    Statement: [{ Effect: Allow, Resource: '*', Action: [${Array.from({ length: 80 }, () => 's3:GetObject').join(', ')}] }]
      `),
      errors: [
        {
          line: 8,
          column: 13,
          endLine: 8,
          endColumn: 1188,
          message: /inline policies of User total \d+ .* quota for inline policies of a user is 2048/,
        },
      ],
    },
  ],
});
