import { dedent, ruleTester } from '../rule-tester.js';

const instance = (engine: string, line = ''): string =>
  dedent(`
    Resources:
      Database:
        Type: AWS::RDS::DBInstance
        Properties:
          DBInstanceClass: db.t4g.micro
          Engine: ${engine}
${line}
  `);

ruleTester('db-iam-auth-disabled', {
  valid: [
    {
      name: 'MySQL with IAM authentication',
      code: instance('mysql', '          EnableIAMDatabaseAuthentication: true'),
    },
    { name: 'an engine without IAM authentication (SQL Server)', code: instance('sqlserver-ex') },
    {
      name: 'an Aurora instance (its cluster decides)',
      code: dedent(`
        Resources:
          Writer:
            Type: AWS::RDS::DBInstance
            Properties:
              DBInstanceClass: db.r6g.large
              Engine: aurora-postgresql
              DBClusterIdentifier: !Ref Cluster
      `),
    },
    {
      // Aurora: "Not applicable. Mapping AWS IAM accounts to database accounts is managed by the DB cluster."
      name: 'an Aurora instance written without its cluster',
      code: instance('aurora-mysql'),
    },
    {
      name: 'a Neptune cluster with IAM authentication',
      code: dedent(`
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              IamAuthEnabled: true
      `),
    },
  ],
  invalid: [
    {
      name: 'a Neptune cluster without IAM authentication, and one with it off',
      code: dedent(`
        Resources:
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties:
              StorageEncrypted: true
          Other:
            Type: AWS::Neptune::DBCluster
            Properties:
              IamAuthEnabled: false
      `),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 8,
          resource: 'Graph',
          message: /Neptune.*IamAuthEnabled is not set/,
        },
        { line: 9, column: 23, endLine: 9, endColumn: 28, resource: 'Other', message: /IamAuthEnabled is false/ },
      ],
    },
    {
      name: 'PostgreSQL with no setting',
      code: instance('postgres'),
      errors: [
        { line: 2, column: 3, endLine: 2, endColumn: 11, severity: 'low', resource: 'Database', message: /postgres/ },
      ],
    },
    {
      name: 'MySQL with false',
      code: instance('mysql', '          EnableIAMDatabaseAuthentication: false'),
      errors: [{ line: 7, column: 40, endLine: 7, endColumn: 45, message: /is false/ }],
    },
    {
      name: 'an Aurora MySQL cluster',
      code: dedent(`
        Resources:
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties:
              Engine: aurora-mysql
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 10, resource: 'Cluster' }],
    },
  ],
});
