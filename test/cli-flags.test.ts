/**
 * The flags people adopting PolicyGate reach for (interface.md §2), through the bundled CLI:
 * choosing rules, excluding paths, baselines on the fingerprints, quiet and compact output,
 * suppressed findings on request, one rule's page, and checkov's `-o json` caught.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, AWS_EC2_METADATA_DISABLED: 'true' },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SG = (cidr: string, extra = '') => `AWSTemplateFormatVersion: '2010-09-09'
Resources:${extra}
  WebSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: web servers
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: ${cidr}
`;
const BUCKET = `
  # policygate-ignore s3-no-access-logging -- the log bucket itself
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: logs
`;

/** A git repository with a template in `stacks/` and one in `legacy/`. */
function repo() {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-flags-'));
  mkdirSync(path.join(dir, 'stacks'));
  mkdirSync(path.join(dir, 'legacy'));
  writeFileSync(path.join(dir, 'stacks/web.yaml'), SG('0.0.0.0/0', BUCKET));
  writeFileSync(path.join(dir, 'legacy/old.yaml'), SG('0.0.0.0/0'));
  execFileSync('git', ['init', '-q'], { cwd: dir });
  return dir;
}

type Found = {
  ruleId: string;
  file: string;
  line: number;
  fingerprint: string;
  resource: string | null;
  suppressed: boolean;
};
const json = (stdout: string) => JSON.parse(stdout) as { findings: Found[]; conclusion: string };
const ruleIds = (stdout: string) => [...new Set(json(stdout).findings.map((f) => f.ruleId))].sort();

describe("-o is --output, not checkov's format flag", () => {
  it('-o json with no file named json is exit 2 with "did you mean --format json?" and writes nothing', () => {
    const dir = repo();
    const r = run(['scan', '.', '-o', 'json'], dir);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('policygate: -o is --output (a file); did you mean --format json?\n');
    expect(existsSync(path.join(dir, 'json'))).toBe(false);
  });
  it('-o report.sarif writes the file', () => {
    const dir = repo();
    const r = run(['scan', '.', '-f', 'sarif', '-o', 'report.sarif'], dir);
    expect(r.code).toBe(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'report.sarif'), 'utf8')).version).toBe('2.1.0');
  });
  it('a mistyped flag names the one meant', () => {
    const r = run(['scan', '.', '--skip-rules', 'x'], repo());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Unknown option '--skip-rules'; did you mean --skip-rule\?; see policygate scan --help/);
  });
  it('--help lists the short flags', () => {
    const help = run(['scan', '--help'], repo()).stdout;
    for (const f of ['-f, --format', '-o, --output', '-q, --quiet', '-j, --jobs', '-h, --help'])
      expect(help).toContain(f);
    expect(run(['--help'], repo()).stdout).toContain('-v, --version');
  });
});

describe('--rule and --skip-rule', () => {
  it('--rule runs only the rules named (commas and repeats alike)', () => {
    const dir = repo();
    const all = ruleIds(run(['scan', '.', '-f', 'json'], dir).stdout);
    expect(all.length).toBeGreaterThan(2);
    expect(ruleIds(run(['scan', '.', '-f', 'json', '--rule', 'sg-open-admin-port'], dir).stdout)).toEqual([
      'sg-open-admin-port',
    ]);
    const two = ruleIds(
      run(['scan', '.', '-f', 'json', '--rule', 'sg-open-admin-port,s3-no-access-logging'], dir).stdout,
    );
    expect(two).toEqual(['s3-no-access-logging', 'sg-open-admin-port']);
  });
  it('--skip-rule turns a rule off and its suppressions are not reported unused', () => {
    const dir = repo();
    const r = run(
      ['scan', '.', '-f', 'json', '--skip-rule', 'sg-open-admin-port', '--skip-rule', 's3-no-access-logging'],
      dir,
    );
    const ids = ruleIds(r.stdout);
    expect(ids).not.toContain('sg-open-admin-port');
    expect(ids).not.toContain('s3-no-access-logging');
    expect(ids).not.toContain('suppression-unused');
    expect(ids.length).toBeGreaterThan(0);
  });
  it.each([['--rule'], ['--skip-rule']])('%s with an unknown id is exit 2 with the nearest id', (flag) => {
    const r = run(['scan', '.', flag, 'sg-open-admin-prot'], repo());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      new RegExp(`^policygate: ${flag}: unknown rule "sg-open-admin-prot"; did you mean "sg-open-admin-port"\\?`),
    );
  });
});

