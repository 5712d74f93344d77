import { ruleTester } from '../rule-tester.js';
import { rule, sg } from './sg-rules.js';

ruleTester('sg-open-admin-port', {
  valid: [
    { name: 'SSH from an office range', code: sg(rule('tcp', '22', '22', '203.0.113.0/24')) },
    { name: 'HTTPS from anywhere', code: sg(rule('tcp', '443', '443', '0.0.0.0/0')) },
    { name: 'UDP 22 (not SSH)', code: sg(rule('udp', '22', '22', '0.0.0.0/0')) },
    { name: 'an inverted range opens nothing', code: sg(rule('tcp', '23', '21', '0.0.0.0/0')) },
  ],
  invalid: [
    {
      name: 'SSH from 0.0.0.0/0',
      code: sg(rule('tcp', '22', '22', '0.0.0.0/0')),
      errors: [{ line: 10, column: 19, endLine: 10, endColumn: 28, severity: 'critical', message: /SSH \(22\)/ }],
    },
    {
      name: 'RDP in a range, IPv6, protocol 6',
      code: sg(rule('6', '3000', '4000', "'::/0'", 'CidrIpv6')),
      errors: [{ line: 10, column: 21, endLine: 10, endColumn: 27, message: /RDP \(3389\)/ }],
    },
    {
      name: 'all protocols',
      code: sg(rule('-1', null, null, '0.0.0.0/0')),
      errors: [{ line: 8, column: 19, endLine: 8, endColumn: 28, message: /SSH \(22\) and RDP \(3389\)/ }],
    },
    {
      name: 'a standalone ingress whose CIDR is a parameter default',
      code: 'Parameters:\n  Cidr: {Type: String, Default: 0.0.0.0/0}\nResources:\n  In:\n    Type: AWS::EC2::SecurityGroupIngress\n    Properties:\n      GroupId: sg-1\n      IpProtocol: tcp\n      FromPort: 22\n      ToPort: 22\n      CidrIp: !Ref Cidr\n',
      errors: [{ line: 11, column: 15, endLine: 11, endColumn: 24, resource: 'In' }],
    },
    {
      name: 'a long-form IPv6 /0',
      code: sg(rule('tcp', '22', '22', "'0000:0000:0000:0000:0000:0000:0000:0000/0'", 'CidrIpv6')),
      errors: [{ line: 10, column: 21, endLine: 10, endColumn: 64 }],
    },
    {
      name: 'a GameLift fleet inbound permission opening SSH to the world',
      code: 'Resources:\n  Fleet:\n    Type: AWS::GameLift::Fleet\n    Properties:\n      EC2InboundPermissions:\n        - {FromPort: 22, ToPort: 22, IpRange: 0.0.0.0/0, Protocol: TCP}\n',
      errors: [{ line: 6, column: 47, endLine: 6, endColumn: 56, resource: 'Fleet' }],
    },
  ],
});
