import { ruleTester } from '../rule-tester.js';

const VPC = 'Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties:\n      CidrBlock: 10.0.0.0/16\n';

ruleTester('vpc-no-flow-logs', {
  valid: [
    {
      name: 'a flow log by Ref',
      code: `${VPC}  Log:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceType: VPC\n      ResourceId: !Ref Vpc\n      TrafficType: ALL\n`,
    },
    {
      name: 'a flow log through ResourceIds',
      code: `${VPC}  Log:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceType: VPC\n      ResourceIds: [!Ref Vpc]\n      TrafficType: REJECT\n`,
    },
  ],
  invalid: [
    { name: 'no flow log', code: VPC, errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, severity: 'medium' }] },
    {
      name: 'a flow log for another VPC',
      code: `${VPC}  Log:\n    Type: AWS::EC2::FlowLog\n    Properties:\n      ResourceType: VPC\n      ResourceId: vpc-other\n`,
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6 }],
    },
  ],
});
