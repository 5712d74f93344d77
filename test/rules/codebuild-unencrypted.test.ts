import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('codebuild-unencrypted', {
  valid: [
    {
      name: 'artifacts encrypted (the default), and NO_ARTIFACTS with the flag',
      code: dedent(`
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              Artifacts: {Type: NO_ARTIFACTS, EncryptionDisabled: true}
              SecondaryArtifacts:
                - {Type: S3, Location: bucket, ArtifactIdentifier: two}
      `),
    },
    {
      name: 'a pipeline stage: CodePipeline stores (and encrypts) the output, so the flag does nothing',
      code: dedent(`
        Resources:
          PipelineBuild:
            Type: AWS::CodeBuild::Project
            Properties:
              Artifacts:
                Type: CODEPIPELINE
                EncryptionDisabled: true
              Source: {Type: CODEPIPELINE}
      `),
    },
  ],
  invalid: [
    {
      name: 'artifacts, a secondary artifact and the S3 logs with encryption off',
      code: dedent(`
        Resources:
          Build:
            Type: AWS::CodeBuild::Project
            Properties:
              Artifacts:
                Type: S3
                EncryptionDisabled: true
              SecondaryArtifacts:
                - {Type: S3, EncryptionDisabled: "true"}
              LogsConfig:
                S3Logs: {Status: ENABLED, Location: logs, EncryptionDisabled: true}
      `),
      errors: [
        { line: 7, column: 29, endLine: 7, endColumn: 33, severity: 'medium', message: /build artifacts/ },
        { line: 9, column: 42, endLine: 9, endColumn: 48, message: /secondary artifacts/ },
        { line: 11, column: 71, endLine: 11, endColumn: 75, message: /S3 build logs/ },
      ],
    },
  ],
});
