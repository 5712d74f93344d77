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
  ],
  invalid: [
    {
      name: 'a volume without Encrypted',
      code: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Size: 10\n',
      errors: [{ line: 2, severity: 'high' }],
    },
    {
      name: 'a volume with Encrypted: false',
      code: 'Resources:\n  V:\n    Type: AWS::EC2::Volume\n    Properties:\n      Encrypted: false\n',
      errors: [{ line: 5, column: 18 }],
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
      errors: [{ line: 7, message: /launch template/ }],
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
      errors: [{ line: 8 }],
    },
  ],
});
