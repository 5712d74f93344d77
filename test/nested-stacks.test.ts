/**
 * Nested stacks and SAM applications through the real scan over files on disk (and a real git
 * repository for the pull-request narrowing): the child gets the parent's values, a finding that
 * needs them names the parent, a change to either file brings in the pair.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scan } from '../src/scan/scan.js';
import { changedSince } from '../src/files/git.js';
import { analyseText } from '../src/engines/analyse.js';
import { nestedStacks } from '../src/template/nested-stacks.js';
import { dedent } from './rule-tester.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-nested-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const child = dedent(`
  AWSTemplateFormatVersion: "2010-09-09"
  Parameters:
    AdminCidr:
      Type: String
    VpcId:
      Type: String
  Resources:
    Bastion:
      Type: AWS::EC2::SecurityGroup
      Properties:
        GroupDescription: remote desktop
        VpcId: !Ref VpcId
        SecurityGroupIngress:
          - IpProtocol: tcp
            FromPort: 3389
            ToPort: 3389
            CidrIp: !Ref AdminCidr
`);

const parent = (location = './network/bastion.yaml') =>
  dedent(`
    AWSTemplateFormatVersion: "2010-09-09"
    Parameters:
      Cidr:
        Type: String
        Default: 0.0.0.0/0
    Resources:
      Network:
        Type: AWS::CloudFormation::Stack
        Properties:
          TemplateURL: ${location}
          Parameters:
            AdminCidr: !Ref Cidr
            VpcId: vpc-123
  `);

const admin = (r: Awaited<ReturnType<typeof scan>>) => r.findings.filter((f) => f.ruleId === 'sg-open-admin-port');

describe('nested stacks', () => {
  it("analyses the child with the parent's values, naming the parent", async () => {
    const cwd = repo({ 'stacks/main.yaml': parent(), 'stacks/network/bastion.yaml': child });
    const r = await scan({ cwd, files: { paths: ['.'] } });
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    const found = admin(r);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'stacks/network/bastion.yaml', resource: 'Bastion', line: 17 });
    expect(found[0].message).toBe(
      'Bastion allows RDP (3389) from 0.0.0.0/0 (port 3389). Found with the parameters stacks/main.yaml passes to it as Network.',
    );
    // Alone, the child's AdminCidr is unknown: reported as partly analysed.
    expect(r.partial).toContainEqual({
      file: 'stacks/network/bastion.yaml',
      resource: 'Bastion',
      reasons: ['parameter AdminCidr has no Default and no value was given'],
    });
  });

  it("passes the parent's known values, not placeholders for its resources' attributes", () => {
    const m = analyseText(
      'main.yaml',
      dedent(`
        Parameters:
          Cidr: { Type: String, Default: 0.0.0.0/0 }
          Zones: { Type: CommaDelimitedList, Default: "a, b" }
        Resources:
          Vpc:
            Type: AWS::EC2::VPC
            Properties: { CidrBlock: 10.0.0.0/16 }
          Bastion:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: bastion.yaml
              Parameters:
                AdminCidr: !Ref Cidr
                Zones: !Ref Zones
                Name: !Sub "\${AWS::StackName}-bastion"
                VpcId: !Ref Vpc
                VpcCidr: !GetAtt Vpc.CidrBlock
                Label: !Sub "\${Vpc}-bastion"
                Shared: !ImportValue shared-vpc
      `),
    ).model!;
    expect(nestedStacks(m.template!, m.resolver)[0].parameters).toEqual({
      AdminCidr: '0.0.0.0/0',
      Zones: 'a,b',
      Name: 'stack-bastion',
    });
  });

  it('a finding the child has alone is reported once, without the parent', async () => {
    const open = child.replace('CidrIp: !Ref AdminCidr', 'CidrIp: 0.0.0.0/0');
    const cwd = repo({ 'main.yaml': parent('network/bastion.yaml'), 'network/bastion.yaml': open });
    const found = admin(await scan({ cwd, files: { paths: ['.'] } }));
    expect(found).toHaveLength(1);
    expect(found[0].message).not.toMatch(/passes to it/);
  });

  it('two parents passing the open CIDR give two findings with their own fingerprints', async () => {
    const cwd = repo({
      'a.yaml': parent('./shared/bastion.yaml'),
      'b.yaml': parent('shared/bastion.yaml'),
      'shared/bastion.yaml': child,
    });
    const found = admin(await scan({ cwd, files: { paths: ['.'] } }));
    expect(found.map((f) => f.message.match(/parameters (\S+) passes/)![1]).sort()).toEqual(['a.yaml', 'b.yaml']);
    expect(new Set(found.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('a SAM application with a local Location is followed; a repository application is not analysed', async () => {
    const sam = dedent(`
      Transform: AWS::Serverless-2016-10-31
      Resources:
        Bastion:
          Type: AWS::Serverless::Application
          Properties:
            Location: bastion.yaml
            Parameters: { AdminCidr: 0.0.0.0/0, VpcId: vpc-1 }
        Published:
          Type: AWS::Serverless::Application
          Properties:
            Location: { ApplicationId: "arn:aws:serverlessrepo:us-east-1:123456789012:applications/x", SemanticVersion: 1.0.0 }
        Remote:
          Type: AWS::CloudFormation::Stack
          Properties:
            TemplateURL: https://s3.amazonaws.com/acme-templates/vpc.yaml
        Uploaded:
          Type: AWS::CloudFormation::Stack
          Properties:
            TemplateURL: !Sub "https://\${TemplatesBucket}.s3.amazonaws.com/vpc.yaml"
    `);
    const cwd = repo({ 'app.yaml': sam, 'bastion.yaml': child });
    const r = await scan({ cwd, files: { paths: ['.'] } });
    expect(admin(r).map((f) => f.message)).toEqual([expect.stringMatching(/app\.yaml passes to it as Bastion/)]);
    expect(r.partial).toEqual(
      expect.arrayContaining([
        {
          file: 'app.yaml',
          resource: 'Published',
          reasons: [expect.stringMatching(/Serverless Application Repository application/)],
        },
        {
          file: 'app.yaml',
          resource: 'Remote',
          reasons: [expect.stringMatching(/at https:\/\/s3\.amazonaws\.com\/acme-templates\/vpc\.yaml/)],
        },
        {
          file: 'app.yaml',
          resource: 'Uploaded',
          reasons: [
            "the nested stack's template is at https://${TemplatesBucket}.s3.amazonaws.com/vpc.yaml, which is not read: not analysed",
          ],
        },
      ]),
    );
  });

  // Regression (issue 26): the nested reader had its own reader without UTF-16 decoding, so the
  // child was "not found" and the finding the parent's values bring out disappeared.
  it('a UTF-16 child template is read as every scanned file is', async () => {
    const cwd = repo({ 'stacks/main.yaml': parent() });
    mkdirSync(path.join(cwd, 'stacks/network'));
    writeFileSync(
      path.join(cwd, 'stacks/network/bastion.yaml'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(child, 'utf16le')]),
    );
    const r = await scan({ cwd, files: { paths: ['.'] } });
    expect(r.warnings).toEqual([]);
    expect(admin(r)).toEqual([
      expect.objectContaining({
        file: 'stacks/network/bastion.yaml',
        line: 17,
        message: expect.stringMatching(/Found with the parameters stacks\/main\.yaml passes to it as Network\.$/),
      }),
    ]);
  });

  it('a child over the size cap is named with the reason, not as missing', async () => {
    const cwd = repo({
      'stacks/main.yaml': parent(),
      'stacks/network/bastion.yaml': `${child}#${'x'.repeat(6 << 20)}\n`,
    });
    const r = await scan({ cwd, files: { paths: ['stacks/main.yaml'] } });
    expect(r.warnings).toContainEqual({
      file: 'stacks/main.yaml',
      line: 10,
      message: expect.stringMatching(
        /^nested stack Network: its template \.\/network\/bastion\.yaml is not read: 6\.0 MB, over the 5 MB/,
      ),
    });
  });

  it('a missing child and a cycle are warnings at the TemplateURL line', async () => {
    const loop = (to: string) =>
      dedent(`
        Resources:
          Next:
            Type: AWS::CloudFormation::Stack
            Properties:
              TemplateURL: ${to}
              Parameters: { X: "1" }
      `);
    const cwd = repo({ 'main.yaml': parent('./gone.yaml'), 'a.yaml': loop('b.yaml'), 'b.yaml': loop('a.yaml') });
    const r = await scan({ cwd, files: { paths: ['.'] } });
    expect(r.warnings).toContainEqual({
      file: 'main.yaml',
      line: 10,
      message: 'nested stack Network: its template ./gone.yaml was not found',
    });
    expect(r.warnings.map((w) => w.message)).toContain(
      'nested stacks form a cycle (a.yaml → b.yaml → a.yaml); not followed further',
    );
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  });

  it('CDK: a nested stack asset named in the parent Metadata is followed', async () => {
    const parentTpl = JSON.stringify({
      Resources: {
        NetNestedStackResource: {
          Type: 'AWS::CloudFormation::Stack',
          Properties: {
            TemplateURL: {
              'Fn::Join': ['', ['https://s3.', { Ref: 'AWS::Region' }, '.amazonaws.com/cdk-assets/x.json']],
            },
            Parameters: { AdminCidr: '0.0.0.0/0', VpcId: 'vpc-9' },
          },
          Metadata: {
            'aws:cdk:path': 'App/Net.NestedStack/Net.NestedStackResource',
            'aws:asset:path': 'AppNet1234.nested.template.json',
            'aws:asset:property': 'TemplateURL',
          },
        },
      },
    });
    const cwd = repo({
      'cdk.out/App.template.json': parentTpl,
      'cdk.out/AppNet1234.nested.template.json': JSON.stringify({
        Parameters: { AdminCidr: { Type: 'String' }, VpcId: { Type: 'String' } },
        Resources: {
          Rdp: {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: {
              GroupId: 'sg-1',
              IpProtocol: 'tcp',
              FromPort: 3389,
              ToPort: 3389,
              CidrIp: { Ref: 'AdminCidr' },
            },
            Metadata: { 'aws:cdk:path': 'App/Net/Rdp/Resource' },
          },
        },
      }),
    });
    const found = admin(await scan({ cwd, files: { paths: ['.'] } }));
    expect(found.map((f) => [f.file, f.resource])).toEqual([['cdk.out/AppNet1234.nested.template.json', 'Rdp']]);
    expect(found[0].message).toMatch(/cdk\.out\/App\.template\.json passes to it as NetNestedStackResource/);
    // The construct path leads back to the CDK app: in the message and its own JSON field.
    expect(found[0].constructPath).toBe('App/Net/Rdp/Resource');
    expect(found[0].message).toMatch(/\. CDK construct: App\/Net\/Rdp\/Resource\. Found with the parameters/);
  });

  it("CDK without asset metadata: the TemplateURL's object key is found in the assembly's assets.json", async () => {
    const key = `${'ab12'.repeat(16)}.json`;
    const cwd = repo({
      'cdk.out/App.template.json': JSON.stringify({
        Resources: {
          NetNestedStackResource: {
            Type: 'AWS::CloudFormation::Stack',
            Properties: {
              TemplateURL: {
                'Fn::Join': [
                  '',
                  [
                    'https://s3.',
                    { Ref: 'AWS::Region' },
                    '.',
                    { Ref: 'AWS::URLSuffix' },
                    '/',
                    { 'Fn::Sub': 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}' },
                    `/${key}`,
                  ],
                ],
              },
              Parameters: { AdminCidr: '0.0.0.0/0', VpcId: 'vpc-9' },
            },
          },
        },
      }),
      'cdk.out/App.assets.json': JSON.stringify({
        version: '36.0.0',
        files: {
          [key.slice(0, 64)]: {
            source: { path: 'AppNet.nested.template.json', packaging: 'file' },
            destinations: { 'current_account-current_region': { bucketName: 'b', objectKey: key } },
          },
        },
      }),
      'cdk.out/AppNet.nested.template.json': JSON.stringify({
        Parameters: { AdminCidr: { Type: 'String' }, VpcId: { Type: 'String' } },
        Resources: {
          Ssh: {
            Type: 'AWS::EC2::SecurityGroupIngress',
            Properties: { GroupId: 'sg-1', IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: { Ref: 'AdminCidr' } },
          },
        },
      }),
    });
    const r = await scan({ cwd, files: { paths: ['.'] } });
    expect(admin(r).map((f) => [f.file, f.resource])).toEqual([['cdk.out/AppNet.nested.template.json', 'Ssh']]);
    expect(r.partial.filter((p) => p.file === 'cdk.out/App.template.json')).toEqual([]);
  });

  describe('narrowed to changed files', () => {
    const git = (cwd: string, ...a: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], { cwd });
    const commitAll = (cwd: string, m: string) => {
      git(cwd, 'add', '.');
      git(cwd, 'commit', '-qm', m);
    };

    it('a change to the child alone brings in its parent and the pair', async () => {
      const cwd = repo({ 'main.yaml': parent('net.yaml'), 'net.yaml': child.replace('3389', '3388') });
      git(cwd, 'init', '-q', '-b', 'main');
      commitAll(cwd, 'base');
      writeFileSync(path.join(cwd, 'net.yaml'), child);
      commitAll(cwd, 'open rdp');
      const r = await scan({
        cwd,
        files: { paths: ['.'], changed: changedSince(cwd, 'HEAD~1') },
        compareWith: 'HEAD~1',
      });
      expect(admin(r).map((f) => [f.file, f.message.includes('main.yaml passes')])).toEqual([['net.yaml', true]]);
      expect(r.files).toBe(2);
    });

    it('a change to the parent alone brings in the child', async () => {
      const cwd = repo({ 'main.yaml': parent('net.yaml').replace('0.0.0.0/0', '10.0.0.0/8'), 'net.yaml': child });
      const only = new Set([path.join(cwd, 'main.yaml')]);
      const before = await scan({ cwd, files: { paths: ['.'], changed: only } });
      expect(admin(before)).toEqual([]);
      writeFileSync(path.join(cwd, 'main.yaml'), parent('net.yaml'));
      const r = await scan({ cwd, files: { paths: ['.'], changed: only } });
      expect(admin(r).map((f) => f.file)).toEqual(['net.yaml']);
    });

    it('an unrelated change brings in nothing', async () => {
      const cwd = repo({ 'main.yaml': parent('net.yaml'), 'net.yaml': child, 'other.yaml': 'Resources: {}\n' });
      const r = await scan({ cwd, files: { paths: ['.'], changed: new Set([path.join(cwd, 'other.yaml')]) } });
      expect(r.files).toBe(1);
      expect(admin(r)).toEqual([]);
    });
  });
});
