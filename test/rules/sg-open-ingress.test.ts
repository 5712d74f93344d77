import { ruleTester } from '../rule-tester.js';
import { rule, sg } from './sg-rules.js';

ruleTester('sg-open-ingress', {
  valid: [
    { name: 'a private CIDR', code: sg(rule('tcp', '8080', '8080', '10.0.0.0/8')) },
    { name: 'SSH from anywhere (sg-open-admin-port reports it)', code: sg(rule('tcp', '22', '22', '0.0.0.0/0')) },
  ],
  invalid: [
    {
      name: 'another port from anywhere is medium',
      code: sg(rule('tcp', '8080', '8080', '0.0.0.0/0')),
      errors: [{ line: 10, severity: 'medium' }],
    },
    {
      name: 'HTTPS from anywhere is info',
      code: sg(rule('tcp', '443', '443', '0.0.0.0/0')),
      errors: [{ line: 10, severity: 'info' }],
    },
    {
      name: 'ICMP from anywhere',
      code: sg(rule('icmp', '-1', '-1', '0.0.0.0/0')),
      errors: [{ line: 10, severity: 'medium', message: /a protocol without ports/ }],
    },
  ],
});
