import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('ebs-unencrypted', {
  valid: [
    {
      name: 'an encrypted volume',
      code: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10\n      Encrypted: true\n',
    },
    {
      name: 'a volume restored from a snapshot inherits its encryption',
      code: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      SnapshotId: snap-1\n',
    },
    {
      name: 'an instance with an encrypted root device',
      code: dedent(`
        Resources:
          Vm:
            Type: AWS::EC2::Instance
            Properties:
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs: { VolumeSize: 20, Encrypted: true }
      `),
    },
    {
      name: 'an EC2 Fleet override that leaves Encrypted to its launch template',
      code: dedent(`
        Resources:
          Fleet:
            Type: AWS::EC2::EC2Fleet
            Properties:
              TargetCapacitySpecification: { TotalTargetCapacity: 2 }
              LaunchTemplateConfigs:
                - LaunchTemplateSpecification: { LaunchTemplateId: lt-0a1b, Version: '1' }
                  Overrides:
                    - InstanceType: m6i.large
                      BlockDeviceMappings:
                        - { DeviceName: /dev/xvda, Ebs: { VolumeSize: 50 } }
      `),
    },
  ],
  invalid: [
    {
      name: 'a Spot Fleet launch specification with an unencrypted volume, and an EC2 Fleet override turning encryption off',
      code: dedent(`
        Resources:
          Spot:
            Type: AWS::EC2::SpotFleet
            Properties:
              SpotFleetRequestConfigData:
                IamFleetRole: arn:aws:iam::111122223333:role/fleet
                TargetCapacity: 2
                LaunchSpecifications:
                  - ImageId: ami-0a1b2c3d
                    InstanceType: c6g.large
                    BlockDeviceMappings:
                      - DeviceName: /dev/xvda
                        Ebs: { VolumeSize: 30 }
          Fleet:
            Type: AWS::EC2::EC2Fleet
            Properties:
              TargetCapacitySpecification: { TotalTargetCapacity: 2 }
              LaunchTemplateConfigs:
                - LaunchTemplateSpecification: { LaunchTemplateId: lt-0a1b, Version: '1' }
                  Overrides:
                    - BlockDeviceMappings:
                        - { DeviceName: /dev/xvdb, Ebs: { Encrypted: false } }
      `),
      errors: [
        {
          line: 12,
          column: 17,
          endLine: 13,
          endColumn: 40,
          severity: 'high',
          resource: 'Spot',
          message: /^Spot: a block device of the Spot Fleet is not encrypted\.$/,
        },
        { line: 22, column: 62, endLine: 22, endColumn: 67, resource: 'Fleet', message: /EC2 Fleet is not encrypted/ },
      ],
    },
    {
      name: 'a volume without Encrypted',
      code: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 4, severity: 'high' }],
    },
    {
      name: 'a volume with Encrypted: false',
      code: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: false\n',
      errors: [{ line: 5, column: 18, endLine: 5, endColumn: 23 }],
    },
    {
      name: 'a launch template device',
      code: dedent(`
        Resources:
          Lt:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                BlockDeviceMappings:
                  - DeviceName: /dev/xvda
                    Ebs:
                      VolumeSize: 20
      `),
      errors: [{ line: 7, column: 13, endLine: 9, endColumn: 29, message: /launch template/ }],
    },
    {
      name: 'a launch configuration device with Encrypted: false',
      code: dedent(`
        Resources:
          Lc:
            Type: AWS::AutoScaling::LaunchConfiguration
            Properties:
              BlockDeviceMappings:
                - DeviceName: /dev/xvda
                  Ebs:
                    Encrypted: false
      `),
      errors: [{ line: 8, column: 24, endLine: 8, endColumn: 29 }],
    },
  ],
});
