import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('ec2-public-ip', {
  valid: [
    {
      name: 'no network interfaces (the subnet decides; subnet-auto-public-ip reports that)',
      code: dedent(`
        Resources:
          Instance:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
      `),
    },
    {
      name: 'AssociatePublicIpAddress false',
      code: dedent(`
        Resources:
          Instance:
            Type: AWS::EC2::Instance
            Properties:
              NetworkInterfaces:
                - DeviceIndex: '0'
                  AssociatePublicIpAddress: false
                  SubnetId: subnet-1
      `),
    },
    {
      name: 'an existing interface attached by NetworkInterfaceId keeps its own addresses',
      code: dedent(`
        Resources:
          Eni:
            Type: AWS::EC2::NetworkInterface
            Properties: { SubnetId: subnet-9 }
          Nat:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-0a0b0c0d
              NetworkInterfaces:
                - NetworkInterfaceId: !Ref Eni
                  DeviceIndex: '0'
                  AssociatePublicIpAddress: true
      `),
    },
  ],
  invalid: [
    {
      name: 'an instance interface',
      code: dedent(`
        Resources:
          Instance:
            Type: AWS::EC2::Instance
            Properties:
              NetworkInterfaces:
                - DeviceIndex: '0'
                  AssociatePublicIpAddress: true
                  SubnetId: subnet-1
      `),
      errors: [
        {
          line: 7,
          column: 37,
          endLine: 7,
          endColumn: 41,
          severity: 'low',
          resource: 'Instance',
          message: /interface 0/,
        },
      ],
    },
    {
      name: 'a launch template interface',
      code: dedent(`
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                NetworkInterfaces:
                  - DeviceIndex: 0
                  - DeviceIndex: 1
                    AssociatePublicIpAddress: 'true'
      `),
      errors: [{ line: 9, column: 39, endLine: 9, endColumn: 45, resource: 'Template', message: /interface 1/ }],
    },
  ],
});