describe('--exclude', () => {
  it('leaves matching paths out, on top of the default excludes', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'package.json'), '{"name": "x"}');
    const r = run(['scan', '.', '-f', 'json', '--exclude', 'legacy/**'], dir);
    const files = new Set(json(r.stdout).findings.map((f) => f.file));
    expect([...files]).toEqual(['stacks/web.yaml']);
    expect(JSON.parse(r.stdout).summary.files).toBe(1);
  });
});

describe('baselines', () => {
  it('--create-baseline records the open findings and exits 0; --baseline then gates only new ones, wherever lines move', () => {
    const dir = repo();
    const created = run(['scan', '.', '--create-baseline', 'baseline.json'], dir);
    expect(created.code).toBe(0);
    expect(created.stdout).toBe('');
    const base = JSON.parse(readFileSync(path.join(dir, 'baseline.json'), 'utf8'));
    const open = json(run(['scan', '.', '-f', 'json'], dir).stdout).findings.filter((f) => !f.suppressed);
    expect(created.stderr).toBe(`policygate: wrote ${open.length} fingerprints to baseline.json\n`);
    expect(base.version).toBe(1);
    expect(base.findings).toEqual(
      open.map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, resource: f.resource })),
    );

    const clean = run(['scan', '.', '--baseline', 'baseline.json'], dir);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(new RegExp(`✔ 0 findings .*, ${open.length} in the baseline; fail-on: high`));

    // Lines move above the known findings, and a new security group opens RDP.
    const moved = SG('0.0.0.0/0', BUCKET).replace(
      'Resources:',
      `Description: moved down\nResources:\n  RdpSg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: rdp\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 3389\n          ToPort: 3389\n          CidrIp: 0.0.0.0/0`,
    );
    writeFileSync(path.join(dir, 'stacks/web.yaml'), moved);
    const after = run(['scan', '.', '-f', 'json', '--baseline', 'baseline.json'], dir);
    expect(after.code).toBe(1);
    const left = json(after.stdout).findings.filter((f) => !f.suppressed);
    expect(left.length).toBeGreaterThan(0);
    expect(left.every((f) => f.file === 'stacks/web.yaml' && f.line >= 3 && f.line <= 15)).toBe(true);
    expect(left.map((f) => f.ruleId)).toContain('sg-open-admin-port');
  });
  it('a baseline keeps the fingerprints of folded findings', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-fold-'));
    const role = (action: string) =>
      `Resources:\n  Role:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: ${action}\n            Resource: '*'\n`;
    writeFileSync(path.join(dir, 'p.yaml'), role("['*', 'iam:PassRole']"));
    const first = json(run(['scan', '.', '-f', 'json'], dir).stdout).findings;
    const folded = first.flatMap((f) => (f as { folded?: { fingerprint: string }[] }).folded ?? []);
    expect(folded.length).toBeGreaterThan(0);
    expect(run(['scan', '.', '--create-baseline', 'b.json'], dir).code).toBe(0);
    const written = JSON.parse(readFileSync(path.join(dir, 'b.json'), 'utf8')).findings.map(
      (f: { fingerprint: string }) => f.fingerprint,
    );
    expect(written).toEqual(expect.arrayContaining(folded.map((f) => f.fingerprint)));
    // Each folded finding is a line of its own in the baseline, so one that stands alone later (when
    // what folded it is suppressed, or folding changes) is not new; a JSON report gates the same.
    // The report lists them too, after the finding they are folded into.
    expect(first.filter((f) => (f as { foldedInto?: string }).foldedInto).length).toBe(folded.length);
    expect(written.length).toBe(first.length);
    const fromReport = mkdtempSync(path.join(tmpdir(), 'pg-fold-report-'));
    writeFileSync(path.join(fromReport, 'report.json'), run(['scan', '.', '-f', 'json'], dir).stdout);
    expect(
      json(run(['scan', '.', '-f', 'json', '--baseline', path.join(fromReport, 'report.json')], dir).stdout).findings,
    ).toEqual([]);
  });
  it('a JSON report is a baseline too', () => {
    const dir = repo();
    writeFileSync(path.join(dir, 'report.json'), run(['scan', '.', '-f', 'json'], dir).stdout);
    const r = run(['scan', '.', '-f', 'json', '--baseline', 'report.json'], dir);
    expect(r.code).toBe(0);
    expect(json(r.stdout).findings.filter((f) => !f.suppressed)).toEqual([]);
  });
  it.each([
    ['missing.json', /^policygate: --baseline missing.json: cannot be read \(ENOENT\)\n$/],
    ['stacks/web.yaml', /^policygate: --baseline stacks\/web.yaml: is not JSON/],
  ])('--baseline %s that is no baseline is exit 2', (file, message) => {
    const r = run(['scan', '.', '--baseline', file], repo());
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('stylish output', () => {
  it('--quiet prints nothing when nothing is at or above --fail-on, and only what fails otherwise', () => {
    const dir = repo();
    const quiet = run(['scan', 'stacks', '-q', '--skip-rule', 'sg-open-admin-port'], dir);
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toBe('');
    const failing = run(['scan', 'stacks', '-q', '--no-color'], dir);
    expect(failing.code).toBe(1);
    const lines = failing.stdout.split('\n').filter((l) => /^ {2}\d+:\d+ /.test(l));
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(/critical .* sg-open-admin-port/);
  });
  it('--compact is one line a finding, path:line:col first, no fix text', () => {
    const dir = repo();
    const r = run(['scan', '.', '--compact', '--no-color'], dir);
    const body = r.stdout.split('\n\n')[0].split('\n');
    const n = json(run(['scan', '.', '-f', 'json'], dir).stdout).findings.filter((f) => !f.suppressed).length;
    expect(body).toHaveLength(n);
    for (const l of body)
      expect(l).toMatch(/^(legacy\/old|stacks\/web)\.yaml:\d+:\d+: (critical|high|medium|low|info) /);
    expect(r.stdout).not.toContain('Fix:');
    expect(run(['scan', '.', '--no-color'], dir).stdout).toContain('Fix: ');
  });
  it('--show-suppressed lists suppressed findings with their reason', () => {
    const dir = repo();
    expect(run(['scan', '.', '--no-color'], dir).stdout).not.toContain('the log bucket itself');
    const r = run(['scan', '.', '--no-color', '--show-suppressed'], dir);
    expect(r.stdout).toMatch(
      /4:3 +suppressed +Logs does not log requests[^]*?s3-no-access-logging \(suppressed: the log bucket itself\)/,
    );
  });
  it.each([
    ['--compact', 'json', '--compact shapes the stylish report; --format is json'],
    ['--show-suppressed', 'github', '--show-suppressed goes with --format stylish or sarif; --format is github'],
  ])('%s with --format %s is exit 2', (flag, format, message) => {
    const r = run(['scan', '.', flag, '-f', format], repo());
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`policygate: ${message}\n`);
  });
  it('names files from the current folder; json from the repository root', () => {
    const dir = repo();
    const here = path.join(dir, 'stacks');
    const r = run(['scan', '..', '--no-color', '--compact'], here);
    expect(r.stdout).toMatch(/^\.\.\/legacy\/old\.yaml:\d+:\d+: /m);
    expect(r.stdout).toMatch(/^web\.yaml:\d+:\d+: /m);
    const files = new Set(json(run(['scan', '..', '-f', 'json'], here).stdout).findings.map((f) => f.file));
    expect([...files].sort()).toEqual(['legacy/old.yaml', 'stacks/web.yaml']);
  });
  it('wraps long messages at word boundaries under their column', () => {
    const r = run(['scan', 'examples/policies/developer.json', '--no-color'], process.cwd());
    const lines = r.stdout.split('\n');
    // Finding lines (indented); the summary's status lines under the verdict stay whole for grep.
    const long = lines.filter((l) => l.startsWith('  ') && l.length > 100 && / /.test(l.trim()));
    expect(long).toEqual([]);
    // A continuation starts under the message, never at the left edge.
    const i = lines.findIndex((l) => l.includes('permissions-management actions'));
    expect(lines[i + 1]).toMatch(/^ {10,}\S/);
  });
});

describe('SARIF for code scanning', () => {
  type Sarif = {
    runs: {
      tool: { driver: { rules: { id: string; name: string }[] } };
      results: { ruleId: string; suppressions?: { kind: string; status: string; justification: string }[] }[];
    }[];
  };
  const sarif = (args: string[], cwd: string) => JSON.parse(run(['scan', ...args, '-f', 'sarif'], cwd).stdout) as Sarif;

  it('gives each rule a readable name distinct from its id, and no two rules the same', () => {
    const rules = sarif(['.'], repo()).runs[0].tool.driver.rules;
    expect(rules.find((r) => r.id === 'sg-open-admin-port')?.name).toBe('SecurityGroupOpenAdminPort');
    expect(rules.find((r) => r.id === 'iam-passrole-wildcard')?.name).toBe('IAMPassRoleWildcard');
    for (const r of rules) expect(r.name).not.toBe(r.id);
    expect(new Set(rules.map((r) => r.name)).size).toBe(rules.length);
  });
  it('leaves suppressed findings out (code scanning would open them); --show-suppressed adds them with suppressions', () => {
    const dir = repo();
    const plain = sarif(['.'], dir).runs[0].results;
    expect(plain.some((r) => r.ruleId === 's3-no-access-logging')).toBe(false);
    expect(plain.every((r) => r.suppressions === undefined)).toBe(true);
    const shown = sarif(['.', '--show-suppressed'], dir).runs[0].results;
    expect(shown.length).toBe(plain.length + 1);
    expect(shown.find((r) => r.ruleId === 's3-no-access-logging')?.suppressions).toEqual([
      { kind: 'inSource', status: 'accepted', justification: 'the log bucket itself' },
    ]);
  });
  it('names files relative to the repository root, never absolutely, from wherever it runs', () => {
    const dir = repo();
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pg-elsewhere-'));
    const uris = sarif([dir], elsewhere).runs[0].results.map(
      (r) =>
        (r as unknown as { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }).locations[0]
          .physicalLocation.artifactLocation.uri,
    );
    expect([...new Set(uris)].sort()).toEqual(['legacy/old.yaml', 'stacks/web.yaml']);
    const github = run(['scan', dir, '-f', 'github'], elsewhere).stdout;
    expect(github).toMatch(/^::error file=legacy\/old\.yaml,line=11,/m);
    expect(github).not.toContain(dir);
  });
});

describe('policygate rules ID', () => {
  it("prints the rule's page: title, severity, why, fix, the peers' ids", () => {
    const r = run(['rules', 'sg-open-admin-port'], process.cwd());
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^sg-open-admin-port · critical\nSSH or RDP open to the internet\n/);
    expect(r.stdout).toMatch(/Why it matters\n {2}Port 22/);
    expect(r.stdout).toMatch(/How to fix it\n {2}\S/);
    expect(r.stdout).toMatch(/checkov CKV_AWS_24, CKV_AWS_25/);
    expect(JSON.parse(run(['rules', 'sg-open-admin-port', '-f', 'json'], process.cwd()).stdout).id).toBe(
      'sg-open-admin-port',
    );
  });
  it('an unknown id is exit 2 with the nearest one', () => {
    const r = run(['rules', 'sg-open-admin-prot'], process.cwd());
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policygate: unknown rule "sg-open-admin-prot"; did you mean "sg-open-admin-port"\?/);
  });
});
