import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('emr-unencrypted', {
  valid: [
    {
      name: 'at-rest encryption on, as a mapping; a cluster that names it',
      code: dedent(`
        Resources:
          Config:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration:
                EncryptionConfiguration:
                  EnableAtRestEncryption: true
                  EnableInTransitEncryption: false
          Cluster:
            Type: AWS::EMR::Cluster
            Properties:
              SecurityConfiguration: !Ref Config
      `),
    },
    {
      name: 'in-transit encryption on, as a JSON string',
      code: dedent(`
        Resources:
          Config:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration: '{"EncryptionConfiguration": {"EnableInTransitEncryption": true}}'
      `),
    },
  ],
  invalid: [
    {
      name: 'neither on: at EncryptionConfiguration',
      code: dedent(`
        Resources:
          Config:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration:
                EncryptionConfiguration:
                  EnableAtRestEncryption: false
      `),
      errors: [{ line: 6, column: 9, severity: 'medium', message: /neither at-rest nor in-transit/ }],
    },
    {
      name: 'a JSON string with neither on, and a cluster with no security configuration',
      code: dedent(`
        Resources:
          Config:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration: '{"EncryptionConfiguration": {"EnableAtRestEncryption": false}}'
          Cluster:
            Type: AWS::EMR::Cluster
            Properties:
              ReleaseLabel: emr-7.0.0
      `),
      errors: [
        { line: 5, column: 30 },
        { line: 6, column: 3, message: /names no SecurityConfiguration/ },
      ],
    },
  ],
});
