import { defineRule } from './types.js';
import { unconstrainedActions } from '../iam/semantics.js';
import { isIdentity, onEveryResource, whereGranted } from './utils/policies.js';

/**
 * Actions that return credentials usable as another identity (cloudsplaining's list). Left out on
 * purpose: ecr:GetAuthorizationToken and ecr-public:GetAuthorizationToken, which take no resource
 * and only give the caller a token for its own permissions (every container workload needs them).
 */
export const CREDENTIAL_ACTIONS = [
  'sts:AssumeRole',
  'sts:AssumeRoleWithSAML',
  'sts:AssumeRoleWithWebIdentity',
  'sts:GetFederationToken',
  'sts:GetSessionToken',
  'iam:CreateAccessKey',
  'iam:UpdateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:CreateServiceSpecificCredential',
  'iam:ResetServiceSpecificCredential',
  'iam:UploadSSHPublicKey',
  'ec2:GetPasswordData',
  'codeartifact:GetAuthorizationToken',
  'redshift:GetClusterCredentials',
  'redshift:GetClusterCredentialsWithIAM',
  'redshift-serverless:GetCredentials',
  'rds-db:connect',
  'sso:GetRoleCredentials',
  'cognito-identity:GetCredentialsForIdentity',
  'cognito-identity:GetOpenIdToken',
  'cognito-identity:GetOpenIdTokenForDeveloperIdentity',
  'cognito-idp:DescribeUserPoolClient',
  'lightsail:GetInstanceAccessDetails',
  'lightsail:DownloadDefaultKeyPair',
  'lightsail:CreateBucketAccessKey',
  'lightsail:GetRelationalDatabaseMasterUserPassword',
  'lightsail:GetKeyPair',
  'lightsail:GetKeyPairs',
  'lightsail:CreateKeyPair',
  'appsync:CreateApiKey',
  'grafana:CreateWorkspaceApiKey',
  'airflow:CreateCliToken',
  'airflow:CreateWebLoginToken',
  'chime:CreateApiKey',
  'gamelift:RequestUploadCredentials',
  'gamelift:GetInstanceAccess',
  'mediapackage:RotateChannelCredentials',
  'mediapackage:RotateIngestEndpointCredentials',
  'sagemaker:CreatePresignedDomainUrl',
  'sagemaker:CreatePresignedNotebookInstanceUrl',
  'cloud9:CreateEnvironmentToken',
  'iot:CreateKeysAndCertificate',
  'codepipeline:PollForJobs',
  'secretsmanager:CreateSecret',
];

export default defineRule({
  meta: {
    id: 'iam-credentials-exposure',
    severity: 'medium',
    title: 'Unconstrained actions that return credentials',
    why: 'These actions hand back credentials that act as another identity: new access keys for any user, console passwords, temporary credentials for any role, database passwords. Allowed on every resource, they let the holder become someone else.',
    fix: 'Scope the actions to the identities and resources that really need them (the one role to assume, the one cluster to connect to), or add conditions. `ecr:GetAuthorizationToken`, which only returns a token for the caller itself, is not flagged.',
    aka: { checkov: ['CKV_AWS_107'] },
    family: 'least-privilege',
    messages: {
      credentialActions: 'Allows actions that return credentials, {{grants}}.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    const allowed = unconstrainedActions(policy);
    // Once per policy shape, not per policy (see Unconstrained).
    const found = allowed.derived(CREDENTIAL_ACTIONS, (u) => CREDENTIAL_ACTIONS.filter((a) => u.has(a)));
    if (!found.length) return;
    ctx.report({
      node: whereGranted(policy, found[0]),
      policy,
      messageId: 'credentialActions',
      data: { grants: onEveryResource(found) },
    });
  },
});
