import { isMap } from '../parse/node.js';
import { bool, prop } from './infra.js';
import { propertyRule, read, type Problem, type Res } from './property-rule.js';
import type { RuleContext } from './types.js';

/** Where each type names its customer managed key. */
const KEY_AT: Record<string, string[][]> = {
  'AWS::DynamoDB::Table': [['SSESpecification', 'KMSMasterKeyId']],
  'AWS::ECR::Repository': [['EncryptionConfiguration', 'KmsKey']],
  'AWS::SecretsManager::Secret': [['KmsKeyId']],
  'AWS::Logs::LogGroup': [['KmsKeyId']],
  'AWS::Timestream::Database': [['KmsKeyId']],
  'AWS::Backup::BackupVault': [['EncryptionKeyArn']],
  'AWS::Lambda::Function': [['KmsKeyArn']],
  'AWS::Serverless::Function': [['KmsKeyArn']],
  'AWS::SageMaker::Domain': [['KmsKeyId']],
  'AWS::SageMaker::NotebookInstance': [['KmsKeyId']],
  'AWS::SageMaker::EndpointConfig': [['KmsKeyId']],
  'AWS::SageMaker::DataQualityJobDefinition': [
    ['DataQualityJobOutputConfig', 'KmsKeyId'],
    ['JobResources', 'ClusterConfig', 'VolumeKmsKeyId'],
  ],
  'AWS::SageMaker::ModelBiasJobDefinition': [
    ['ModelBiasJobOutputConfig', 'KmsKeyId'],
    ['JobResources', 'ClusterConfig', 'VolumeKmsKeyId'],
  ],
  'AWS::SageMaker::ModelExplainabilityJobDefinition': [
    ['ModelExplainabilityJobOutputConfig', 'KmsKeyId'],
    ['JobResources', 'ClusterConfig', 'VolumeKmsKeyId'],
  ],
  'AWS::SageMaker::ModelQualityJobDefinition': [
    ['ModelQualityJobOutputConfig', 'KmsKeyId'],
    ['JobResources', 'ClusterConfig', 'VolumeKmsKeyId'],
  ],
  'AWS::Bedrock::Agent': [['CustomerEncryptionKeyArn']],
  'AWS::CodeBuild::Project': [['EncryptionKey']],
  'AWS::EC2::Volume': [['KmsKeyId']],
  'AWS::AmazonMQ::Broker': [['EncryptionOptions', 'KmsKeyId']],
  'AWS::Kendra::Index': [['ServerSideEncryptionConfiguration', 'KmsKeyId']],
};

/** `alias/aws/<service>` (its ARN, or `aws/<service>` as Secrets Manager takes it) is an AWS managed key. */
const AWS_MANAGED = /^(alias\/)?aws\/|:alias\/aws\//;

/** Lambda encrypts environment variables only when it has some. */
function hasEnvironment(ctx: RuleContext, r: Res): boolean {
  const vars = prop(ctx, r.props, 'Environment', 'Variables');
  return vars !== undefined && (!isMap(vars) || vars.pairs.length > 0);
}

export default propertyRule({
  meta: {
    id: 'kms-cmk-not-used',
    severity: 'low',
    title: 'Data encrypted without a customer managed key',
    why: 'With an AWS-owned or AWS managed key the data is encrypted, but the key is not yours: its policy cannot be narrowed, its use cannot be revoked in an incident, cross-account sharing is impossible and (for AWS-owned keys) its use does not appear in CloudTrail. A customer managed key adds a second permission check on every read.',
    fix: 'Create an `AWS::KMS::Key` (with rotation) and name it in the resource’s key property (`KMSMasterKeyId`, `KmsKeyId`, `KmsKeyArn`, `EncryptionKeyArn`, `KmsKey`, …).',
    aka: {
      cfnNag: ['W32', 'W37', 'W53', 'W74', 'W77', 'W80', 'W84', 'W1200', 'W1201'],
      checkov: [
        'CKV_AWS_119',
        'CKV_AWS_136',
        'CKV_AWS_149',
        'CKV_AWS_158',
        'CKV_AWS_160',
        'CKV_AWS_166',
        'CKV_AWS_173',
        'CKV_AWS_187',
        'CKV_AWS_367',
        'CKV_AWS_368',
        'CKV_AWS_373',
      ],
      cdkNag: [
        'AwsSolutions-CB4',
        'AwsSolutions-TS3',
        'AwsSolutions-SM2',
        'NIST.800.53.R5-SageMakerNotebookInstanceKMSKeyConfigured',
        'HIPAA.Security-SageMakerNotebookInstanceKMSKeyConfigured',
        'PCI.DSS.321-SageMakerNotebookInstanceKMSKeyConfigured',
        'NIST.800.53.R5-SageMakerEndpointConfigurationKMSKeyConfigured',
        'HIPAA.Security-SageMakerEndpointConfigurationKMSKeyConfigured',
        'PCI.DSS.321-SageMakerEndpointConfigurationKMSKeyConfigured',
        'NIST.800.53.R5-CloudWatchLogGroupEncrypted',
        'HIPAA.Security-CloudWatchLogGroupEncrypted',
        'PCI.DSS.321-CloudWatchLogGroupEncrypted',
        'NIST.800.53.R5-SecretsManagerUsingKMSKey',
        'HIPAA.Security-SecretsManagerUsingKMSKey',
        'PCI.DSS.321-SecretsManagerUsingKMSKey',
      ],
    },
    family: 'encryption-at-rest',
  },
  types: Object.keys(KEY_AT),
  check(r, ctx) {
    if (r.res.type.endsWith('Function') && !hasEnvironment(ctx, r)) return undefined;
    // An unencrypted volume is ebs-unencrypted's finding; which key it lacks comes second.
    if (r.res.type === 'AWS::EC2::Volume' && bool(ctx, prop(ctx, r.props, 'Encrypted')) === false) return undefined;
    const what = r.res.type.endsWith('Function') ? `${r.res.id}: its environment variables are` : `${r.res.id} is`;
    const out: Problem[] = [];
    for (const path of KEY_AT[r.res.type]) {
      const p = read(ctx, r, path);
      const key = ctx.resolver.string(p.node);
      const absent = !p.node || p.value === '' || typeof p.value === 'symbol';
      if (!absent && !(key && AWS_MANAGED.test(key))) continue;
      out.push({
        node: p.where,
        key: p.name,
        message: absent
          ? `${what} encrypted with an AWS-owned or AWS managed key (${p.name} is not set).`
          : `${r.res.id} names the AWS managed key ${key} in ${p.name}, not a customer managed key.`,
      });
    }
    return out;
  },
});
