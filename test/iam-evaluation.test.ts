/**
 * The IAM evaluation model against the verdicts AWS's documentation gives: one row per policy and
 * question, each citing the page it relies on. The first table asks the model directly
 * (src/iam/evaluation.ts `evaluate`); the second runs the whole pipeline and checks what the
 * rules that ask the model report.
 */
import { analyseText, checkText } from '../src/engines/analyse.js';
import { evaluate, type Request, type Verdict } from '../src/iam/evaluation.js';
import { PASSED_TO, ESCALATION_PATHS } from '../src/rules/escalation-paths.js';
import type { Severity } from '../src/findings/types.js';

const IAM = 'https://docs.aws.amazon.com/IAM/latest/UserGuide';
const EVALUATION = `${IAM}/reference_policies_evaluation-logic.html`;
const EXPLICIT_DENY = `${IAM}/reference_policies_evaluation-logic_AccessPolicyLanguage_Interplay.html`;
const OPERATORS = `${IAM}/reference_policies_elements_condition_operators.html`;
const IF_EXISTS = `${OPERATORS}#Conditions_IfExists`;
const STRING_OPERATORS = `${OPERATORS}#Conditions_String`;
const ARN_OPERATORS = `${OPERATORS}#Conditions_ARN`;
const NULL_OPERATOR = `${OPERATORS}#Conditions_Null`;
const MULTIVALUED = `${IAM}/reference_policies_condition-single-vs-multi-valued-context-keys.html`;
const MULTIPLE_KEYS = `${IAM}/reference_policies_condition-logic-multiple-context-keys-or-values.html`;
const CONDITION = `${IAM}/reference_policies_elements_condition.html`;
const GLOBAL_KEYS = `${IAM}/reference_policies_condition-keys.html`;
const ACTION = `${IAM}/reference_policies_elements_action.html`;
const NOT_ACTION = `${IAM}/reference_policies_elements_notaction.html`;
const RESOURCE = `${IAM}/reference_policies_elements_resource.html`;
const NOT_RESOURCE = `${IAM}/reference_policies_elements_notresource.html`;
const PRINCIPAL = `${IAM}/reference_policies_elements_principal.html`;
const NOT_PRINCIPAL = `${IAM}/reference_policies_elements_notprincipal.html`;
const PASS_ROLE = `${IAM}/id_roles_use_passrole.html`;
const IAM_KEYS = `${IAM}/reference_policies_iam-condition-keys.html`;
const ABAC = `${IAM}/introduction_attribute-based-access-control.html`;
const POLICY_CHECKS = `${IAM}/access-analyzer-reference-policy-checks.html`;
const SERVICE_AUTHORIZATION =
  'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html';
const LAMBDA_URL_AUTH = 'https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html';
const LAMBDA_PERMISSION =
  'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-lambda-permission.html';
const SAM_POLICIES =
  'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-function.html#sam-function-policies';
const CONFUSED_DEPUTY = `${IAM}/confused-deputy.html`;

