import { dedent, findingsOf, ruleTester } from '../rule-tester.js';

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
          Volume:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: true
              KmsKeyId: !GetAtt Key.Arn
      `),
    },
    {
      name: 'encrypted databases, file system and domain that name their key; copies and unencrypted ones',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: postgres, StorageEncrypted: true, KmsKeyId: alias/db}
          Replica:
            Type: AWS::RDS::DBInstance
            Properties: {SourceDBInstanceIdentifier: !Ref Db, StorageEncrypted: true}
          Member:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: aurora-postgresql, DBClusterIdentifier: !Ref Cluster}
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties: {Engine: aurora-postgresql, StorageEncrypted: true, KmsKeyId: alias/db}
          Plain:
            Type: AWS::Redshift::Cluster
            Properties: {NodeType: ra3.xlplus}
          Files:
            Type: AWS::EFS::FileSystem
            Properties: {Encrypted: true, KmsKeyId: alias/efs}
          Search:
            Type: AWS::OpenSearchService::Domain
            Properties:
              EncryptionAtRestOptions: {Enabled: true, KmsKeyId: alias/search}
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
                Variables: {STAGE: prod, STRIPE_API_KEY: '{{resolve:ssm:/pay/key}}'}
          Quiet:
            Type: AWS::Serverless::Function
            Properties:
              Environment:
                Variables: {TABLE_NAME: orders, LOG_LEVEL: info, DB_SECRET_ARN: !Ref Db, POWERTOOLS_SERVICE_NAME: pay}
      `),
      errors: [
        { line: 2, column: 3, endLine: 2, endColumn: 7, severity: 'low', message: /KmsKeyId is not set/ },
        { line: 7, column: 17, endLine: 7, endColumn: 35, message: /AWS managed key aws\/secretsmanager/ },
        {
          line: 8,
          column: 3,
          endLine: 8,
          endColumn: 5,
          message: /environment variables \(STRIPE_API_KEY among them\) are encrypted .*KmsKeyArn is not set/,
        },
      ],
    },
    {
      // cfn_nag W74 and W37: SSE off, and a volume with no key, whether encrypted or not.
      name: 'a table with SSE off (a key named all the same) and volumes without a key',
      code: dedent(`
        Resources:
          Table:
            Type: AWS::DynamoDB::Table
            Properties:
              SSESpecification: {SSEEnabled: false, KMSMasterKeyId: alias/table}
          Plain:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: false
          Sealed:
            Type: AWS::EC2::Volume
            Properties:
              Encrypted: true
      `),
      errors: [
        { line: 5, column: 38, endLine: 5, endColumn: 43, message: /SSEEnabled off: .*AWS owned key/ },
        {
          line: 6,
          column: 3,
          endLine: 6,
          endColumn: 8,
          message: /Plain names no customer managed key \(KmsKeyId is not set\)/,
        },
        {
          line: 10,
          column: 3,
          endLine: 10,
          endColumn: 9,
          message: /Sealed is encrypted with an AWS-owned or AWS managed key/,
        },
      ],
    },
    {
      name: 'encrypted RDS, DocumentDB, Neptune, Redshift, EFS and OpenSearch without a KmsKeyId',
      code: dedent(`
        Resources:
          Db:
            Type: AWS::RDS::DBInstance
            Properties: {Engine: mysql, StorageEncrypted: true}
          Cluster:
            Type: AWS::RDS::DBCluster
            Properties: {Engine: aurora-mysql, StorageEncrypted: true}
          Doc:
            Type: AWS::DocDB::DBCluster
            Properties: {StorageEncrypted: true}
          Graph:
            Type: AWS::Neptune::DBCluster
            Properties: {StorageEncrypted: true}
          Warehouse:
            Type: AWS::Redshift::Cluster
            Properties: {Encrypted: true}
          Files:
            Type: AWS::EFS::FileSystem
            Properties: {Encrypted: true}
          Search:
            Type: AWS::Elasticsearch::Domain
            Properties:
              EncryptionAtRestOptions:
                Enabled: true
      `),
      errors: [
        { line: 2, column: 3, endLine: 2, endColumn: 5, resource: 'Db', message: /KmsKeyId is not set/ },
        { line: 5, column: 3, endLine: 5, endColumn: 10, resource: 'Cluster' },
        { line: 8, column: 3, endLine: 8, endColumn: 6, resource: 'Doc' },
        { line: 11, column: 3, endLine: 11, endColumn: 8, resource: 'Graph' },
        { line: 14, column: 3, endLine: 14, endColumn: 12, resource: 'Warehouse' },
        { line: 17, column: 3, endLine: 17, endColumn: 8, resource: 'Files' },
        {
          line: 23,
          column: 7,
          endLine: 23,
          endColumn: 30,
          resource: 'Search',
          message: /EncryptionAtRestOptions.KmsKeyId is not set/,
        },
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
        { line: 5, column: 7, endLine: 5, endColumn: 33, message: /DataQualityJobOutputConfig.KmsKeyId/ },
        { line: 8, column: 9, endLine: 8, endColumn: 22, message: /VolumeKmsKeyId/ },
      ],
    },
  ],
});

describe('kms-cmk-not-used does not contradict codebuild-unencrypted', () => {
  it('a project with encryption turned off is said to name no key, not to be encrypted', () => {
    const code = dedent(`
      Resources:
        Build:
          Type: AWS::CodeBuild::Project
          Properties:
            Artifacts: { Type: S3, Location: out-bucket, EncryptionDisabled: true }
    `);
    const got = findingsOf({ name: '', code }).filter((f) => f.resource === 'Build');
    expect(got.map((f) => f.ruleId).sort()).toEqual(['codebuild-unencrypted', 'kms-cmk-not-used']);
    const kms = got.find((f) => f.ruleId === 'kms-cmk-not-used')!;
    expect([kms.line, kms.message]).toEqual([2, 'Build names no customer managed key (EncryptionKey is not set).']);
  });
});
