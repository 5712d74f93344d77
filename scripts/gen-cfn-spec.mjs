// Writes two compact tables from @aws-cdk/aws-service-spec (AWS's database of every CloudFormation
// resource type and its properties), so the engine keeps zero runtime dependencies:
// - src/template/resource-types-data.ts: every resource type and its top-level property names
//   (is `AWS::EC2::SecurityGroupp` a type at all; is `SecurityGroupIngres` a property of it);
// - src/policies/policy-properties-data.ts: every property, at any depth, that holds a policy
//   document, classified: identity, resource (with the type it governs), trust, session, or not
//   IAM grammar (SNS FilterPolicy, SQS RedrivePolicy, data protection policies).
// The spec types most policy properties as `json`; those named like a policy are found by walking
// every type. A few IAM policies are typed `string` (Transfer's session policy, X-Ray's resource
// policy): they are listed by hand below, and this script fails when one leaves the spec. A new
// json policy property the classification below does not know fails it too: a weekly bump then
// stops on CI until someone decides what it is (never silently left out of the checks).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadAwsServiceSpec } from '@aws-cdk/aws-service-spec';

const version = createRequire(import.meta.url)('@aws-cdk/aws-service-spec/package.json').version;

// "Type Path" → [class, governed type]. Paths: `A.B` nested, `A[]` a list's items.
// Governed types are those Access Analyzer names where it has one (see checks.ts).
const R = (governs) => ['resource', governs];
const NONE = ['none'];
const CLASSES = {
  // Identity policies
  'AWS::IAM::Policy PolicyDocument': ['identity'],
  'AWS::IAM::ManagedPolicy PolicyDocument': ['identity'],
  'AWS::IAM::RolePolicy PolicyDocument': ['identity'],
  'AWS::IAM::UserPolicy PolicyDocument': ['identity'],
  'AWS::IAM::GroupPolicy PolicyDocument': ['identity'],
  'AWS::IAM::Role Policies[].PolicyDocument': ['identity'],
  'AWS::IAM::User Policies[].PolicyDocument': ['identity'],
  'AWS::IAM::Group Policies[].PolicyDocument': ['identity'],
  'AWS::SSO::PermissionSet InlinePolicy': ['identity'],
  // Trust policies
  'AWS::IAM::Role AssumeRolePolicyDocument': ['trust'],
  'AWS::Serverless::Function AssumeRolePolicyDocument': ['trust'],
  // Session policies: they limit what a session may do, in identity-policy grammar
  'AWS::Transfer::User Policy': ['session'],
  'AWS::RolesAnywhere::Profile SessionPolicy': ['session'],
  'AWS::EKS::PodIdentityAssociation Policy': ['session'],
  // Resource policies
  'AWS::ApiGateway::RestApi Policy': R('AWS::ApiGateway::RestApi'),
  'AWS::ApiGateway::DomainNameV2 Policy': R('AWS::ApiGateway::DomainNameV2'),
  'AWS::APS::ResourcePolicy PolicyDocument': R('AWS::APS::Workspace'),
  'AWS::AIOps::InvestigationGroup InvestigationGroupPolicy': R('AWS::AIOps::InvestigationGroup'),
  'AWS::Backup::BackupVault AccessPolicy': R('AWS::Backup::BackupVault'),
  'AWS::Backup::LogicallyAirGappedBackupVault AccessPolicy': R('AWS::Backup::BackupVault'),
  'AWS::Bedrock::KnowledgeBasePolicy PolicyDocument': R('AWS::Bedrock::KnowledgeBase'),
  'AWS::Bedrock::ResourcePolicy PolicyDocument': R('AWS::Bedrock::Resource'),
  'AWS::BedrockAgentCore::ResourcePolicy Policy': R('AWS::BedrockAgentCore::Resource'),
  'AWS::CloudTrail::ResourcePolicy ResourcePolicy': R('AWS::CloudTrail::Channel'),
  'AWS::CodeArtifact::Domain PermissionsPolicyDocument': R('AWS::CodeArtifact::Domain'),
  'AWS::CodeArtifact::Repository PermissionsPolicyDocument': R('AWS::CodeArtifact::Repository'),
  'AWS::Comprehend::DocumentClassifier ModelPolicy': R('AWS::Comprehend::DocumentClassifier'),
  'AWS::Comprehend::EntityRecognizer ModelPolicy': R('AWS::Comprehend::EntityRecognizer'),
  'AWS::DSQL::Cluster PolicyDocument': R('AWS::DSQL::Cluster'),
  'AWS::DynamoDB::Table ResourcePolicy.PolicyDocument': R('AWS::DynamoDB::Table'),
  'AWS::DynamoDB::Table StreamSpecification.ResourcePolicy.PolicyDocument': R('AWS::DynamoDB::Stream'),
  'AWS::DynamoDB::GlobalTable Replicas[].ResourcePolicy.PolicyDocument': R('AWS::DynamoDB::Table'),
  'AWS::DynamoDB::GlobalTable Replicas[].ReplicaStreamSpecification.ResourcePolicy.PolicyDocument':
    R('AWS::DynamoDB::Stream'),
  'AWS::EC2::VPCEndpoint PolicyDocument': R('AWS::EC2::VPCEndpoint'),
  'AWS::ECR::PublicRepository RepositoryPolicyText': R('AWS::ECR::PublicRepository'),
  'AWS::ECR::RegistryPolicy PolicyText': R('AWS::ECR::Registry'),
  'AWS::ECR::Repository RepositoryPolicyText': R('AWS::ECR::Repository'),
  'AWS::ECR::RepositoryCreationTemplate RepositoryPolicy': R('AWS::ECR::Repository'),
  'AWS::EFS::FileSystem FileSystemPolicy': R('AWS::EFS::FileSystem'),
  'AWS::Elasticsearch::Domain AccessPolicies': R('AWS::Elasticsearch::Domain'),
  'AWS::EventSchemas::RegistryPolicy Policy': R('AWS::EventSchemas::Registry'),
  'AWS::Events::EventBus Policy': R('AWS::Events::EventBus'),
  'AWS::EventsV2::ResourcePolicy PolicyDocument': R('AWS::Events::EventBus'),
  'AWS::FSx::S3AccessPointAttachment S3AccessPoint.Policy': R('AWS::S3::AccessPoint'),
  'AWS::KMS::Key KeyPolicy': R('AWS::KMS::Key'),
  'AWS::KMS::ReplicaKey KeyPolicy': R('AWS::KMS::Key'),
  'AWS::Kinesis::ResourcePolicy ResourcePolicy': R('AWS::Kinesis::Stream'),
  'AWS::Lambda::ResourcePolicy PolicyDocument': R('AWS::Lambda::Function'),
  'AWS::Lex::ResourcePolicy Policy': R('AWS::Lex::Bot'),
  'AWS::Logs::LogGroup ResourcePolicyDocument': R('AWS::Logs::LogGroup'),
  'AWS::Logs::ResourcePolicy PolicyDocument': R('AWS::Logs::LogGroup'),
  'AWS::Logs::Destination DestinationPolicy': R('AWS::Logs::Destination'),
  'AWS::Logs::DeliveryDestination DeliveryDestinationPolicy.DeliveryDestinationPolicy': R(
    'AWS::Logs::DeliveryDestination',
  ),
  'AWS::MSK::ClusterPolicy Policy': R('AWS::MSK::Cluster'),
  'AWS::MediaPackageV2::ChannelPolicy Policy': R('AWS::MediaPackageV2::Channel'),
  'AWS::MediaPackageV2::OriginEndpointPolicy Policy': R('AWS::MediaPackageV2::OriginEndpoint'),
  'AWS::MediaStore::Container Policy': R('AWS::MediaStore::Container'),
  'AWS::MediaTailor::ChannelPolicy Policy': R('AWS::MediaTailor::Channel'),
  'AWS::OSIS::Pipeline ResourcePolicy.Policy': R('AWS::OSIS::Pipeline'),
  'AWS::Oam::Sink Policy': R('AWS::Oam::Sink'),
  'AWS::Omics::SequenceStore S3AccessPolicy': R('AWS::Omics::SequenceStore'),
  'AWS::OpenSearchService::Domain AccessPolicies': R('AWS::OpenSearchService::Domain'),
  'AWS::Redshift::Cluster NamespaceResourcePolicy': R('AWS::Redshift::Cluster'),
  'AWS::RedshiftServerless::Namespace NamespaceResourcePolicy': R('AWS::RedshiftServerless::Namespace'),
  'AWS::RUM::AppMonitor ResourcePolicy.PolicyDocument': R('AWS::RUM::AppMonitor'),
  'AWS::S3::AccessPoint Policy': R('AWS::S3::AccessPoint'),
  'AWS::S3::BucketPolicy PolicyDocument': R('AWS::S3::Bucket'),
  'AWS::S3::MultiRegionAccessPointPolicy Policy': R('AWS::S3::MultiRegionAccessPoint'),
  'AWS::S3Express::AccessPoint Policy': R('AWS::S3Express::AccessPoint'),
  'AWS::S3Express::BucketPolicy PolicyDocument': R('AWS::S3Express::DirectoryBucket'),
  'AWS::S3Files::FileSystemPolicy Policy': R('AWS::S3Files::FileSystem'),
  'AWS::S3ObjectLambda::AccessPointPolicy PolicyDocument': R('AWS::S3ObjectLambda::AccessPoint'),
  'AWS::S3Outposts::AccessPoint Policy': R('AWS::S3Outposts::AccessPoint'),
  'AWS::S3Outposts::BucketPolicy PolicyDocument': R('AWS::S3Outposts::Bucket'),
  'AWS::S3Tables::TableBucketPolicy ResourcePolicy': R('AWS::S3Tables::TableBucket'),
  'AWS::S3Tables::TablePolicy ResourcePolicy': R('AWS::S3Tables::Table'),
  'AWS::S3Vectors::VectorBucketPolicy Policy': R('AWS::S3Vectors::VectorBucket'),
  'AWS::SMSVOICE::ResourcePolicy PolicyDocument': R('AWS::SMSVOICE::Resource'),
  'AWS::SNS::TopicInlinePolicy PolicyDocument': R('AWS::SNS::Topic'),
  'AWS::SNS::TopicPolicy PolicyDocument': R('AWS::SNS::Topic'),
  'AWS::SQS::QueueInlinePolicy PolicyDocument': R('AWS::SQS::Queue'),
  'AWS::SQS::QueuePolicy PolicyDocument': R('AWS::SQS::Queue'),
  'AWS::SSM::ResourcePolicy Policy': R('AWS::SSM::Resource'),
  'AWS::SageMaker::ModelPackageGroup ModelPackageGroupPolicy': R('AWS::SageMaker::ModelPackageGroup'),
  'AWS::SecretsManager::ResourcePolicy ResourcePolicy': R('AWS::SecretsManager::Secret'),
  'AWS::VpcLattice::AuthPolicy Policy': R('AWS::VpcLattice::Service'),
  'AWS::VpcLattice::ResourcePolicy Policy': R('AWS::VpcLattice::Resource'),
  'AWS::XRay::ResourcePolicy PolicyDocument': R('AWS::XRay::Resource'),
  // Not IAM grammar: each has its own document language
  'AWS::IoT::Policy PolicyDocument': NONE, // IoT Core policy language (src/policies/iot.ts reads it for the IAM wildcard rules)
  'AWS::Logs::LogGroup DataProtectionPolicy': NONE,
  'AWS::Logs::LogGroup FieldIndexPolicies[]': NONE,
  'AWS::NetworkManager::CoreNetwork PolicyDocument': NONE, // core network policy language
  'AWS::RAM::Permission PolicyTemplate': NONE, // a statement fragment without principal or resource
  'AWS::SNS::Subscription DeliveryPolicy': NONE,
  'AWS::SNS::Subscription FilterPolicy': NONE,
  'AWS::SNS::Subscription RedrivePolicy': NONE,
  'AWS::SNS::Subscription ReplayPolicy': NONE,
  'AWS::SNS::Topic ArchivePolicy': NONE,
  'AWS::SNS::Topic DataProtectionPolicy': NONE,
  'AWS::SQS::Queue RedriveAllowPolicy': NONE,
  'AWS::SQS::Queue RedrivePolicy': NONE,
};