type St = Record<string, unknown>;
const allow = (action: string | string[], resource: string | string[] = '*', extra: St = {}): St => ({
  Effect: 'Allow',
  Action: action,
  Resource: resource,
  ...extra,
});
const deny = (action: string | string[], resource: string | string[] = '*', extra: St = {}): St => ({
  Effect: 'Deny',
  Action: action,
  Resource: resource,
  ...extra,
});
/** An Allow for anyone (`Principal: "*"`) of s3:GetObject under one condition. */
const publicRead = (condition?: St): St => ({
  Effect: 'Allow',
  Principal: '*',
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::bucket/*',
  ...(condition ? { Condition: condition } : {}),
});
const ANYONE: Request['principal'] = { type: '*', value: '*' };
const READ: Request = { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/k', principal: ANYONE };

interface Row {
  name: string;
  source: string;
  statements: St[];
  request: Request;
  expect: Partial<Pick<Verdict, 'allowed' | 'unconditional' | 'pinned'>> & { denied?: boolean };
}

const rows: Row[] = [
  // --- Allow, Deny and the implicit deny -------------------------------------------------------
  {
    name: 'an Allow without a condition allows',
    source: EVALUATION,
    statements: [allow('s3:GetObject')],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::b/k' },
    expect: { allowed: true, unconditional: true },
  },
  {
    name: 'no statement names the action: implicit deny',
    source: EXPLICIT_DENY,
    statements: [allow('s3:GetObject')],
    request: { action: 's3:PutObject' },
    expect: { allowed: false, denied: false },
  },
  {
    name: 'an explicit Deny overrides the Allow',
    source: EXPLICIT_DENY,
    statements: [allow('*'), deny('s3:*')],
    request: { action: 's3:GetObject', resource: '*' },
    expect: { allowed: false, denied: true },
  },
  {
    name: 'Allow * with Deny NotAction s3:* denies every other service',
    source: NOT_ACTION,
    statements: [allow('*'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }],
    request: { action: 'iam:PassRole', resource: '*' },
    expect: { allowed: false, denied: true },
  },
  {
    name: 'Allow * with Deny NotAction s3:* still allows s3',
    source: NOT_ACTION,
    statements: [allow('*'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }],
    request: { action: 's3:GetObject', resource: '*' },
    expect: { allowed: true },
  },
  {
    name: 'Allow and Deny of iam:PassRole on * cancel out',
    source: EXPLICIT_DENY,
    statements: [allow('iam:PassRole'), deny('iam:PassRole')],
    request: { action: 'iam:PassRole', resource: '*' },
    expect: { allowed: false, denied: true },
  },
  {
    name: 'a conditional Deny removes nothing for certain',
    source: EVALUATION,
    statements: [
      allow('iam:PassRole'),
      deny('iam:PassRole', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
    ],
    request: { action: 'iam:PassRole', resource: '*' },
    expect: { allowed: true, denied: false },
  },
  {
    name: 'a Deny on part of the resources leaves the rest of "*" allowed',
    source: RESOURCE,
    statements: [allow('s3:GetObject'), deny('s3:GetObject', 'arn:aws:s3:::secret/*')],
    request: { action: 's3:GetObject', resource: '*' },
    expect: { allowed: true, denied: false },
  },
  {
    name: 'a Deny on part of the resources denies those resources',
    source: RESOURCE,
    statements: [allow('s3:GetObject'), deny('s3:GetObject', 'arn:aws:s3:::secret/*')],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::secret/report.csv' },
    expect: { allowed: false, denied: true },
  },
  {
    name: 'a Deny on part of the resources allows the others',
    source: RESOURCE,
    statements: [allow('s3:GetObject'), deny('s3:GetObject', 'arn:aws:s3:::secret/*')],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::public/index.html' },
    expect: { allowed: true },
  },
  {
    name: 'a Deny with NotResource spares the listed resources',
    source: NOT_RESOURCE,
    statements: [allow('s3:*'), { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::public/*' }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::public/index.html' },
    expect: { allowed: true },
  },
  {
    name: 'a Deny with NotResource denies every other resource',
    source: NOT_RESOURCE,
    statements: [allow('s3:*'), { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::public/*' }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::private/k' },
    expect: { allowed: false, denied: true },
  },
  {
    name: 'a Deny with NotResource does not deny "every resource" for certain',
    source: NOT_RESOURCE,
    statements: [allow('s3:*'), { Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws:s3:::public/*' }],
    request: { action: 's3:GetObject', resource: '*' },
    expect: { allowed: true, denied: false },
  },
  {
    name: 'an Allow with NotResource does not reach the listed resources',
    source: NOT_RESOURCE,
    statements: [{ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::secret/k' },
    expect: { allowed: false },
  },
  {
    name: 'an Allow with NotResource reaches the others',
    source: NOT_RESOURCE,
    statements: [{ Effect: 'Allow', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::secret/*' }],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::public/k' },
    expect: { allowed: true },
  },
  {
    name: 'Allow NotAction iam:* does not allow IAM',
    source: NOT_ACTION,
    statements: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
    request: { action: 'iam:PassRole', resource: '*' },
    expect: { allowed: false },
  },
  {
    name: 'Allow NotAction iam:* allows every other service',
    source: NOT_ACTION,
    statements: [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }],
    request: { action: 'ec2:RunInstances', resource: '*' },
    expect: { allowed: true, unconditional: true },
  },

  // --- Action matching ---------------------------------------------------------------------------
  {
    name: 'actions match case-insensitively',
    source: ACTION,
    statements: [allow('IAM:passrole')],
    request: { action: 'iam:PassRole', resource: '*' },
    expect: { allowed: true },
  },
  {
    name: 'a wildcard in the middle of the action name (iam:*AccessKey*)',
    source: ACTION,
    statements: [allow('iam:*AccessKey*')],
    request: { action: 'iam:CreateAccessKey', resource: '*' },
    expect: { allowed: true },
  },
  {
    name: 'a mid-string wildcard matches only what it spells',
    source: ACTION,
    statements: [allow('iam:*AccessKey*')],
    request: { action: 'iam:PassRole', resource: '*' },
    expect: { allowed: false },
  },
  {
    name: 'the single-character wildcard (s3:Get?bject)',
    source: ACTION,
    statements: [allow('s3:Get?bject')],
    request: { action: 's3:GetObject', resource: '*' },
    expect: { allowed: true },
  },
  {
    name: 'a Deny wildcard in another case still subtracts',
    source: ACTION,
    statements: [allow('iam:*'), deny('IAM:Pass*')],
    request: { action: 'iam:PassRole', resource: '*' },
    expect: { allowed: false, denied: true },
  },
  {
    name: 'an action newer than the catalogue matches by its pattern',
    source: ACTION,
    statements: [allow('newservice:*')],
    request: { action: 'newservice:DoThing', resource: '*' },
    expect: { allowed: true },
  },

  // --- Resources -------------------------------------------------------------------------------
  {
    name: 'a resource pattern covers the ARNs it matches',
    source: RESOURCE,
    statements: [allow('s3:GetObject', 'arn:aws:s3:::bucket/*')],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/k' },
    expect: { allowed: true },
  },
  {
    name: 'a resource pattern does not cover another bucket',
    source: RESOURCE,
    statements: [allow('s3:GetObject', 'arn:aws:s3:::bucket/*')],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::other/k' },
    expect: { allowed: false },
  },
  {
    name: 'resource ARNs are case-sensitive',
    source: RESOURCE,
    statements: [allow('s3:GetObject', 'arn:aws:s3:::Bucket/*')],
    request: { action: 's3:GetObject', resource: 'arn:aws:s3:::bucket/k' },
    expect: { allowed: false },
  },
  {
    name: 'a scoped Allow is not "every resource"',
    source: RESOURCE,
    statements: [allow('s3:GetObject', 'arn:aws:s3:::bucket/*')],
    request: { action: 's3:GetObject', resource: '*' },
    expect: { allowed: false },
  },

  // --- Principals --------------------------------------------------------------------------------
  {
    name: 'Principal "*" is anyone, with nothing pinning the caller',
    source: PRINCIPAL,
    statements: [publicRead()],
    request: READ,
    expect: { allowed: true, pinned: false },
  },
  {
    name: 'an account id and its root ARN are the same principal',
    source: PRINCIPAL,
    statements: [{ ...publicRead(), Principal: { AWS: '111122223333' } }],
    request: { ...READ, principal: { type: 'AWS', value: 'arn:aws:iam::111122223333:root' } },
    expect: { allowed: true },
  },
  {
    name: 'a named account is not anyone',
    source: PRINCIPAL,
    statements: [{ ...publicRead(), Principal: { AWS: '111122223333' } }],
    request: READ,
    expect: { allowed: false },
  },
  {
    name: 'Allow with NotPrincipal reaches everyone but the listed principal',
    source: NOT_PRINCIPAL,
    statements: [
      {
        Effect: 'Allow',
        NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 's3:GetObject',
        Resource: '*',
      },
    ],
    request: READ,
    expect: { allowed: true },
  },
  {
    name: 'Deny with NotPrincipal denies the others',
    source: NOT_PRINCIPAL,
    statements: [
      { ...publicRead() },
      { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*', Resource: '*' },
    ],
    request: { ...READ, principal: { type: 'AWS', value: '444455556666' } },
    expect: { allowed: false, denied: true },
  },
  {
    name: 'Deny with NotPrincipal spares the listed principal',
    source: NOT_PRINCIPAL,
    statements: [
      { ...publicRead() },
      { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:*', Resource: '*' },
    ],
    request: { ...READ, principal: { type: 'AWS', value: '111122223333' } },
    expect: { allowed: true },
  },

  // --- Conditions: which pin the caller ---------------------------------------------------------
  {
    name: 'StringEquals aws:PrincipalOrgID pins the organization',
    source: `${GLOBAL_KEYS}#condition-keys-principalorgid`,
    statements: [publicRead({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })],
    request: READ,
    expect: { allowed: true, unconditional: false, pinned: true },
  },
  {
    name: 'StringEqualsIfExists is true for callers without the key',
    source: IF_EXISTS,
    statements: [publicRead({ StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })],
    request: READ,
    expect: { allowed: true, pinned: false },
  },
  {
    name: 'ArnLikeIfExists on aws:SourceArn is true for direct calls',
    source: IF_EXISTS,
    statements: [publicRead({ ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:topic' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'ForAllValues on a single-valued key is true when the key is absent',
    source: MULTIVALUED,
    statements: [publicRead({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'ForAnyValue on the organization id stays restricting',
    source: MULTIVALUED,
    statements: [publicRead({ 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'ForAnyValue on organization paths pinned to one organization',
    source: MULTIVALUED,
    statements: [publicRead({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/*' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'ForAllValues on organization paths is true when the key is absent',
    source: MULTIVALUED,
    statements: [publicRead({ 'ForAllValues:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/*' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'StringLike aws:PrincipalOrgID "o-*" matches every organization',
    source: STRING_OPERATORS,
    statements: [publicRead({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'StringEquals takes "o-*" literally (no wildcards): it names one value',
    source: STRING_OPERATORS,
    statements: [publicRead({ StringEquals: { 'aws:PrincipalOrgID': 'o-*' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'ArnLike aws:PrincipalArn with a wildcard account matches every account',
    source: ARN_OPERATORS,
    statements: [publicRead({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'ArnEquals also matches wildcards in each ARN field',
    source: ARN_OPERATORS,
    statements: [publicRead({ ArnEquals: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'ArnLike aws:PrincipalArn within one account pins it',
    source: ARN_OPERATORS,
    statements: [publicRead({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/*' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'StringLike aws:SourceAccount "*" matches every account',
    source: STRING_OPERATORS,
    statements: [publicRead({ StringLike: { 'aws:SourceAccount': '*' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'StringEquals aws:SourceAccount with an account pins it',
    source: `${GLOBAL_KEYS}#condition-keys-sourceaccount`,
    statements: [publicRead({ StringEquals: { 'aws:SourceAccount': '111122223333' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'a negated operator in an Allow is true for every other caller and an absent key',
    source: OPERATORS,
    statements: [publicRead({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'aws:SecureTransport says nothing about the caller',
    source: `${GLOBAL_KEYS}#condition-keys-securetransport`,
    statements: [publicRead({ Bool: { 'aws:SecureTransport': 'true' } })],
    request: READ,
    expect: { allowed: true, unconditional: false, pinned: false },
  },
  {
    name: 'ArnLike aws:SourceArn naming a bucket pins the source',
    source: `${GLOBAL_KEYS}#condition-keys-sourcearn`,
    statements: [publicRead({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::my-log-bucket' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'ArnLike aws:SourceArn on every bucket pins nothing',
    source: ARN_OPERATORS,
    statements: [publicRead({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: "aws:userid with a role's unique id and any session pins the role",
    source: `${GLOBAL_KEYS}#condition-keys-userid`,
    statements: [publicRead({ StringLike: { 'aws:userid': 'AROAEXAMPLEID:*' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'Null only tests that the key is present',
    source: NULL_OPERATOR,
    statements: [publicRead({ Null: { 'aws:PrincipalOrgID': 'false' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'condition key names are case-insensitive',
    source: CONDITION,
    statements: [publicRead({ StringEquals: { 'AWS:principalorgid': 'o-a1b2c3d4e5' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'conditions are ANDed: one pinning entry is enough',
    source: MULTIPLE_KEYS,
    statements: [
      publicRead({
        StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' },
        StringEquals: { 'aws:SourceAccount': '111122223333' },
      }),
    ],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'values are ORed: one open value opens the entry',
    source: MULTIPLE_KEYS,
    statements: [publicRead({ StringLike: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5', 'o-*'] } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'a Deny of everyone outside the organization fences a public Allow',
    source: OPERATORS,
    statements: [
      publicRead(),
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:*',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      },
    ],
    request: READ,
    expect: { allowed: true, pinned: true },
  },
  {
    name: 'the fencing Deny with IfExists also refuses callers without the key',
    source: IF_EXISTS,
    statements: [
      publicRead(),
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:GetObject',
        Resource: '*',
        Condition: { StringNotEqualsIfExists: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } },
      },
    ],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'a fencing Deny of other actions leaves this one open',
    source: EXPLICIT_DENY,
    statements: [
      publicRead(),
      {
        Effect: 'Deny',
        Principal: '*',
        Action: 's3:PutObject',
        Resource: '*',
        Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      },
    ],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'lambda:FunctionUrlAuthType AWS_IAM requires signed callers',
    source: LAMBDA_URL_AUTH,
    statements: [publicRead({ StringEquals: { 'lambda:FunctionUrlAuthType': 'AWS_IAM' } })],
    request: READ,
    expect: { pinned: true },
  },
  {
    name: 'lambda:FunctionUrlAuthType NONE lets anyone call',
    source: LAMBDA_URL_AUTH,
    statements: [publicRead({ StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: "aws:ResourceAccount restricts the resource's owner, not the caller",
    source: `${GLOBAL_KEYS}#condition-keys-resourceaccount`,
    statements: [publicRead({ StringEquals: { 'aws:ResourceAccount': '111122223333' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'aws:username is unique only within an account: it pins no party',
    source: `${GLOBAL_KEYS}#condition-keys-username`,
    statements: [publicRead({ StringEquals: { 'aws:username': 'alice' } })],
    request: READ,
    expect: { pinned: false },
  },
  {
    name: 'aws:PrincipalIsAWSService true admits only AWS services',
    source: `${GLOBAL_KEYS}#condition-keys-principalisawsservice`,
    statements: [publicRead({ Bool: { 'aws:PrincipalIsAWSService': 'true' } })],
    request: READ,
    expect: { pinned: true },
  },
];

const policyOf = (statements: St[]) =>
  analyseText('p.json', JSON.stringify({ Version: '2012-10-17', Statement: statements })).model!.policies[0];

describe('the IAM evaluation model, as AWS documents it', () => {
  it.each(rows.map((r) => [r.name, r] as const))('%s', (_, row) => {
    expect(row.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    const v = evaluate(policyOf(row.statements), row.request);
    const { denied, ...rest } = row.expect;
    expect(v).toMatchObject(rest);
    if (denied !== undefined) expect(v.deniedBy !== undefined).toBe(denied);
  });
});

// ---------------------------------------------------------------------------------------------
// What the rules that ask the model report
// ---------------------------------------------------------------------------------------------

interface RuleRow {
  name: string;
  source: string;
  rule: string;
  file?: string;
  code: string;
  /** The severities reported, in order; empty when the rule must not fire. */
  expect: Severity[];
  message?: RegExp;
}

const identity = (...statements: St[]): string => JSON.stringify({ Version: '2012-10-17', Statement: statements });
const trust = (condition?: St): string =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        Effect: 'Allow',
        Principal: { AWS: '*' },
        Action: 'sts:AssumeRole',
        ...(condition ? { Condition: condition } : {}),
      },
    ],
  });
