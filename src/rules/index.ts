/** The built-in rules, in order of id. */
import type { Rule } from './types.js';
import apigatewayMethodNoAuth from './apigateway-method-no-auth.js';
import apigatewayNoAccessLogging from './apigateway-no-access-logging.js';
import apigatewayOutdatedTls from './apigateway-outdated-tls.js';
import auditLoggingDisabled from './audit-logging-disabled.js';
import cloudfrontAllowsHttp from './cloudfront-allows-http.js';
import cloudfrontNoAccessLogging from './cloudfront-no-access-logging.js';
import cloudfrontOriginHttp from './cloudfront-origin-http.js';
import cloudfrontOutdatedTls from './cloudfront-outdated-tls.js';
import cloudtrailLoggingOff from './cloudtrail-logging-off.js';
import cloudtrailNoCloudwatch from './cloudtrail-no-cloudwatch.js';
import cloudtrailNoLogValidation from './cloudtrail-no-log-validation.js';
import cloudtrailNotEncrypted from './cloudtrail-not-encrypted.js';
import cloudtrailNotMultiRegion from './cloudtrail-not-multi-region.js';
import cognitoMfaDisabled from './cognito-mfa-disabled.js';
import cognitoUnauthenticatedAccess from './cognito-unauthenticated-access.js';
import configRecorderPartial from './config-recorder-partial.js';
import dbIamAuthDisabled from './db-iam-auth-disabled.js';
import ebsUnencrypted from './ebs-unencrypted.js';
import ec2PublicIp from './ec2-public-ip.js';
import efsUnencrypted from './efs-unencrypted.js';
import eksNodegroupSshOpen from './eks-nodegroup-ssh-open.js';
import elbHttpListener from './elb-http-listener.js';
import elbOutdatedTlsPolicy from './elb-outdated-tls-policy.js';
import guarddutyDisabled from './guardduty-disabled.js';
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
import iamUserNotInGroup from './iam-user-not-in-group.js';
import iamUserWithoutMfaGuard from './iam-user-without-mfa-guard.js';
import iamWildcardAction from './iam-wildcard-action.js';
import iamWildcardResource from './iam-wildcard-resource.js';
import kmsKeyPolicyTooBroad from './kms-key-policy-too-broad.js';
import kmsRotationDisabled from './kms-rotation-disabled.js';
import lambdaPermissionBroadAction from './lambda-permission-broad-action.js';
import lambdaPermissionPublic from './lambda-permission-public.js';
import lambdaUrlNoAuth from './lambda-url-no-auth.js';
import lbNoAccessLogging from './lb-no-access-logging.js';
import naclAllowAll from './nacl-allow-all.js';
import parseError from './parse-error.js';
import policyInvalid from './policy-invalid.js';
import policyNotPrincipal from './policy-not-principal.js';
import qldbPermissionsAllowAll from './qldb-permissions-allow-all.js';
import rdsPublic from './rds-public.js';
import rdsUnencrypted from './rds-unencrypted.js';
import resourcePolicyPublic from './resource-policy-public.js';
import resourcePolicyWildcardAction from './resource-policy-wildcard-action.js';
import route53NoQueryLogging from './route53-no-query-logging.js';
import s3EncryptionNotKms from './s3-encryption-not-kms.js';
import s3NoAccessLogging from './s3-no-access-logging.js';
import s3NoSecureTransport from './s3-no-secure-transport.js';
import s3PublicAccessBlock from './s3-public-access-block.js';
import s3PublicAcl from './s3-public-acl.js';
import sagemakerNoNetworkIsolation from './sagemaker-no-network-isolation.js';
import sagemakerNotebookDirectInternet from './sagemaker-notebook-direct-internet.js';
import servicePubliclyAccessible from './service-publicly-accessible.js';
import sgOpenAdminPort from './sg-open-admin-port.js';
import sgOpenAllPorts from './sg-open-all-ports.js';
import sgOpenDatabasePort from './sg-open-database-port.js';
import sgOpenIngress from './sg-open-ingress.js';
import snsUnencrypted from './sns-unencrypted.js';
import sqsUnencrypted from './sqs-unencrypted.js';
import subnetAutoPublicIp from './subnet-auto-public-ip.js';
import suppressionUnused from './suppression-unused.js';
import suppressionWithoutReason from './suppression-without-reason.js';
import trustAnyPrincipal from './trust-any-principal.js';
import trustCrossAccountWithoutExternalId from './trust-cross-account-without-external-id.js';
import trustOidcUnrestricted from './trust-oidc-unrestricted.js';
import trustWildcardAction from './trust-wildcard-action.js';
import vpcEndpointServiceAutoAccept from './vpc-endpoint-service-auto-accept.js';
import vpcNoFlowLogs from './vpc-no-flow-logs.js';
// Catalogue breadth I: encryption at rest and in transit, IMDSv2.
import redshiftUnencrypted from './redshift-unencrypted.js';
import elasticacheUnencrypted from './elasticache-unencrypted.js';
import opensearchUnencrypted from './opensearch-unencrypted.js';
import daxUnencrypted from './dax-unencrypted.js';
import streamUnencrypted from './stream-unencrypted.js';
import workspacesUnencrypted from './workspaces-unencrypted.js';
import eksSecretsUnencrypted from './eks-secrets-unencrypted.js';
import codebuildUnencrypted from './codebuild-unencrypted.js';
import glueUnencrypted from './glue-unencrypted.js';
import emrUnencrypted from './emr-unencrypted.js';
import apigatewayCacheUnencrypted from './apigateway-cache-unencrypted.js';
import dlmCopyUnencrypted from './dlm-copy-unencrypted.js';
import kmsCmkNotUsed from './kms-cmk-not-used.js';
import transitEncryptionDisabled from './transit-encryption-disabled.js';
import imdsv2NotRequired from './imdsv2-not-required.js';

