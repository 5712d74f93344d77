import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('workspaces-unencrypted', {
  valid: [
    {
      name: 'both volumes encrypted',
      code: dedent(`
        Resources:
          Desk:
            Type: AWS::WorkSpaces::Workspace
            Properties:
              RootVolumeEncryptionEnabled: true
              UserVolumeEncryptionEnabled: true
      `),
    },
  ],
  invalid: [
    {
      name: 'the root volume off, the user volume not set: two findings',
      code: dedent(`
        Resources:
          Desk:
            Type: AWS::WorkSpaces::Workspace
            Properties:
              RootVolumeEncryptionEnabled: false
      `),
      errors: [
        { line: 2, column: 3, endLine: 2, endColumn: 7, message: /user volume/ },
        { line: 5, column: 36, endLine: 5, endColumn: 41, message: /root volume .*is false/ },
      ],
    },
  ],
});