const lambdaEscalation = (service: string): string =>
  identity(
    allow('iam:PassRole', '*', { Condition: { StringEquals: { 'iam:PassedToService': service } } }),
    allow(['lambda:CreateFunction', 'lambda:InvokeFunction']),
  );

const ruleRows: RuleRow[] = [
  {
    name: 'Allow * with Deny NotAction s3:* is not administrator access',
    source: NOT_ACTION,
    rule: 'iam-admin-access',
    code: identity(allow('*'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }),
    expect: [],
  },
  {
    name: 'Allow * with Deny NotAction s3:* does not pass roles',
    source: NOT_ACTION,
    rule: 'iam-passrole-wildcard',
    code: identity(allow('*'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }),
    expect: [],
  },
  {
    name: 'Allow * with Deny NotAction s3:* is s3:* in effect',
    source: NOT_ACTION,
    rule: 'iam-wildcard-action',
    code: identity(allow('*'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }),
    expect: ['medium'],
    message: /narrow to every action of s3/,
  },
  {
    name: 'Allow * alone is administrator access',
    source: EVALUATION,
    rule: 'iam-admin-access',
    code: identity(allow('*')),
    expect: ['critical'],
  },
  {
    name: 'Allow * with a Deny that keeps IAM is still administrator access',
    source: EXPLICIT_DENY,
    rule: 'iam-admin-access',
    code: identity(allow('*'), deny('s3:DeleteBucket')),
    expect: ['critical'],
    message: /every IAM action remains/,
  },
  {
    name: 'Allow and Deny of iam:PassRole on * pass no role',
    source: EXPLICIT_DENY,
    rule: 'iam-passrole-wildcard',
    code: identity(allow('iam:PassRole'), deny('iam:PassRole')),
    expect: [],
  },
  {
    name: 'a conditional Deny of iam:PassRole leaves it granted',
    source: EVALUATION,
    rule: 'iam-passrole-wildcard',
    code: identity(
      allow('iam:PassRole'),
      deny('iam:PassRole', '*', { Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }),
    ),
    expect: ['high'],
  },
  {
    name: 'PassRole limited to lambda.amazonaws.com with CreateFunction and InvokeFunction escalates',
    source: PASS_ROLE,
    rule: 'iam-privilege-escalation',
    code: lambdaEscalation('lambda.amazonaws.com'),
    expect: ['high'],
    message: /PassExistingRoleToNewLambdaThenInvoke/,
  },
  {
    name: 'PassRole limited to another service breaks the Lambda path',
    source: IAM_KEYS,
    rule: 'iam-privilege-escalation',
    code: lambdaEscalation('ec2.amazonaws.com'),
    expect: [],
  },
  {
    name: 'a wildcard in the service prefix is rejected',
    source: POLICY_CHECKS,
    rule: 'policy-invalid',
    code: identity(allow('*:Untag*')),
    expect: ['high'],
    message: /vendors must not contain wildcards/,
  },
  {
    name: 'a literal service prefix with a wildcard action is valid',
    source: ACTION,
    rule: 'policy-invalid',
    code: identity(allow('ec2:Untag*')),
    expect: [],
  },
  {
    name: 'cloudwatch:PutMetricData has no required resource type: "*" is how it is granted',
    source: SERVICE_AUTHORIZATION,
    rule: 'iam-wildcard-resource',
    code: identity(allow('cloudwatch:PutMetricData')),
    expect: [],
  },
  {
    name: 'iam:PassRole requires a role: "*" grants every role',
    source: SERVICE_AUTHORIZATION,
    rule: 'iam-wildcard-resource',
    code: identity(allow('iam:PassRole')),
    expect: ['medium'],
  },
  {
    name: 's3:GetObject names an object or an access-point object: "*" grants every object',
    source: SERVICE_AUTHORIZATION,
    rule: 'iam-wildcard-resource',
    code: identity(allow('s3:GetObject')),
    expect: ['medium'],
  },
  {
    name: 'tag-based access on "*" is the ABAC pattern: info only',
    source: ABAC,
    rule: 'iam-wildcard-resource',
    code: identity(
      allow('ec2:StartInstances', '*', {
        Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } },
      }),
    ),
    expect: ['info'],
  },
  {
    name: 'a trust of "*" under StringEqualsIfExists is open to anyone',
    source: IF_EXISTS,
    rule: 'trust-any-principal',
    code: trust({ StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
    expect: ['critical'],
    message: /true for callers whose request lacks the key/,
  },
  {
    name: 'a trust of "*" under ForAllValues on the organization is open to anyone',
    source: MULTIVALUED,
    rule: 'trust-any-principal',
    code: trust({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
    expect: ['critical'],
  },
  {
    name: 'a trust of "*" pinned to the organization is medium',
    source: `${GLOBAL_KEYS}#condition-keys-principalorgid`,
    rule: 'trust-any-principal',
    code: trust({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
    expect: ['medium'],
  },
  {
    name: 'a bucket policy for "*" under o-* is public',
    source: STRING_OPERATORS,
    rule: 'resource-policy-public',
    code: identity(publicRead({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } })),
    expect: ['critical'],
  },
  {
    name: 'sts:ExternalId under IfExists is no external id: callers omit it',
    source: CONFUSED_DEPUTY,
    rule: 'trust-cross-account-without-external-id',
    code: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: { AWS: 'arn:aws:iam::444455556666:root' },
          Action: 'sts:AssumeRole',
          Condition: { StringEqualsIfExists: { 'sts:ExternalId': 'agreed-secret' } },
        },
      ],
    }),
    expect: ['high'],
  },
  {
    name: 'BoolIfExists aws:MultiFactorAuthPresent true in an Allow lets long-term keys through',
    source: `${GLOBAL_KEYS}#condition-keys-multifactorauthpresent`,
    rule: 'iam-user-without-mfa-guard',
    file: 'template.yaml',
    code: [
      'Resources:',
      '  Alice:',
      '    Type: AWS::IAM::User',
      '    Properties:',
      '      Policies:',
      '        - PolicyName: work',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      '                Action: s3:PutObject',
      '                Resource: arn:aws:s3:::b/*',
      '                Condition: { BoolIfExists: { aws:MultiFactorAuthPresent: true } }',
      '',
    ].join('\n'),
    expect: ['medium'],
  },
  {
    name: "a Lambda permission's Action is one string",
    source: LAMBDA_PERMISSION,
    rule: 'policy-invalid',
    file: 'template.yaml',
    code: [
      'Resources:',
      '  Permission:',
      '    Type: AWS::Lambda::Permission',
      '    Properties:',
      '      FunctionName: fn',
      '      Principal: sns.amazonaws.com',
      '      SourceArn: arn:aws:sns:us-east-1:111122223333:topic',
      '      Action: [lambda:InvokeFunction, lambda:GetFunction]',
      '',
    ].join('\n'),
    expect: ['high'],
  },
  {
    name: 'SAM rejects an empty Policies entry',
    source: SAM_POLICIES,
    rule: 'policy-invalid',
    file: 'template.yaml',
    code: [
      'Transform: AWS::Serverless-2016-10-31',
      'Resources:',
      '  Fn:',
      '    Type: AWS::Serverless::Function',
      '    Properties:',
      '      Handler: index.handler',
      '      Runtime: nodejs20.x',
      '      CodeUri: .',
      '      Policies: [{}]',
      '',
    ].join('\n'),
    expect: ['high'],
  },
];

describe('the rules that ask the model', () => {
  it.each(ruleRows.map((r) => [`${r.rule}: ${r.name}`, r] as const))('%s', (_, row) => {
    expect(row.source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    const found = checkText(row.file ?? 'policy.json', row.code).findings.filter((f) => f.ruleId === row.rule);
    expect(found.map((f) => f.severity)).toEqual(row.expect);
    if (row.message) expect(found[0].message).toMatch(row.message);
  });

  it('has at least 60 rows, every one citing an AWS page', () => {
    expect(rows.length + ruleRows.length).toBeGreaterThanOrEqual(60);
  });

  it('knows the service every PassRole escalation path hands the role to', () => {
    const withPassRole = Object.entries(ESCALATION_PATHS).filter(([, a]) => a.includes('iam:PassRole'));
    expect(withPassRole.filter(([name]) => !PASSED_TO[name]?.length).map(([name]) => name)).toEqual([]);
  });
});
