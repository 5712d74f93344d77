/**
 * The settings' vocabulary: severities, formats, Access Analyzer checks, default globs. Owned here,
 * where options are validated, so inputs/ needs nothing from the stages that use them (they import
 * these from here).
 */

export const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type FailOn = Severity | 'never';
export const FAIL_ON = [...SEVERITIES, 'never'] as const;

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const ACCESS_ANALYZER_MODES = ['auto', 'on', 'off'] as const;
export type AccessAnalyzerMode = (typeof ACCESS_ANALYZER_MODES)[number];

export const DEFAULT_CONFIG = '.github/policygate.yml';

/** Candidate files, and what is never one (interface §1); matched relative to the scanned folder. */
export const DEFAULT_INCLUDE = ['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template'];
export const DEFAULT_EXCLUDE = ['node_modules/**', '**/package*.json', '**/tsconfig*.json', '.github/workflows/**'];

export const CHECKS = ['validate', 'no-new-access', 'no-public-access', 'access-not-granted'] as const;
export type CheckName = (typeof CHECKS)[number];

/** Actions that hand over control or data (the default of `sensitive-actions`). */
export const DEFAULT_SENSITIVE_ACTIONS = [
  'iam:PassRole',
  'iam:CreateAccessKey',
  'iam:CreateLoginProfile',
  'iam:UpdateLoginProfile',
  'iam:AttachRolePolicy',
  'iam:AttachUserPolicy',
  'iam:PutRolePolicy',
  'iam:PutUserPolicy',
  'iam:CreatePolicyVersion',
  'iam:SetDefaultPolicyVersion',
  'iam:UpdateAssumeRolePolicy',
  'kms:Decrypt',
  'kms:ScheduleKeyDeletion',
  'kms:PutKeyPolicy',
  's3:DeleteBucket',
  's3:PutBucketPolicy',
  's3:PutBucketAcl',
  'secretsmanager:GetSecretValue',
  'ssm:GetParameters',
  'sts:AssumeRole',
  'organizations:LeaveOrganization',
  'cloudtrail:StopLogging',
  'cloudtrail:DeleteTrail',
  'ec2:DeleteFlowLogs',
  'lambda:UpdateFunctionCode',
  'dynamodb:DeleteTable',
  'rds:DeleteDBInstance',
];
