import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('kms-cmk-not-used', {
  valid: [
    {
      name: 'customer managed keys; a function without environment variables',
      code: dedent(`
        Resources:
          Key:
            Type: AWS::KMS::Key
          Table:
            Type: AWS::DynamoDB::Table
            Properties:
              SSESpecification: {SSEEnabled: true, SSEType: KMS, KMSMasterKeyId: !Ref Key}
          Secret:
            Type: AWS::SecretsManager::Secret
            Properties:
              KmsKeyId: !GetAtt Key.Arn
          Fn:
            Type: AWS::Lambda::Function
            Properties:
              Runtime: nodejs22.x
          Plain:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: false
      `),
    },
  ],
  invalid: [
    {
      name: 'a log group without a key, a secret with the AWS managed key, a function with variables',
      code: dedent(`
        Resources:
          Logs:
            Type: AWS::Logs::LogGroup
          Secret:
            Type: AWS::SecretsManager::Secret
            Properties:
              KmsKeyId: aws/secretsmanager
          Fn:
            Type: AWS::Serverless::Function
            Properties:
              Environment:
                Variables: {STAGE: prod}
      `),
      errors: [
        { line: 2, column: 3, severity: 'low', message: /KmsKeyId is not set/ },
        { line: 7, column: 17, message: /AWS managed key aws\/secretsmanager/ },
        { line: 8, column: 3, message: /environment variables are encrypted .*KmsKeyArn is not set/ },
      ],
    },
    {
      name: 'a SageMaker job definition: output and volume keys, one finding each',
      code: dedent(`
        Resources:
          Job:
            Type: AWS::SageMaker::DataQualityJobDefinition
            Properties:
              DataQualityJobOutputConfig:
                MonitoringOutputs: []
              JobResources:
                ClusterConfig: {InstanceCount: 1, InstanceType: ml.m5.large, VolumeSizeInGB: 20}
      `),
      errors: [
        { line: 5, column: 7, message: /DataQualityJobOutputConfig.KmsKeyId/ },
        { line: 8, column: 9, message: /VolumeKmsKeyId/ },
      ],
    },
  ],
});
