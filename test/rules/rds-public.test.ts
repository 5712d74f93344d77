import { ruleTester } from '../rule-tester.js';

const db = (props: string) =>
  `Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n${props}`;

ruleTester('rds-public', {
  valid: [
    {
      name: 'not public, in a subnet group',
      code: db('      PubliclyAccessible: false\n      DBSubnetGroupName: private\n'),
    },
    { name: 'absent flag but a private subnet group', code: db('      DBSubnetGroupName: private\n') },
    { name: 'an Aurora instance follows its cluster', code: db('      DBClusterIdentifier: cluster\n') },
  ],
  invalid: [
    {
      name: 'PubliclyAccessible: true',
      code: db('      PubliclyAccessible: true\n      DBSubnetGroupName: public\n'),
      errors: [{ line: 6, column: 27, endLine: 6, endColumn: 31, severity: 'high' }],
    },
    {
      name: 'neither flag nor subnet group: public in the default VPC',
      code: db('      DBInstanceClass: db.t4g.micro\n'),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 5, message: /default VPC/ }],
    },
  ],
});
