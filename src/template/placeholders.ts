/**
 * What a template's pseudo parameters and its resources' Refs and ARNs stand for offline: stable,
 * recognisable placeholders in the scan's account, region and partition.
 */
import { NO_VALUE, type Value } from './values.js';

/** The account id the template deploys into, as a recognisable placeholder. */
export const SELF_ACCOUNT = '000000000000';

/** AWS::Region, AWS::Partition and the other pseudo parameters, from the values given for them. */
export function pseudoParameters(
  parameters: Record<string, string> | undefined,
  regionOption: string | undefined,
): Record<string, Value> {
  const region = parameters?.['AWS::Region'] ?? regionOption ?? 'us-east-1';
  const partition = region.startsWith('cn-') ? 'aws-cn' : region.startsWith('us-gov-') ? 'aws-us-gov' : 'aws';
  return {
    'AWS::AccountId': parameters?.['AWS::AccountId'] ?? SELF_ACCOUNT,
    'AWS::Region': region,
    'AWS::Partition': partition,
    'AWS::URLSuffix': partition === 'aws-cn' ? 'amazonaws.com.cn' : 'amazonaws.com',
    'AWS::StackName': parameters?.['AWS::StackName'] ?? 'stack',
    'AWS::StackId': `arn:${partition}:cloudformation:${region}:${SELF_ACCOUNT}:stack/stack/id`,
    'AWS::NoValue': NO_VALUE,
  };
}

/** `AWS::S3::Bucket` → `s3`: the ARN service of a resource type, good enough for a placeholder. */
function serviceOf(type: string): string {
  const svc = type.split('::')[1]?.toLowerCase() ?? 'unknown';
  return svc === 'serverless' ? 'lambda' : svc;
}

/** Ref of a resource: a stable name, or an ARN for the types whose Ref returns one. */
export function refPlaceholder(type: string, id: string, pseudo: Record<string, Value>): Value {
  if (REF_IS_ARN.has(type)) return arnPlaceholder(type, id, pseudo);
  return id;
}

const REF_IS_ARN = new Set([
  'AWS::IAM::ManagedPolicy',
  'AWS::SNS::Topic',
  'AWS::SecretsManager::Secret',
  'AWS::StepFunctions::StateMachine',
  'AWS::ElasticLoadBalancingV2::LoadBalancer',
  'AWS::ElasticLoadBalancingV2::TargetGroup',
  'AWS::ElasticLoadBalancingV2::Listener',
  'AWS::CertificateManager::Certificate',
  'AWS::SSO::PermissionSet',
]);

export function arnPlaceholder(type: string, id: string, pseudo: Record<string, Value>): string {
  const p = String(pseudo['AWS::Partition']);
  const region = String(pseudo['AWS::Region']);
  const account = String(pseudo['AWS::AccountId']);
  switch (type) {
    case 'AWS::IAM::Role':
      return `arn:${p}:iam::${account}:role/${id}`;
    case 'AWS::IAM::User':
      return `arn:${p}:iam::${account}:user/${id}`;
    case 'AWS::IAM::Group':
      return `arn:${p}:iam::${account}:group/${id}`;
    case 'AWS::IAM::ManagedPolicy':
      return `arn:${p}:iam::${account}:policy/${id}`;
    case 'AWS::S3::Bucket':
      return `arn:${p}:s3:::${id.toLowerCase()}`;
    default:
      return `arn:${p}:${serviceOf(type)}:${region}:${account}:${type.split('::')[2]?.toLowerCase() ?? 'resource'}/${id}`;
  }
}
