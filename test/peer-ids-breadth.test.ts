/**
 * Peers' suppressions reach the logging, exposure, authentication and IAM-gap rules through the
 * "also known as" ids of rules.md: a team moving from checkov, cfn_nag or cdk-nag keeps its
 * Metadata annotations.
 */
import { checkText } from '../src/engines/analyse.js';

const suppressed = (code: string) =>
  checkText('t.yaml', code)
    .findings.filter((f) => f.suppressed)
    .map((f) => `${f.ruleId} ${f.suppression?.reason}`);

describe('peer ids of the breadth rules', () => {
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