// IAM policies the spec types as `string`: found by name, so they must be listed (and exist).
const STRING_TYPED = new Set([
  'AWS::Transfer::User Policy',
  'AWS::RolesAnywhere::Profile SessionPolicy',
  'AWS::EKS::PodIdentityAssociation Policy',
  'AWS::APS::ResourcePolicy PolicyDocument',
  'AWS::AIOps::InvestigationGroup InvestigationGroupPolicy',
  'AWS::BedrockAgentCore::ResourcePolicy Policy',
  'AWS::Comprehend::DocumentClassifier ModelPolicy',
  'AWS::Comprehend::EntityRecognizer ModelPolicy',
  'AWS::DSQL::Cluster PolicyDocument',
  'AWS::ECR::RepositoryCreationTemplate RepositoryPolicy',
  'AWS::Logs::Destination DestinationPolicy',
  'AWS::MediaStore::Container Policy',
  'AWS::RUM::AppMonitor ResourcePolicy.PolicyDocument',
  'AWS::XRay::ResourcePolicy PolicyDocument',
]);

// Types CloudFormation still accepts that the spec no longer lists, and SAM's types the spec lacks.
const EXTRA_TYPES = {
  'AWS::Glacier::Vault': ['AccessPolicy', 'Notifications', 'Tags', 'VaultName'],
  'AWS::Serverless::Connector': ['Source', 'Destination', 'Permissions'],
  'AWS::Serverless::GraphQLApi': [],
};
const EXTRA_POLICIES = { 'AWS::Glacier::Vault': [['AccessPolicy', 'resource', 'AWS::S3::Glacier']] };

