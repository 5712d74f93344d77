/**
 * One problem, one finding: findings a more severe one on the same element implies are folded
 * into it, named in its message, and kept (ids and fingerprints) in `folded`. Shapes: an
 * administrator statement, a world-open all-protocols rule, a suppression written for an implied
 * rule, a security group only an Application Load Balancer uses.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkText } from '../src/engines/analyse.js';
import { foldImplied } from '../src/findings/fold.js';
import { scan } from '../src/scan/scan.js';
import { dedent } from './rule-tester.js';

const admin = (comment = '') =>
  dedent(`
    Resources:
      Ops:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: '*'${comment}
                Resource: '*'
  `);

const wide = dedent(`
  Resources:
    Wide:
      Type: AWS::EC2::SecurityGroup
      Properties:
        GroupDescription: everything
        SecurityGroupIngress:
          - { IpProtocol: -1, CidrIp: 0.0.0.0/0 }
`);

const folded = (code: string) => foldImplied(checkText('t.yaml', code).findings);

describe('folding implied findings', () => {
  it('an administrator statement is one finding that names what it implies', () => {
    const before = checkText('t.yaml', admin()).findings;
    expect(before.length).toBeGreaterThanOrEqual(6);
    const after = folded(admin());
    expect(after.map((f) => [f.ruleId, f.line, f.column, f.severity])).toEqual([
      ['iam-admin-access', 8, 21, 'critical'],
    ]);
    const [f] = after;
    expect(f.message).toMatch(/full administrator access\. Also: .*iam:PassRole on every role.*\.$/);
    const ids = f.folded!.map((x) => x.ruleId).sort();
    expect(ids).toEqual(
      before
        .filter((x) => x.ruleId !== 'iam-admin-access')
        .map((x) => x.ruleId)
        .sort(),
    );
    // The fingerprints are the folded findings' own, for baselines.
    for (const x of f.folded!) expect(before.find((b) => b.ruleId === x.ruleId)!.fingerprint).toBe(x.fingerprint);
  });

  it('a suppression written for an implied rule still suppresses it, and it is not folded', () => {
    const after = folded(admin(' # policygate-ignore iam-wildcard-resource -- reviewed: break-glass role'));
    const wr = after.filter((f) => f.ruleId === 'iam-wildcard-resource');
    expect(wr.map((f) => f.suppressed)).toEqual([true]);
    expect(after.filter((f) => f.ruleId === 'suppression-unused')).toEqual([]);
    const [a] = after.filter((f) => f.ruleId === 'iam-admin-access');
    expect(a.folded!.map((x) => x.ruleId)).not.toContain('iam-wildcard-resource');
  });

  it('a world-open all-protocols rule is sg-open-all-ports, with SSH folded in', () => {
    const after = folded(wide).filter((f) => f.ruleId.startsWith('sg-'));
    expect(after.map((f) => [f.ruleId, f.line])).toEqual([['sg-open-all-ports', 7]]);
    expect(after[0].folded!.map((x) => x.ruleId)).toEqual(expect.arrayContaining(['sg-open-admin-port']));
    expect(after[0].message).toMatch(
      / Also: SSH or RDP open to the internet; database or cache port open to the internet\.$/,
    );
  });

  it('a less severe finding does not swallow a more severe one', () => {
    const raw = checkText('t.yaml', wide).findings.map((f) =>
      f.ruleId === 'sg-open-all-ports' ? { ...f, severity: 'low' as const } : f,
    );
    expect(foldImplied(raw).map((f) => f.ruleId)).toContain('sg-open-admin-port');
  });

  it('scan() folds: the JSON keeps the folded ids', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-fold-'));
    writeFileSync(path.join(dir, 'ops.yaml'), admin());
    const result = await scan({ cwd: dir, files: { paths: [] } });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['iam-admin-access']);
    expect(JSON.parse(JSON.stringify(result.findings[0])).folded.length).toBeGreaterThanOrEqual(5);
  });
});

describe('a security group only load balancers use', () => {
  const code = (users: string) =>
    dedent(`
      Resources:
        LbGroup:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: public load balancer
            SecurityGroupIngress:
              - { IpProtocol: -1, CidrIp: 0.0.0.0/0 }
        Lb:
          Type: AWS::ElasticLoadBalancingV2::LoadBalancer
          Properties:
            Subnets: [subnet-1, subnet-2]
            SecurityGroups: [!Ref LbGroup]
${users}
    `);

  it('is reported as what it opens, one severity lower, with the reason', () => {
    const got = checkText('t.yaml', code('')).findings.filter((f) => f.ruleId.startsWith('sg-'));
    expect(got.map((f) => [f.ruleId, f.severity, f.line])).toEqual([['sg-open-all-ports', 'high', 7]]);
    expect(got[0].message).toMatch(
      /only Lb uses the group, and a load balancer accepts traffic only on its listeners' ports/,
    );
  });

  it('stays critical when an instance uses the group too', () => {
    const instance = [
      '        Box:',
      '          Type: AWS::EC2::Instance',
      '          Properties:',
      '            ImageId: ami-0a1b2c3d',
      '            SecurityGroupIds: [!GetAtt LbGroup.GroupId]',
    ].join('\n');
    const got = checkText('t.yaml', code(instance)).findings.filter((f) => f.ruleId === 'sg-open-all-ports');
    expect(got.map((f) => f.severity)).toEqual(['critical']);
  });
});
