import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('dlm-copy-unencrypted', {
  valid: [
    {
      name: 'an encrypted cross-region copy',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              PolicyDetails:
                Schedules:
                  - CrossRegionCopyRules:
                      - {TargetRegion: eu-west-1, Encrypted: true}
      `),
    },
  ],
  invalid: [
    {
      name: 'a schedule copy and an event-based copy with encryption off',
      code: dedent(`
        Resources:
          Policy:
            Type: AWS::DLM::LifecyclePolicy
            Properties:
              PolicyDetails:
                Schedules:
                  - CrossRegionCopyRules:
                      - TargetRegion: eu-west-1
                        Encrypted: false
                Actions:
                  - CrossRegionCopy:
                      - EncryptionConfiguration: {Encrypted: false}
      `),
      errors: [
        { line: 9, column: 28, endLine: 9, endColumn: 33, severity: 'medium', message: /without encryption/ },
        { line: 12, column: 54, endLine: 12, endColumn: 59 },
      ],
    },
  ],
});
