import { ruleTester } from '../rule-tester.js';

const subnet = (v: string) =>
  `Resources:\n  S:\n    Type: AWS::EC2::Subnet\n    Properties:\n      VpcId: vpc-1\n      CidrBlock: 10.0.0.0/24\n      MapPublicIpOnLaunch: ${v}\n`;

ruleTester('subnet-auto-public-ip', {
  valid: [{ name: 'false', code: subnet('false') }],
  invalid: [
    {
      name: 'true',
      code: subnet('true'),
      errors: [{ line: 7, column: 28, endLine: 7, endColumn: 32, severity: 'low' }],
    },
  ],
});
