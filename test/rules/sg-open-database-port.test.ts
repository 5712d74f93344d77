import { ruleTester } from '../rule-tester.js';
import { rule, sg } from './sg-rules.js';

ruleTester('sg-open-database-port', {
  valid: [
    { name: 'PostgreSQL from the VPC', code: sg(rule('tcp', '5432', '5432', '10.0.0.0/8')) },
    { name: 'all ports (sg-open-all-ports reports it)', code: sg(rule('-1', null, null, '0.0.0.0/0')) },
  ],
  invalid: [
    {
      name: 'MySQL from anywhere',
      code: sg(rule('tcp', '3306', '3306', '0.0.0.0/0')),
      errors: [{ line: 10, severity: 'high', message: /3306/ }],
    },
    {
      name: 'a range covering Redis',
      code: sg(rule('tcp', '6000', '7000', '0.0.0.0/0')),
      errors: [{ line: 10, message: /6379/ }],
    },
  ],
});
