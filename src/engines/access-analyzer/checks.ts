/**
 * Which Access Analyzer calls a policy gets, by its kind: ValidatePolicy for every policy (with
 * the resource type for S3 and trust policies), CheckNoPublicAccess for resource and trust policies
 * of a supported type, CheckAccessNotGranted with the sensitive actions (100 a call), and
 * CheckNoNewAccess against the policy's own version on the base branch.
 */
import type { Policy } from '../../policies/types.js';

// The settings' vocabulary belongs to inputs/ (which validates it); re-exported for the engine.
export { CHECKS, DEFAULT_SENSITIVE_ACTIONS, type CheckName } from '../../inputs/constants.js';

const VALIDATE_RESOURCE_TYPES = new Set(['AWS::S3::Bucket', 'AWS::S3::AccessPoint', 'AWS::S3::MultiRegionAccessPoint']);

const PUBLIC_ACCESS_TYPES = new Set([
  'AWS::DynamoDB::Table',
  'AWS::EFS::FileSystem',
  'AWS::OpenSearchService::Domain',
  'AWS::KMS::Key',
  'AWS::Lambda::Function',
  'AWS::S3::Bucket',
  'AWS::S3::AccessPoint',
  'AWS::S3::Glacier',
  'AWS::SecretsManager::Secret',
  'AWS::SNS::Topic',
  'AWS::SQS::Queue',
  'AWS::IAM::AssumeRolePolicyDocument',
  'AWS::ApiGateway::RestApi',
  'AWS::CodeArtifact::Domain',
  'AWS::Backup::BackupVault',
]);

export type PolicyType = 'IDENTITY_POLICY' | 'RESOURCE_POLICY' | 'SERVICE_CONTROL_POLICY' | 'RESOURCE_CONTROL_POLICY';

export interface Plan {
  validate?: { policyType: PolicyType; resourceType?: string };
  noPublicAccess?: { resourceType: string };
  accessCheckType?: 'IDENTITY_POLICY' | 'RESOURCE_POLICY';
}

export function plan(policy: Policy): Plan {
  switch (policy.kind) {
    case 'identity':
    case 'boundary':
      return { validate: { policyType: 'IDENTITY_POLICY' }, accessCheckType: 'IDENTITY_POLICY' };
    case 'trust':
      return {
        validate: { policyType: 'RESOURCE_POLICY', resourceType: 'AWS::IAM::AssumeRolePolicyDocument' },
        noPublicAccess: { resourceType: 'AWS::IAM::AssumeRolePolicyDocument' },
      };
    case 'scp':
      return { validate: { policyType: 'SERVICE_CONTROL_POLICY' } };
    case 'rcp':
      return { validate: { policyType: 'RESOURCE_CONTROL_POLICY' } };
    case 'resource': {
      const governs = policy.governs ?? '';
      return {
        validate: {
          policyType: 'RESOURCE_POLICY',
          ...(VALIDATE_RESOURCE_TYPES.has(governs) ? { resourceType: governs } : {}),
        },
        ...(PUBLIC_ACCESS_TYPES.has(governs) ? { noPublicAccess: { resourceType: governs } } : {}),
        accessCheckType: 'RESOURCE_POLICY',
      };
    }
  }
}
