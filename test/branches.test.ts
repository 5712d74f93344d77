/**
 * Every branch: a resource behind a condition that the Defaults make false is analysed too, and a
 * finding that holds in one branch only says when ("when condition UseNatInstance is true").
 * Shapes: a NAT instance and an allow-all NACL entry created only when a parameter says so, a
 * security group rule behind Fn::If, a region condition.
 */
import { at, dedent, findingsOf } from './rule-tester.js';

const natTemplate = dedent(`
  Parameters:
    NatKind: { Type: String, Default: gateway, AllowedValues: [gateway, instance] }
  Conditions:
    UseNatInstance: !Equals [!Ref NatKind, instance]
  Resources:
    NatInstance:
      Type: AWS::EC2::Instance
      Condition: UseNatInstance
      Properties:
        ImageId: ami-0a1b2c3d
        NetworkInterfaces:
          - { DeviceIndex: '0', AssociatePublicIpAddress: true, SubnetId: subnet-1 }
    OpenEntry:
      Type: AWS::EC2::NetworkAclEntry
      Condition: UseNatInstance
      Properties: { NetworkAclId: acl-1, RuleNumber: 100, Protocol: -1, RuleAction: allow, CidrBlock: 0.0.0.0/0 }
`);

const rule = (code: string, id: string, parameters?: Record<string, string>) =>
  findingsOf({ name: '', code, parameters }).filter((f) => f.ruleId === id);

describe('every branch', () => {
  it('reports a resource the Defaults leave out, saying when it holds', () => {
    const [ip] = rule(natTemplate, 'ec2-public-ip');
    expect([ip.line, ip.column]).toEqual([at(natTemplate, 12, 'true').line, at(natTemplate, 12, 'true').column]);
    expect(ip.message).toMatch(/ \(when condition UseNatInstance is true\)\.$/);
    const [nacl] = rule(natTemplate, 'nacl-allow-all');
    expect(nacl.line).toBe(16);
    expect(nacl.message).toMatch(/\(when condition UseNatInstance is true\)\.$/);
  });

  it("says when a finding of the Defaults' branch holds only there", () => {
    const [ip] = rule(natTemplate, 'ec2-public-ip', { NatKind: 'instance' });
    expect(ip.message).toMatch(/\(when condition UseNatInstance is true\)\.$/);
  });

  it('follows Fn::If into the branch the Defaults do not take', () => {
    const code = dedent(`
      Parameters:
        Env: { Type: String, Default: prod }
      Conditions:
        IsDev: !Equals [!Ref Env, dev]
      Resources:
        Sg:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: web
            SecurityGroupIngress:
              - IpProtocol: tcp
                FromPort: 22
                ToPort: 22
                CidrIp: !If [IsDev, 0.0.0.0/0, 10.0.0.0/8]
    `);
    const got = rule(code, 'sg-open-admin-port');
    expect(got.map((f) => [f.line, f.message.endsWith('(when condition IsDev is true).')])).toEqual([[14, true]]);
  });

  it('analyses a region condition both ways without saying anything of an unconditional finding', () => {
    const code = dedent(`
      Conditions:
        InVirginia: !Equals [!Ref AWS::Region, us-east-1]
      Resources:
        Trail:
          Type: AWS::CloudTrail::Trail
          Properties:
            IsLogging: true
            S3BucketName: logs
            IsMultiRegionTrail: !If [InVirginia, true, false]
        Open:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: x
            SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0 }]
    `);
    const multi = rule(code, 'cloudtrail-not-multi-region');
    expect(multi.map((f) => f.message)).toEqual([expect.stringMatching(/\(when condition InVirginia is false\)\.$/)]);
    const rdp = rule(code, 'sg-open-admin-port');
    expect(rdp.map((f) => f.message)).toEqual([expect.not.stringMatching(/when condition/)]);
  });
});
