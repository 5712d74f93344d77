/**
 * Which Access Analyzer calls a policy gets, by its kind: ValidatePolicy for every policy (with
 * the resource type where AWS's model has one), CheckNoPublicAccess for resource and trust policies
 * of a type it supports, named as it names them, CheckAccessNotGranted with the sensitive actions
 * (100 a call), and CheckNoNewAccess against the policy's own version on the base branch.
 */
import { AccessCheckResourceType, ValidatePolicyResourceType } from '@aws-sdk/client-accessanalyzer';
import type { Policy } from '../../policies/types.js';

// The settings' vocabulary belongs to inputs/ (which validates it); re-exported for the engine.
export { CHECKS, DEFAULT_SENSITIVE_ACTIONS, type CheckName } from '../../inputs/constants.js';

/**
 * ValidatePolicy's `validatePolicyResourceType` and CheckNoPublicAccess's `resourceType` values, as
 * AWS's API model gives them to the SDK (6 and 26 today): a type the SDK gains is sent once a
 * policy governs it, and a type it does not list never is (AWS refuses it).
 */
export const VALIDATE_RESOURCE_TYPES: ReadonlySet<string> = new Set(Object.values(ValidatePolicyResourceType));
export const PUBLIC_ACCESS_TYPES: ReadonlySet<string> = new Set(Object.values(AccessCheckResourceType));

/** A governed type Access Analyzer knows under another name. */
const AA_NAME: Record<string, string> = {
  'AWS::Elasticsearch::Domain': 'AWS::OpenSearchService::Domain',
  'AWS::Glacier::Vault': 'AWS::S3::Glacier',
};

/** ValidatePolicy's maximum, as AWS's cfn-policy-validator applies it: characters, whitespace excluded. */
export const MAX_VALIDATE_SIZE = 32_768;

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
      const governs = policy.governs ? (AA_NAME[policy.governs] ?? policy.governs) : '';
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
