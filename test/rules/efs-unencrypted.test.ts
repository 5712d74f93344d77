import { ruleTester } from '../rule-tester.js';

ruleTester('efs-unencrypted', {
  valid: [
    {
      name: 'encrypted',
      code: 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: true\n',
    },
  ],
  invalid: [
    {
      name: 'not set',
      code: 'Resources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 5, severity: 'high' }],
    },
    {
      name: 'false behind a parameter default',
      code: 'Parameters:\n  Enc: {Type: String, Default: "false"}\nResources:\n  Fs:\n    Type: AWS::EFS::FileSystem\n    Properties:\n      Encrypted: !Ref Enc\n',
      errors: [{ line: 7, column: 18, endLine: 7, endColumn: 26 }],
    },
  ],
});
