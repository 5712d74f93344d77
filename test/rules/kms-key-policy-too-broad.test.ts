import { dedent, ruleTester } from '../rule-tester.js';

const key = (principal: string) =>
  dedent(`
    Resources:
      Key:
        Type: AWS::KMS::Key
        Properties:
          EnableKeyRotation: true
          KeyPolicy:
            Statement:
              - Effect: Allow
                Principal: ${principal}
                Action: kms:*
                Resource: '*'
  `);

ruleTester('kms-key-policy-too-broad', {
  valid: [
    {
      name: 'the account root (the default key policy)',
      code: key("{ AWS: !Sub 'arn:aws:iam::${AWS::AccountId}:root' }"),
    },
    { name: 'a bare account id', code: key("{ AWS: '123456789012' }") },
  ],
  invalid: [
    {
      name: 'a role',
      code: key('{ AWS: arn:aws:iam::123456789012:role/app }'),
      errors: [{ line: 10, column: 21, endLine: 10, endColumn: 26, severity: 'medium', message: /role\/app/ }],
    },
    {
      name: 'a service',
      code: key('{ Service: logs.amazonaws.com }'),
      errors: [{ line: 10, column: 21, endLine: 10, endColumn: 26 }],
    },
  ],
});
