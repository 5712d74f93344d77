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
  ],
  invalid: [
    {
      name: 'PostgreSQL with no setting',
      code: instance('postgres'),
      errors: [{ line: 2, column: 3, severity: 'low', resource: 'Database', message: /postgres/ }],
    },
    {
      name: 'MySQL with false',
      code: instance('mysql', '          EnableIAMDatabaseAuthentication: false'),
      errors: [{ line: 7, column: 40, message: /is false/ }],
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
      errors: [{ line: 2, column: 3, resource: 'Cluster' }],
    },
  ],
});
