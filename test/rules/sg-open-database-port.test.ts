import { ruleTester } from '../rule-tester.js';
import { rule, sg } from './sg-rules.js';

ruleTester('sg-open-database-port', {
  valid: [
    { name: 'PostgreSQL from the VPC', code: sg(rule('tcp', '5432', '5432', '10.0.0.0/8')) },
    { name: 'HTTPS from anywhere', code: sg(rule('tcp', '443', '443', '0.0.0.0/0')) },
    { name: 'all ports from the VPC over IPv6', code: sg(rule('-1', null, null, 'fd00::/8', 'CidrIpv6')) },
  ],
  invalid: [
    {
      name: 'MySQL from anywhere',
      code: sg(rule('tcp', '3306', '3306', '0.0.0.0/0')),
      errors: [{ line: 10, column: 19, endLine: 10, endColumn: 28, severity: 'high', message: /3306/ }],
    },
    {
      name: 'a range covering Redis',
      code: sg(rule('tcp', '6000', '7000', '0.0.0.0/0')),
      errors: [{ line: 10, column: 19, endLine: 10, endColumn: 28, message: /6379/ }],
    },
    {
      // All protocols cover every database port, as they cover SSH for sg-open-admin-port.
      name: 'all protocols from anywhere over IPv4',
      code: sg(rule('-1', null, null, '0.0.0.0/0')),
      errors: [{ line: 8, column: 19, endLine: 8, endColumn: 28, message: /all protocols and ports/ }],
    },
    {
      name: 'every TCP port to ::/0',
      code: sg(rule('tcp', '0', '65535', '::/0', 'CidrIpv6')),
      errors: [
        { line: 10, column: 21, endLine: 10, endColumn: 25, message: /1433, 1521, 2483, 2484 and \d+ more from ::\/0/ },
      ],
    },
  ],
});