export const RULES: readonly Rule[] = [
  apigatewayMethodNoAuth,
  apigatewayNoAccessLogging,
  apigatewayOutdatedTls,
  auditLoggingDisabled,
  cloudfrontAllowsHttp,
  cloudfrontNoAccessLogging,
  cloudfrontOriginHttp,
  cloudfrontOutdatedTls,
  cloudtrailLoggingOff,
  cloudtrailNoCloudwatch,
  cloudtrailNoLogValidation,
  cloudtrailNotEncrypted,
  cloudtrailNotMultiRegion,
  cognitoMfaDisabled,
  cognitoUnauthenticatedAccess,
  configRecorderPartial,
  dbIamAuthDisabled,
  ebsUnencrypted,
  ec2PublicIp,
  efsUnencrypted,
  eksNodegroupSshOpen,
  elbHttpListener,
  elbOutdatedTlsPolicy,
  guarddutyDisabled,
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
  iamUserNotInGroup,
  iamUserWithoutMfaGuard,
  iamWildcardAction,
  iamWildcardResource,
  kmsKeyPolicyTooBroad,
  kmsRotationDisabled,
  lambdaPermissionBroadAction,
  lambdaPermissionPublic,
  lambdaUrlNoAuth,
  lbNoAccessLogging,
  naclAllowAll,
  parseError,
  policyInvalid,
  policyNotPrincipal,
  qldbPermissionsAllowAll,
  rdsPublic,
  rdsUnencrypted,
  resourcePolicyPublic,
  resourcePolicyWildcardAction,
  route53NoQueryLogging,
  s3EncryptionNotKms,
  s3NoAccessLogging,
  s3NoSecureTransport,
  s3PublicAccessBlock,
  s3PublicAcl,
  sagemakerNoNetworkIsolation,
  sagemakerNotebookDirectInternet,
  servicePubliclyAccessible,
  sgOpenAdminPort,
  sgOpenAllPorts,
  sgOpenDatabasePort,
  sgOpenIngress,
  snsUnencrypted,
  sqsUnencrypted,
  subnetAutoPublicIp,
  suppressionUnused,
  suppressionWithoutReason,
  trustAnyPrincipal,
  trustCrossAccountWithoutExternalId,
  trustOidcUnrestricted,
  trustWildcardAction,
  vpcEndpointServiceAutoAccept,
  vpcNoFlowLogs,
  redshiftUnencrypted,
  elasticacheUnencrypted,
  opensearchUnencrypted,
  daxUnencrypted,
  streamUnencrypted,
  workspacesUnencrypted,
  eksSecretsUnencrypted,
  codebuildUnencrypted,
  glueUnencrypted,
  emrUnencrypted,
  apigatewayCacheUnencrypted,
  dlmCopyUnencrypted,
  kmsCmkNotUsed,
  transitEncryptionDisabled,
  imdsv2NotRequired,
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
