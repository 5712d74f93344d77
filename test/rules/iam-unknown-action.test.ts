import { dedent, ruleTester } from '../rule-tester.js';

const policy = (actions: string): string =>
  dedent(`
    Resources:
      Policy:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ${actions}
                Resource: '*'
  `);

ruleTester('iam-unknown-action', {
  valid: [
    { name: 'real actions in any case', code: policy('[s3:getobject, DynamoDB:GetItem, ec2:Describe*]') },
    { name: 'a service wildcard', code: policy('lambda:*') },
    {
      name: 'SNS:Receive, which the default policy of a new topic grants (a legacy action AWS still writes)',
      code: policy('[SNS:Subscribe, SNS:Receive, sns:receive]'),
    },
    { name: 'a value that cannot be resolved', code: policy('!ImportValue shared-action') },
  ],
  invalid: [
    {
      name: 'a misspelt action',
      code: policy('s3:GetObjects'),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 34, message: /not an action of s3/ }],
    },
    {
      name: 'an unknown service',
      code: policy('dynamo:GetItem'),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 35, message: /no AWS service with the prefix "dynamo"/ }],
    },
    {
      name: 'a near miss of the legacy action is still unknown',
      code: policy('SNS:Recieve'),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 32, message: /not an action of SNS/ }],
    },
    {
      name: 'a wildcard that matches nothing',
      code: policy('s3:Fetch*'),
      errors: [{ line: 8, column: 21, endLine: 8, endColumn: 30, message: /matches no action/ }],
    },
    {
      name: 'no service prefix, in a Deny too',
      code: '{"Statement":[\n{"Effect":"Deny","Action":["GetObject"],"Resource":"*"}\n]}\n',
      file: 'p.json',
      errors: [{ line: 2, column: 28, endLine: 2, endColumn: 39, message: /written service:Action/ }],
    },
  ],
});
