import { ruleTester } from '../rule-tester.js';

const entry = (props: string) =>
  `Resources:\n  E:\n    Type: AWS::EC2::NetworkAclEntry\n    Properties:\n      NetworkAclId: acl-1\n      RuleNumber: 100\n${props}`;

ruleTester('nacl-allow-all', {
  valid: [
    {
      name: 'TCP 443 from anywhere',
      code: entry(
        '      Protocol: 6\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n      PortRange: {From: 443, To: 443}\n',
      ),
    },
    { name: 'deny all', code: entry('      Protocol: -1\n      RuleAction: deny\n      CidrBlock: 0.0.0.0/0\n') },
    {
      name: 'egress',
      code: entry('      Protocol: -1\n      RuleAction: allow\n      Egress: true\n      CidrBlock: 0.0.0.0/0\n'),
    },
  ],
  invalid: [
    {
      name: 'all protocols allowed from anywhere',
      code: entry('      Protocol: -1\n      RuleAction: allow\n      CidrBlock: 0.0.0.0/0\n'),
      errors: [{ line: 9, column: 18, endLine: 9, endColumn: 27, severity: 'medium' }],
    },
  ],
});
