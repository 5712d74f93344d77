import { ruleTester } from '../rule-tester.js';

const r = (type: string, props: string) =>
  `Resources:\n  Db:\n    Type: ${type}\n    Properties:\n      Engine: postgres\n${props}`;

ruleTester('rds-unencrypted', {
  valid: [
    { name: 'an encrypted instance', code: r('AWS::RDS::DBInstance', '      StorageEncrypted: true\n') },
    {
      name: 'an Aurora instance (its cluster decides)',
      code: r('AWS::RDS::DBInstance', '      DBClusterIdentifier: !Ref Cluster\n'),
    },
    { name: 'a read replica inherits', code: r('AWS::RDS::DBInstance', '      SourceDBInstanceIdentifier: primary\n') },
    { name: 'an encrypted Neptune cluster', code: r('AWS::Neptune::DBCluster', '      StorageEncrypted: true\n') },
    {
      name: 'a Neptune instance (a cluster member)',
      code: r('AWS::Neptune::DBInstance', '      DBInstanceClass: db.r6g.large\n'),
    },
    {
      name: 'a DocumentDB instance (a cluster member)',
      code: r('AWS::DocDB::DBInstance', '      DBInstanceClass: db.r6g.large\n'),
    },
    {
      name: 'a DocumentDB cluster restored from a snapshot inherits',
      code: r('AWS::DocDB::DBCluster', '      SnapshotIdentifier: snap-1\n'),
    },
    {
      name: 'an Aurora cross-region replica cluster inherits',
      code: r(
        'AWS::RDS::DBCluster',
        '      ReplicationSourceIdentifier: arn:aws:rds:eu-west-1:123456789012:cluster:src\n',
      ),
    },
  ],
  invalid: [
    {
      name: 'an instance without StorageEncrypted',
      code: r('AWS::RDS::DBInstance', '      DBInstanceClass: db.t4g.micro\n'),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 5, severity: 'high', message: /not set/ }],
    },
    {
      name: 'a cluster with StorageEncrypted: false',
      code: r('AWS::RDS::DBCluster', '      StorageEncrypted: false\n'),
      errors: [{ line: 6, column: 25, endLine: 6, endColumn: 30 }],
    },
    {
      name: 'a Neptune cluster without StorageEncrypted',
      code: r('AWS::Neptune::DBCluster', '      DBClusterIdentifier: graph\n'),
      errors: [
        { line: 2, column: 3, endLine: 2, endColumn: 5, resource: 'Db', message: /StorageEncrypted is not set/ },
      ],
    },
    {
      name: 'a DocumentDB cluster with StorageEncrypted: false',
      code: r('AWS::DocDB::DBCluster', '      StorageEncrypted: "false"\n'),
      errors: [{ line: 6, column: 25, endLine: 6, endColumn: 32, message: /StorageEncrypted is false/ }],
    },
  ],
});
