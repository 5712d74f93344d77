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
  ],
  invalid: [
    {
      name: 'an instance without StorageEncrypted',
      code: r('AWS::RDS::DBInstance', '      DBInstanceClass: db.t4g.micro\n'),
      errors: [{ line: 2, severity: 'high', message: /not set/ }],
    },
    {
      name: 'a cluster with StorageEncrypted: false',
      code: r('AWS::RDS::DBCluster', '      StorageEncrypted: false\n'),
      errors: [{ line: 6, column: 25 }],
    },
  ],
});
