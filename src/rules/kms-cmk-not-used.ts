import { isMap, str } from '../parse/node.js';
import { blank, bool, prop, read } from './utils/properties.js';
import { propertyRule, type Problem, type Res } from './utils/property-rule.js';
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

/**
 * Types that encrypt only when a flag is on, and then with the service's AWS managed key unless a
 * key is named: the flag's path, and the key's. An unencrypted resource is another rule's finding
 * (rds-unencrypted, redshift-unencrypted, efs-unencrypted, opensearch-unencrypted).
 */
const ENCRYPTED_BY: Record<string, { flag: string[]; key: string[] }> = {
  'AWS::RDS::DBInstance': { flag: ['StorageEncrypted'], key: ['KmsKeyId'] },
  'AWS::RDS::DBCluster': { flag: ['StorageEncrypted'], key: ['KmsKeyId'] },
  'AWS::DocDB::DBCluster': { flag: ['StorageEncrypted'], key: ['KmsKeyId'] },
  'AWS::Neptune::DBCluster': { flag: ['StorageEncrypted'], key: ['KmsKeyId'] },
  'AWS::Redshift::Cluster': { flag: ['Encrypted'], key: ['KmsKeyId'] },
  'AWS::EFS::FileSystem': { flag: ['Encrypted'], key: ['KmsKeyId'] },
  'AWS::OpenSearchService::Domain': {
    flag: ['EncryptionAtRestOptions', 'Enabled'],
    key: ['EncryptionAtRestOptions', 'KmsKeyId'],
  },
  'AWS::Elasticsearch::Domain': {
    flag: ['EncryptionAtRestOptions', 'Enabled'],
    key: ['EncryptionAtRestOptions', 'KmsKeyId'],
  },
};

/** Properties that make a database a copy: it takes its source's key, and names none itself. */
const COPY_OF = [
  'DBClusterIdentifier',
  'SourceDBInstanceIdentifier',
  'SourceDBClusterIdentifier',
  'ReplicationSourceIdentifier',
  'SnapshotIdentifier',
  'DBSnapshotIdentifier',
  'DBClusterSnapshotIdentifier',
];

/** The key path to check for a resource, or undefined when it names no key by design. */
function keyPaths(ctx: RuleContext, r: Res): string[][] {
  const enc = ENCRYPTED_BY[r.res.type];
  if (!enc) return KEY_AT[r.res.type];
  if (bool(ctx, prop(ctx, r.props, ...enc.flag)) !== true) return [];
  if (COPY_OF.some((k) => prop(ctx, r.props, k))) return [];
  return [enc.key];
}

/** `alias/aws/<service>` (its ARN, or `aws/<service>` as Secrets Manager takes it) is an AWS managed key. */
const AWS_MANAGED = /^(alias\/)?aws\/|:alias\/aws\//;

/**
 * Names of environment variables that hold a secret (a password, token, key, connection string),
 * and the suffixes that make such a name point at one instead (`DB_SECRET_ARN`, `API_KEY_NAME`).
 */
const SECRET_LIKE =
  /(secret|passw|pwd|token|credential|private|api_?key|(^|[_-])key$|^key|auth|signing|salt|dsn|conn(ection)?_?str)/i;
const POINTS_AT = /(_?arn|_?name|_?id|_?url|_?uri|_?path|_?param(eter)?|_?region|_?endpoint|_?header)$/i;
/** A value read from Secrets Manager or SSM SecureString at deploy time is a secret, whatever its name. */
const SECRET_VALUE = /\{\{resolve:(secretsmanager|ssm-secure):/;

/**
 * The environment variable that makes a customer managed key worth it, if any. Lambda encrypts
 * every function's variables at rest with an AWS managed key; a key of your own matters for
 * variables that hold secrets, not for table names and log levels (docs/accuracy.md, AWS's defaults).
 * Variables that cannot be listed (an intrinsic for the whole map) count as possibly secret.
 */
function secretVariable(ctx: RuleContext, r: Res): string | undefined {
  const vars = prop(ctx, r.props, 'Environment', 'Variables');
  if (vars === undefined) return undefined;
  if (!isMap(vars)) return 'Environment.Variables';
  for (const { key, value } of vars.pairs) {
    const name = String(key.value);
    const written = str(value) ?? '';
    if ((SECRET_LIKE.test(name) && !POINTS_AT.test(name)) || SECRET_VALUE.test(written)) return name;
  }
  return undefined;
}

const messages = {
  sseDisabled:
    '{{id}} turns SSESpecification.SSEEnabled off: it is encrypted with an AWS owned key, not a customer managed key.',
  awsManagedKey: '{{id}} names the AWS managed key {{key}} in {{property}}, not a customer managed key.',
  noKey: '{{id}} names no customer managed key ({{property}} is not set).',
  awsKey: '{{id}} is encrypted with an AWS-owned or AWS managed key ({{property}} is not set).',
  awsKeyForSecrets:
    '{{id}}: its environment variables ({{variable}} among them) are encrypted with an AWS-owned or AWS managed key ({{property}} is not set).',
};

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
    messages,
  },
  types: [...Object.keys(KEY_AT), ...Object.keys(ENCRYPTED_BY)],
  check(r, ctx) {
    const secret = r.res.type.endsWith('Function') ? secretVariable(ctx, r) : undefined;
    if (r.res.type.endsWith('Function') && !secret) return undefined;
    // SSE turned off: DynamoDB then encrypts with an AWS owned key, whatever key is named.
    if (r.res.type === 'AWS::DynamoDB::Table') {
      const sse = prop(ctx, r.props, 'SSESpecification', 'SSEEnabled');
      if (bool(ctx, sse) === false) {
        return {
          node: sse!,
          messageId: 'sseDisabled',
          data: { id: r.res.id },
        };
      }
    }
    // A volume left unencrypted (ebs-unencrypted's finding) lacks a key all the same: cfn_nag W37 asks every volume for one.
    // So is a CodeBuild project that turns encryption off for its S3 output (codebuild-unencrypted):
    // "encrypted with an AWS managed key" would contradict that finding on the same resource.
    const unencryptedVolume =
      (r.res.type === 'AWS::EC2::Volume' && bool(ctx, prop(ctx, r.props, 'Encrypted')) !== true) ||
      (r.res.type === 'AWS::CodeBuild::Project' &&
        [
          prop(ctx, r.props, 'Artifacts'),
          ...ctx.resolver.items(prop(ctx, r.props, 'SecondaryArtifacts')),
          prop(ctx, r.props, 'LogsConfig', 'S3Logs'),
        ].some((a) => bool(ctx, prop(ctx, a, 'EncryptionDisabled')) === true));
    const out: Problem<keyof typeof messages>[] = [];
    for (const path of keyPaths(ctx, r)) {
      const p = read(ctx, r, path);
      const key = ctx.resolver.string(p.node);
      const absent = blank(ctx, p.node);
      if (!absent && !(key && AWS_MANAGED.test(key))) continue;
      out.push({
        node: p.where,
        key: p.name,
        messageId: !absent ? 'awsManagedKey' : unencryptedVolume ? 'noKey' : secret ? 'awsKeyForSecrets' : 'awsKey',
        data: { id: r.res.id, key: key ?? '', property: p.name, variable: secret ?? '' },
      });
    }
    return out;
  },
});
