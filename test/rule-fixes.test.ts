/**
 * Fixes as data: where the fix is one certain edit, a rule's report carries the node to replace and
 * its replacement, so a reporter can offer it (a suggestion block) without knowing any rule.
 */
import type { Report } from '../src/rules/types.js';
import { reportsOf } from './rule-tester.js';

/** The text of the file with each fix applied. */
function applied(code: string, rs: Report[]): string {
  let out = code;
  for (const r of [...rs].filter((x) => x.fix).sort((a, b) => b.fix!.node.start - a.fix!.node.start)) {
    out = out.slice(0, r.fix!.node.start) + r.fix!.replacement + out.slice(r.fix!.node.end);
  }
  return out;
}

const res = (type: string, props: string) => `Resources:\n  R:\n    Type: ${type}\n    Properties:\n${props}`;

describe('one-edit fixes', () => {
  it.each([
    ['redshift-unencrypted', res('AWS::Redshift::Cluster', '      Encrypted: false\n'), 'Encrypted: true'],
    ['rds-unencrypted', res('AWS::DocDB::DBCluster', '      StorageEncrypted: false\n'), 'StorageEncrypted: true'],
    [
      'dax-unencrypted',
      res('AWS::DAX::Cluster', '      SSESpecification: {SSEEnabled: false}\n'),
      '{SSEEnabled: true}',
    ],
    [
      'imdsv2-not-required',
      res('AWS::EC2::LaunchTemplate', '      LaunchTemplateData:\n        MetadataOptions: {HttpTokens: optional}\n'),
      '{HttpTokens: required}',
    ],
    [
      'imdsv2-not-required',
      res(
        'AWS::SageMaker::NotebookInstance',
        '      InstanceMetadataServiceConfiguration: {MinimumInstanceMetadataServiceVersion: "1"}\n',
      ),
      'MinimumInstanceMetadataServiceVersion: 2}',
    ],
    [
      'codebuild-unencrypted',
      res('AWS::CodeBuild::Project', '      Artifacts: {Type: S3, EncryptionDisabled: true}\n'),
      'EncryptionDisabled: false}',
    ],
    [
      'dlm-copy-unencrypted',
      res(
        'AWS::DLM::LifecyclePolicy',
        '      PolicyDetails:\n        Schedules:\n          - CrossRegionCopyRules: [{TargetRegion: eu-west-1, Encrypted: false}]\n',
      ),
      'Encrypted: true}',
    ],
    [
      'transit-encryption-disabled',
      res('AWS::DocDB::DBClusterParameterGroup', '      Parameters: {tls: disabled}\n'),
      '{tls: enabled}',
    ],
    [
      'transit-encryption-disabled',
      res('AWS::MSK::Cluster', '      EncryptionInfo:\n        EncryptionInTransit: {ClientBroker: PLAINTEXT}\n'),
      '{ClientBroker: TLS}',
    ],
    [
      'apigateway-cache-unencrypted',
      res(
        'AWS::ApiGateway::Stage',
        '      MethodSettings:\n        - {CachingEnabled: true, CacheDataEncrypted: false}\n',
      ),
      'CacheDataEncrypted: true}',
    ],
    [
      'elb-outdated-tls-policy',
      res(
        'AWS::ElasticLoadBalancingV2::Listener',
        '      Protocol: HTTPS\n      SslPolicy: ELBSecurityPolicy-2016-08\n',
      ),
      'SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06',
    ],
  ])('%s: %#', (rule, code, expected) => {
    const rs = reportsOf(rule, code);
    expect(rs).toHaveLength(1);
    expect(applied(code, rs)).toContain(expected);
    // The fixed template no longer gets the finding.
    expect(reportsOf(rule, applied(code, rs))).toEqual([]);
  });

  it('offers none where the fix is not one certain edit (an absent property)', () => {
    const rs = reportsOf('redshift-unencrypted', res('AWS::Redshift::Cluster', '      NodeType: ra3.xlplus\n'));
    expect(rs).toHaveLength(1);
    expect(rs[0].fix).toBeUndefined();
  });

  // Regression (issue 26): the fix replaced `!Ref Tls` with `enabled`, dropping the parameter.
  it.each([
    ['AWS::DocDB::DBClusterParameterGroup', '      Parameters: {tls: !Ref Tls}\n', 'disabled'],
    [
      'AWS::ECS::TaskDefinition',
      '      Volumes:\n        - Name: data\n          EFSVolumeConfiguration: {FilesystemId: fs-1, TransitEncryption: !Ref Tls}\n',
      'DISABLED',
    ],
    [
      'AWS::Redshift::ClusterParameterGroup',
      '      Parameters:\n        - {ParameterName: require_ssl, ParameterValue: !Ref Tls}\n',
      'false',
    ],
    [
      'AWS::OpenSearchService::Domain',
      '      DomainEndpointOptions: {EnforceHTTPS: true, TLSSecurityPolicy: !Ref Tls}\n      NodeToNodeEncryptionOptions: {Enabled: true}\n',
      'Policy-Min-TLS-1-0-2019-07',
    ],
  ])('offers none on a value an intrinsic gives (%s)', (type, props, value) => {
    const code = `Parameters:\n  Tls:\n    Type: String\n    Default: ${value}\n${res(type, props)}`;
    const rs = reportsOf('transit-encryption-disabled', code);
    expect(rs.length).toBeGreaterThan(0);
    expect(rs.map((r) => r.fix)).toEqual(rs.map(() => undefined));
  });
});
