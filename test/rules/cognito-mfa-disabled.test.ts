import { dedent, ruleTester } from '../rule-tester.js';

const pool = (line: string): string =>
  dedent(`
    Resources:
      UserPool:
        Type: AWS::Cognito::UserPool
        Properties:
          UserPoolName: customers
${line}
  `);

ruleTester('cognito-mfa-disabled', {
  valid: [
    { name: 'ON', code: pool('          MfaConfiguration: "ON"\n          EnabledMfas: [SOFTWARE_TOKEN_MFA]') },
    { name: 'OPTIONAL', code: pool('          MfaConfiguration: OPTIONAL') },
  ],
  invalid: [
    {
      name: 'OFF',
      code: pool('          MfaConfiguration: "OFF"'),
      errors: [
        { line: 6, column: 25, endLine: 6, endColumn: 30, severity: 'medium', resource: 'UserPool', message: /`OFF`/ },
      ],
    },
    {
      name: 'not set (the default is OFF)',
      code: pool(''),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 11, message: /not set/ }],
    },
  ],
});
