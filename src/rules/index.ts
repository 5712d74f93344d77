/** The built-in rules, in catalogue order of id. */
import type { Rule } from './types.js';
import hardcodedSecret from './hardcoded-secret.js';
import iamAdminAccess from './iam-admin-access.js';
import iamCredentialsExposure from './iam-credentials-exposure.js';
import iamDataExfiltration from './iam-data-exfiltration.js';
import iamManagedAdminPolicy from './iam-managed-admin-policy.js';
import iamMfaConditionPattern from './iam-mfa-condition-pattern.js';
import iamNotAction from './iam-not-action.js';
import iamNotResource from './iam-not-resource.js';
import iamPassroleWildcard from './iam-passrole-wildcard.js';
import iamPermissionsManagement from './iam-permissions-management.js';
import iamPolicyTooLarge from './iam-policy-too-large.js';
import iamPrivilegeEscalation from './iam-privilege-escalation.js';
import iamUnknownAction from './iam-unknown-action.js';
import iamUserAccessKey from './iam-user-access-key.js';
import iamUserDirectPolicy from './iam-user-direct-policy.js';
import iamUserLoginProfile from './iam-user-login-profile.js';
import iamUserWithoutMfaGuard from './iam-user-without-mfa-guard.js';
import iamWildcardAction from './iam-wildcard-action.js';
import iamWildcardResource from './iam-wildcard-resource.js';
import lambdaPermissionPublic from './lambda-permission-public.js';
import parseError from './parse-error.js';
import policyNotPrincipal from './policy-not-principal.js';
import resourcePolicyPublic from './resource-policy-public.js';
import resourcePolicyWildcardAction from './resource-policy-wildcard-action.js';
import suppressionUnused from './suppression-unused.js';
import suppressionWithoutReason from './suppression-without-reason.js';
import trustAnyPrincipal from './trust-any-principal.js';
import trustCrossAccountWithoutExternalId from './trust-cross-account-without-external-id.js';
import trustOidcUnrestricted from './trust-oidc-unrestricted.js';

export const RULES: readonly Rule[] = [
  hardcodedSecret,
  iamAdminAccess,
  iamCredentialsExposure,
  iamDataExfiltration,
  iamManagedAdminPolicy,
  iamMfaConditionPattern,
  iamNotAction,
  iamNotResource,
  iamPassroleWildcard,
  iamPermissionsManagement,
  iamPolicyTooLarge,
  iamPrivilegeEscalation,
  iamUnknownAction,
  iamUserAccessKey,
  iamUserDirectPolicy,
  iamUserLoginProfile,
  iamUserWithoutMfaGuard,
  iamWildcardAction,
  iamWildcardResource,
  lambdaPermissionPublic,
  parseError,
  policyNotPrincipal,
  resourcePolicyPublic,
  resourcePolicyWildcardAction,
  suppressionUnused,
  suppressionWithoutReason,
  trustAnyPrincipal,
  trustCrossAccountWithoutExternalId,
  trustOidcUnrestricted,
];

export const ruleById = new Map(RULES.map((r) => [r.meta.id, r]));

/** Peer ids (`cfn_nag:F3`, `checkov:CKV_AWS_62`, `cdk_nag:AwsSolutions-IAM5`) → our rule ids. */
export const aliasIndex = new Map<string, string[]>();
for (const r of RULES) {
  const aka = r.meta.aka ?? {};
  for (const [tool, ids] of [
    ['cfn_nag', aka.cfnNag],
    ['checkov', aka.checkov],
    ['cdk_nag', aka.cdkNag],
  ] as const) {
    for (const id of ids ?? [])
      aliasIndex.set(`${tool}:${id}`, [...(aliasIndex.get(`${tool}:${id}`) ?? []), r.meta.id]);
  }
}