const db = await loadAwsServiceSpec();
const resources = db.all('resource').sort((a, b) => a.cloudFormationType.localeCompare(b.cloudFormationType));

const policyProps = {};
const seenString = new Set();
const unclassified = [];
const isPolicyName = (name) => /polic/i.test(name);
function visit(type, props, prefix, stack) {
  for (const [name, p] of Object.entries(props)) {
    const variants = p.type.type === 'union' ? p.type.types : [p.type];
    const found = new Set();
    for (let t of variants) {
      let suffix = '';
      if (t.type === 'array') [suffix, t] = ['[]', t.element];
      else if (t.type === 'map') [suffix, t] = ['.*', t.element];
      const path = `${prefix}${name}${suffix}`;
      if (t.type === 'ref') {
        const def = db.get('typeDefinition', t.reference.$ref);
        if (!stack.has(def.$id)) visit(type, def.properties, `${path}.`, new Set([...stack, def.$id]));
      } else if (
        (t.type === 'json' && isPolicyName(name)) ||
        (t.type === 'string' && STRING_TYPED.has(`${type} ${path}`))
      ) {
        found.add(path);
      }
    }
    for (const path of found) {
      const key = `${type} ${path}`;
      if (STRING_TYPED.has(key)) seenString.add(key);
      const cls = CLASSES[key];
      if (!cls) {
        unclassified.push(key);
        continue;
      }
      (policyProps[type] ??= []).push([path, ...cls]);
    }
  }
}
const types = {};
for (const r of resources) {
  types[r.cloudFormationType] = Object.keys(r.properties).sort();
  visit(r.cloudFormationType, r.properties, '', new Set());
}
for (const [t, props] of Object.entries(EXTRA_TYPES)) types[t] ??= props;
for (const [t, entries] of Object.entries(EXTRA_POLICIES)) policyProps[t] ??= entries;
const missing = [...STRING_TYPED].filter((k) => !seenString.has(k));
const stale = Object.keys(CLASSES).filter((k) => {
  const [t, path] = k.split(' ');
  return !(policyProps[t] ?? []).some((e) => e[0] === path);
});
if (unclassified.length || missing.length || stale.length) {
  for (const k of unclassified)
    console.error(`unclassified policy property: ${k} (add it to CLASSES in ${import.meta.url})`);
  for (const k of missing) console.error(`string-typed policy property no longer in the spec: ${k}`);
  for (const k of stale) console.error(`classified property no longer in the spec: ${k}`);
  process.exit(1);
}

