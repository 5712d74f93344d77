import { dedent, ruleTester } from '../rule-tester.js';
import { rule, sg } from './sg-rules.js';

const fleet = (from: string, to: string, range: string, protocol = 'UDP'): string =>
  dedent(`
    Resources:
      GameFleet:
        Type: AWS::GameLift::Fleet
        Properties:
          Name: match
          EC2InstanceType: c5.large
          EC2InboundPermissions:
            - FromPort: ${from}
              ToPort: ${to}
              IpRange: ${range}
              Protocol: ${protocol}
  `);

ruleTester('sg-open-ingress', {
  valid: [
    { name: 'a private CIDR', code: sg(rule('tcp', '8080', '8080', '10.0.0.0/8')) },
    { name: 'SSH from anywhere (sg-open-admin-port reports it)', code: sg(rule('tcp', '22', '22', '0.0.0.0/0')) },
    { name: 'a GameLift fleet open to one network', code: fleet('7777', '7780', '203.0.113.0/24') },
    {
      name: 'a GameLift fleet with SSH open (sg-open-admin-port reports it)',
      code: fleet('22', '22', '0.0.0.0/0', 'TCP'),
    },
  ],
  invalid: [
    {
      name: 'another port from anywhere is medium',
      code: sg(rule('tcp', '8080', '8080', '0.0.0.0/0')),
      errors: [{ line: 10, column: 19, endLine: 10, endColumn: 28, severity: 'medium' }],
    },
    {
      name: 'HTTPS from anywhere is info',
      code: sg(rule('tcp', '443', '443', '0.0.0.0/0')),
      errors: [{ line: 10, column: 19, endLine: 10, endColumn: 28, severity: 'info' }],
    },
    {
      name: 'ICMP from anywhere',
      code: sg(rule('icmp', '-1', '-1', '0.0.0.0/0')),
      errors: [
        { line: 10, column: 19, endLine: 10, endColumn: 28, severity: 'medium', message: /a protocol without ports/ },
      ],
    },
    {
      name: 'GameLift fleet game ports open to the internet',
      code: fleet('7777', '7780', '0.0.0.0/0'),
      errors: [
        {
          line: 10,
          column: 20,
          endLine: 10,
          endColumn: 29,
          severity: 'medium',
          resource: 'GameFleet',
          message: /ports 7777-7780/,
        },
      ],
    },
  ],
});
