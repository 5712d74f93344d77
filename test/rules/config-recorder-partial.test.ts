import { ruleTester } from '../rule-tester.js';

const recorder = (group: string) =>
  `Resources:\n  Rec:\n    Type: AWS::Config::ConfigurationRecorder\n    Properties:\n      RoleARN: arn:aws:iam::123456789012:role/config\n${group}`;

ruleTester('config-recorder-partial', {
  valid: [
    {
      name: 'everything, global included',
      code: recorder('      RecordingGroup:\n        AllSupported: true\n        IncludeGlobalResourceTypes: true\n'),
    },
  ],
  invalid: [
    {
      name: 'no recording group (global types are off by default)',
      code: recorder(''),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 6, severity: 'medium', message: /global resource types/ }],
    },
    {
      name: 'a list of types',
      code: recorder(
        '      RecordingGroup:\n        AllSupported: false\n        ResourceTypes: [AWS::EC2::Instance]\n',
      ),
      errors: [
        {
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 21,
          message: /^Rec records only the 1 resource type it lists, not all supported resource types\.$/,
        },
      ],
    },
  ],
});