// Resource types: grouped by service, property names interned (12,000 names, 4,000 distinct).
const names = [...new Set(Object.values(types).flat())].sort();
const index = new Map(names.map((n, i) => [n, i.toString(36)]));
const services = {};
for (const [t, props] of Object.entries(types).sort(([a], [b]) => a.localeCompare(b))) {
  const [org, svc, name] = t.split('::');
  (services[`${org}::${svc}`] ??= []).push(`${name}:${props.map((p) => index.get(p)).join('.')}`);
}

const header = (what) => [
  `// Generated by scripts/gen-cfn-spec.mjs from @aws-cdk/aws-service-spec ${version}; do not edit.`,
  `// ${what}`,
];
writeFileSync(
  new URL('../src/template/resource-types-data.ts', import.meta.url),
  [
    ...header('Each service maps to "Type:i.j.k" entries joined by ";", i, j, k indexes (base 36) into `names`.'),
    'export const resourceTypes: { version: string; names: string; services: Record<string, string> } = {',
    `  version: ${JSON.stringify(version)},`,
    `  names: ${JSON.stringify(names.join(','))},`,
    '  services: {',
    ...Object.entries(services).map(([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v.join(';'))},`),
    '  },',
    '};',
    '',
  ].join('\n'),
);
const count = Object.values(policyProps).flat();
writeFileSync(
  new URL('../src/policies/policy-properties-data.ts', import.meta.url),
  [
    ...header('Each resource type maps to [property path, class, governed resource type] entries.'),
    "export type PolicyClass = 'identity' | 'resource' | 'trust' | 'session' | 'none';",
    'export const policyProperties: Record<string, readonly (readonly [string, PolicyClass, string?])[]> = {',
    ...Object.entries(policyProps)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`),
    '};',
    `export const specVersion = ${JSON.stringify(version)};`,
    '',
  ].join('\n'),
);
console.log(
  `cfn spec ${version}: ${Object.keys(types).length} resource types, ${count.length} policy properties (${count.filter((e) => e[1] !== 'none').length} IAM)`,
);
