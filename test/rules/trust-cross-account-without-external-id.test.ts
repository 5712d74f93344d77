import { dedent, ruleTester, jsonPolicy, span } from '../rule-tester.js';

const trust = (principal: string, condition = ''): string =>
  dedent(`
    Resources:
      Role:
        Type: AWS::IAM::Role
        Properties:
          AssumeRolePolicyDocument:
            Statement:
              - Effect: Allow
                Principal:
                  AWS: ${principal}
                Action: sts:AssumeRole${condition}
  `);

ruleTester('trust-cross-account-without-external-id', {
  valid: [
    { name: 'the own account through AWS::AccountId', code: trust("!Sub 'arn:aws:iam::${AWS::AccountId}:root'") },
    {
      name: 'another account with an external id',
      code: trust(
        'arn:aws:iam::111122223333:root',
        "\n                Condition:\n                  StringEquals: { 'sts:ExternalId': abc }",
      ),
    },
    {
      name: 'the account given as AWS::AccountId is the own account',
      code: trust('arn:aws:iam::111122223333:root'),
      parameters: { 'AWS::AccountId': '111122223333' },
    },
    { name: 'a principal that cannot be resolved', code: trust('!ImportValue trusted-role') },
  ],
  invalid: [
    {
      name: 'another account root',
      code: trust('arn:aws:iam::111122223333:root'),
      errors: [{ line: 9, column: 20, endLine: 9, endColumn: 50, severity: 'high', message: /111122223333/ }],
    },
    {
      name: 'a bare account id in a list',
      code: trust("\n                    - '444455556666'"),
      errors: [{ line: 10, column: 19, endLine: 10, endColumn: 33 }],
    },
    {
      name: 'a condition on something else does not count',
      code: trust(
        'arn:aws:iam::111122223333:role/vendor',
        '\n                Condition:\n                  Bool: { aws:SecureTransport: true }',
      ),
      errors: [{ line: 9, column: 20, endLine: 9, endColumn: 57 }],
    },
  ],
});

// sts:ExternalId under IfExists is true when the caller passes none (issue 22).
const vendor = (condition: object) =>
  jsonPolicy({
    Effect: 'Allow',
    Principal: { AWS: 'arn:aws:iam::444455556666:root' },
    Action: 'sts:AssumeRole',
    Condition: condition,
  });
const ifExists = vendor({ StringEqualsIfExists: { 'sts:ExternalId': 'agreed' } });
ruleTester('trust-cross-account-without-external-id', {
  valid: [
    {
      name: 'StringEquals sts:ExternalId',
      file: 'trust.json',
      code: vendor({ StringEquals: { 'sts:ExternalId': 'agreed' } }),
    },
  ],
  invalid: [
    {
      name: 'StringEqualsIfExists sts:ExternalId protects nothing',
      file: 'trust.json',
      code: ifExists,
      errors: [{ ...span(ifExists, 2, '"arn:aws:iam::444455556666:root"'), severity: 'high' }],
    },
  ],
});
