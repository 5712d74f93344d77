import { dedent, ruleTester } from '../rule-tester.js';

const pool = (value: string): string =>
  dedent(`
    Resources:
      IdentityPool:
        Type: AWS::Cognito::IdentityPool
        Properties:
          AllowUnauthenticatedIdentities: ${value}
  `);

ruleTester('cognito-unauthenticated-access', {
  valid: [
    { name: 'false', code: pool('false') },
    {
      name: 'a value that cannot be resolved',
      code: dedent(`
        Parameters:
          Guests:
            Type: String
            AllowedValues: ['true', 'false']
        Resources:
          IdentityPool:
            Type: AWS::Cognito::IdentityPool
            Properties:
              AllowUnauthenticatedIdentities: !Ref Guests
      `),
    },
  ],
  invalid: [
    {
      name: 'true',
      code: pool('true'),
      errors: [{ line: 5, column: 39, endLine: 5, endColumn: 43, severity: 'medium', resource: 'IdentityPool' }],
    },
    {
      name: 'the string "true" in JSON',
      file: 't.json',
      code: '{"Resources": {"P": {"Type": "AWS::Cognito::IdentityPool",\n "Properties": {"AllowUnauthenticatedIdentities": "true"}}}}\n',
      errors: [{ line: 2, column: 51, endLine: 2, endColumn: 57 }],
    },
  ],
});
