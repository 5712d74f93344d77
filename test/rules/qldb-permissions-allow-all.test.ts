import { dedent, ruleTester } from '../rule-tester.js';

const ledger = (mode: string): string =>
  dedent(`
    Resources:
      Ledger:
        Type: AWS::QLDB::Ledger
        Properties:
          PermissionsMode: ${mode}
  `);

ruleTester('qldb-permissions-allow-all', {
  valid: [
    { name: 'STANDARD', code: ledger('STANDARD') },
    {
      name: 'a mode from a parameter without a default',
      code: dedent(`
        Parameters:
          Mode:
            Type: String
        Resources:
          Ledger:
            Type: AWS::QLDB::Ledger
            Properties:
              PermissionsMode: !Ref Mode
      `),
    },
  ],
  invalid: [
    {
      name: 'ALLOW_ALL',
      code: ledger('ALLOW_ALL'),
      errors: [
        {
          line: 5,
          column: 24,
          endLine: 5,
          endColumn: 33,
          severity: 'medium',
          resource: 'Ledger',
          message: /ALLOW_ALL/,
        },
      ],
    },
  ],
});
