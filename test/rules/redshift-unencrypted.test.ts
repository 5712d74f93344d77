import { dedent, ruleTester } from '../rule-tester.js';

const cluster = (extra: string) =>
  dedent(`
    Resources:
      Warehouse:
        Type: AWS::Redshift::Cluster
        Properties:
          NodeType: ra3.xlplus
          ${extra}
  `);

ruleTester('redshift-unencrypted', {
  valid: [
    { name: 'encrypted', code: cluster('Encrypted: true') },
    {
      name: 'encrypted through a parameter',
      code: `Parameters:\n  Enc: {Type: String, Default: "true"}\n${cluster('Encrypted: !Ref Enc')}`,
    },
    {
      name: 'unresolvable (never guessed)',
      code: `Parameters:\n  Enc: {Type: String}\n${cluster('Encrypted: !Ref Enc')}`,
    },
  ],
  invalid: [
    {
      name: 'Encrypted not set',
      code: cluster('DBName: analytics'),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 12,
          severity: 'high',
          resource: 'Warehouse',
          message: /Encrypted is not set/,
        },
      ],
    },
    {
      name: 'Encrypted: false, at the value',
      code: cluster('Encrypted: false'),
      errors: [{ line: 6, column: 18, endLine: 6, endColumn: 23, message: /Encrypted is false/ }],
    },
  ],
});
