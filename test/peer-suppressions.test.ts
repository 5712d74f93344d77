/**
 * Peers' suppressions: a cfn_nag, checkov or cdk-nag Metadata entry written for one of a rule's
 * "also known as" ids (rules.md; test/rules-meta.test.ts checks each rule lists exactly those)
 * silences our finding and keeps its reason, so a team moving from a peer keeps its annotations.
 */
import { checkText } from '../src/engines/analyse.js';

describe("peers' suppressions silence the encryption, secrets and IMDSv2 rules", () => {
  const findings = (metadata: string, type: string, props: string) =>
    checkText(
      't.yaml',
      `Resources:\n  R:\n    Type: ${type}\n    Metadata:\n      ${metadata}\n    Properties:\n${props}`,
    ).findings;

  it.each([
    [
      'checkov CKV_AWS_64',
      'checkov:\n        skip:\n          - id: CKV_AWS_64\n            comment: dev',
      'AWS::Redshift::Cluster',
      '      NodeType: ra3.xlplus\n',
      'redshift-unencrypted',
    ],
    [
      'cfn_nag F30 (Neptune)',
      'cfn_nag:\n        rules_to_suppress:\n          - id: F30\n            reason: graph is public data',
      'AWS::Neptune::DBCluster',
      '      DBClusterIdentifier: g\n',
      'rds-unencrypted',
    ],
    [
      'cdk-nag AwsSolutions-DDB4',
      'cdk_nag:\n        rules_to_suppress:\n          - id: AwsSolutions-DDB4\n            reason: cache of public data',
      'AWS::DAX::Cluster',
      '      NodeType: dax.t3.small\n',
      'dax-unencrypted',
    ],
    [
      'checkov CKV_AWS_384',
      'checkov:\n        skip:\n          - id: CKV_AWS_384\n            comment: not a secret',
      'AWS::SSM::Parameter',
      '      Name: /app/token\n      Type: String\n      Value: not-really-a-token-value\n',
      'hardcoded-secret',
    ],
  ])('%s', (_name, metadata, type, props, rule) => {
    const fs = findings(metadata, type, props).filter((f) => f.ruleId === rule);
    expect(fs).toHaveLength(1);
    expect(fs[0].suppressed).toBe(true);
  });
});

const suppressed = (code: string) =>
  checkText('t.yaml', code)
    .findings.filter((f) => f.suppressed)
    .map((f) => `${f.ruleId} ${f.suppression?.reason}`);

describe("peers' suppressions silence the logging, exposure, authentication and IAM-gap rules", () => {
  it.each([
    [
      'checkov CKV_AWS_59 → apigateway-method-no-auth',
      'Method:\n    Type: AWS::ApiGateway::Method\n    Metadata:\n      checkov:\n        skip:\n          - id: CKV_AWS_59\n            comment: public health check\n    Properties:\n      HttpMethod: GET\n      AuthorizationType: NONE',
      'apigateway-method-no-auth public health check (checkov CKV_AWS_59)',
    ],
    [
      'cfn_nag W57 → cognito-unauthenticated-access',
      'Pool:\n    Type: AWS::Cognito::IdentityPool\n    Metadata:\n      cfn_nag:\n        rules_to_suppress:\n          - id: W57\n            reason: guest checkout\n    Properties:\n      AllowUnauthenticatedIdentities: true',
      'cognito-unauthenticated-access guest checkout (cfn_nag W57)',
    ],
    [
      'cdk-nag AwsSolutions-COG2 → cognito-mfa-disabled',
      'Users:\n    Type: AWS::Cognito::UserPool\n    Metadata:\n      cdk_nag:\n        rules_to_suppress:\n          - id: AwsSolutions-COG2\n            reason: internal test pool\n    Properties:\n      MfaConfiguration: "OFF"',
      'cognito-mfa-disabled internal test pool (cdk_nag AwsSolutions-COG2)',
    ],
    [
      'cfn_nag F2 → trust-wildcard-action',
      'Role:\n    Type: AWS::IAM::Role\n    Metadata:\n      cfn_nag:\n        rules_to_suppress:\n          - id: F2\n            reason: legacy broker\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: { Service: ec2.amazonaws.com }\n            Action: sts:*',
      'trust-wildcard-action legacy broker (cfn_nag F2)',
    ],
    [
      'cdk-nag NIST IAMUserGroupMembership → iam-user-not-in-group',
      'Robot:\n    Type: AWS::IAM::User\n    Metadata:\n      cdk_nag:\n        rules_to_suppress:\n          - id: NIST.800.53.R5-IAMUserGroupMembership\n            reason: break-glass user',
      'iam-user-not-in-group break-glass user (cdk_nag NIST.800.53.R5-IAMUserGroupMembership)',
    ],
  ])('%s', (_name, resource, expected) => {
    expect(suppressed(`Resources:\n  ${resource}\n`)).toEqual([expected]);
  });
});

describe("peers' compliance-pack ids silence the earlier rules too", () => {
  it('cdk-nag NIST.800.53.R5-CloudTrailLogFileValidationEnabled → cloudtrail-no-log-validation', () => {
    const code = [
      'Resources:',
      '  Trail:',
      '    Type: AWS::CloudTrail::Trail',
      '    Metadata:',
      '      cdk_nag:',
      '        rules_to_suppress:',
      '          - id: NIST.800.53.R5-CloudTrailLogFileValidationEnabled',
      '            reason: validated by the central log account',
      '    Properties:',
      '      IsLogging: true',
      '      S3BucketName: logs',
      '      IsMultiRegionTrail: true',
      '      EnableLogFileValidation: false',
      '',
    ].join('\n');
    const f = checkText('t.yaml', code).findings.filter((x) => x.ruleId === 'cloudtrail-no-log-validation');
    expect(f).toHaveLength(1);
    expect(f[0].suppressed).toBe(true);
    expect(f[0].suppression?.reason).toContain('validated by the central log account');
  });
});
