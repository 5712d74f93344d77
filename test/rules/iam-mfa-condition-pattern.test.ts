import { dedent, ruleTester } from '../rule-tester.js';

const statement = (effect: string, operator: string, value: string): string =>
  dedent(`
    Resources:
      Policy:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement:
              - Effect: ${effect}
                NotAction: [iam:ListMFADevices, iam:EnableMFADevice]
                Resource: '*'
                Condition:
                  ${operator}:
                    aws:MultiFactorAuthPresent: ${value}
  `);

ruleTester('iam-mfa-condition-pattern', {
  valid: [
    { name: 'Deny with BoolIfExists false (the right pattern)', code: statement('Deny', 'BoolIfExists', "'false'") },
    { name: 'Allow with Bool true', code: statement('Allow', 'Bool', 'true') },
  ],
  invalid: [
    {
      name: 'Deny with Bool false',
      code: statement('Deny', 'Bool', "'false'"),
      errors: [{ line: 12, column: 17, endLine: 12, endColumn: 43, message: /BoolIfExists/ }],
    },
    {
      name: 'Allow with Null false',
      code: statement('Allow', 'Null', 'false'),
      errors: [{ line: 12, column: 17, endLine: 12, endColumn: 43, message: /only checks that the key exists/ }],
    },
  ],
});
