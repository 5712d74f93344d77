/**
 * The one-line fixes the logging, exposure and authentication rules attach to their reports as
 * data (Report.fix), and the cases where a one-line edit would not be the whole fix, so none is
 * attached. The reports are read from the rule directly; test/github-comment.test.ts has the
 * Finding side.
 */
import { dedent, reportsOf } from './rule-tester.js';

const fixes = (id: string, code: string) => reportsOf(id, code).map((r) => r.fix?.replacement);

describe('fix data', () => {
  it.each([
    [
      'qldb-permissions-allow-all',
      'Ledger:\n    Type: AWS::QLDB::Ledger\n    Properties:\n      PermissionsMode: ALLOW_ALL',
      'STANDARD',
    ],
    [
      'cognito-unauthenticated-access',
      'Pool:\n    Type: AWS::Cognito::IdentityPool\n    Properties:\n      AllowUnauthenticatedIdentities: true',
      'false',
    ],
    [
      'service-publicly-accessible',
      'Warehouse:\n    Type: AWS::Redshift::Cluster\n    Properties:\n      PubliclyAccessible: true',
      'false',
    ],
    [
      'ec2-public-ip',
      'Instance:\n    Type: AWS::EC2::Instance\n    Properties:\n      NetworkInterfaces:\n        - DeviceIndex: "0"\n          AssociatePublicIpAddress: true',
      'false',
    ],
    [
      'db-iam-auth-disabled',
      'Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      EnableIAMDatabaseAuthentication: false',
      'true',
    ],
    [
      'lb-no-access-logging',
      'Lb:\n    Type: AWS::ElasticLoadBalancingV2::LoadBalancer\n    Properties:\n      LoadBalancerAttributes:\n        - {Key: access_logs.s3.bucket, Value: logs}\n        - {Key: access_logs.s3.enabled, Value: "false"}',
      '"true"',
    ],
  ])('%s replaces the written value', (id, resource, replacement) => {
    expect(fixes(id, `Resources:\n  ${resource}\n`)).toEqual([replacement]);
  });

  it('attaches no fix when turning a flag on would not be enough', () => {
    // No access_logs.s3.bucket attribute: enabling logs alone fails to deploy.
    expect(
      fixes(
        'lb-no-access-logging',
        dedent(`
          Resources:
            Lb:
              Type: AWS::ElasticLoadBalancingV2::LoadBalancer
              Properties:
                LoadBalancerAttributes:
                  - {Key: access_logs.s3.enabled, Value: "false"}
        `),
      ),
    ).toEqual([undefined]);
    // AUDIT_LOGS needs a log group as well as Enabled: true.
    expect(
      fixes(
        'audit-logging-disabled',
        dedent(`
          Resources:
            Search:
              Type: AWS::OpenSearchService::Domain
              Properties:
                LogPublishingOptions:
                  AUDIT_LOGS:
                    Enabled: false
        `),
      ),
    ).toEqual([undefined]);
    // An absent property has no value to replace.
    expect(
      fixes('cognito-mfa-disabled', 'Resources:\n  Pool:\n    Type: AWS::Cognito::UserPool\n    Properties: {}\n'),
    ).toEqual([undefined]);
  });
});
