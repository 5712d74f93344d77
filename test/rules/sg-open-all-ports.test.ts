import { ruleTester } from '../rule-tester.js';
import { rule, sg } from './sg-rules.js';

ruleTester('sg-open-all-ports', {
  valid: [
    { name: 'all traffic from inside the VPC', code: sg(rule('-1', null, null, '10.0.0.0/16')) },
    { name: 'one port from anywhere', code: sg(rule('tcp', '443', '443', '0.0.0.0/0')) },
  ],
  invalid: [
    {
      name: 'protocol -1 from anywhere',
      code: sg(rule('-1', null, null, '0.0.0.0/0')),
      errors: [{ line: 8, column: 19, endLine: 8, endColumn: 28, severity: 'critical' }],
    },
    {
      name: 'TCP 0-65535 from anywhere',
      code: sg(rule('tcp', '0', '65535', "'::/0'", 'CidrIpv6')),
      errors: [{ line: 10, column: 21, endLine: 10, endColumn: 27 }],
    },
  ],
});
