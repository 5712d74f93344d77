/**
 * The bundled CLI (dist/cli.js), run as a user runs it: exit codes, every format, the JSON
 * contract, SARIF validated against the SARIF 2.1.0 schema, and flags that must be refused.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { analyseText } from '../src/engines/analyse.js';
import { RULES } from '../src/rules/index.js';
import { VERSION } from '../src/scan/version.js';
import { startAccessAnalyzer } from './access-analyzer-server.js';

const CLI = path.resolve('dist/cli.js');
// ajv-draft-04 is CommonJS (the SARIF schema is draft-04); require gives its constructor as typed.
const require = createRequire(import.meta.url);
const Ajv = require('ajv-draft-04') as typeof import('ajv-draft-04').default;
const addFormats = require('ajv-formats') as typeof import('ajv-formats').default;

function run(args: string[], opts: { cwd?: string; user?: boolean } = {}) {
  const cmd = opts.user
    ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, CLI, ...args]
    : [process.execPath, CLI, ...args];
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: opts.cwd ?? process.cwd(), encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('policygate scan examples', () => {
  it('prints the stylish report and exits 1', () => {
    const r = run(['scan', 'examples', '--format', 'stylish']);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/examples\/stacks\/orders-service\.yaml\n {2}\d+:\d+ +(critical|high|medium|low|info) /);
    expect(r.stdout).toMatch(
      /✖ \d+ findings \(\d+ critical, \d+ high, \d+ medium, \d+ low, \d+ info\) in \d+ files .*, 1 suppressed; fail-on: high/,
    );
  });

  it('--format json follows the report contract', () => {
    const r = run(['scan', 'examples', '--format', 'json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ version: 1, tool: { name: 'policygate', version: VERSION }, conclusion: 'failure' });
    expect(Object.keys(report.summary)).toEqual([
      'files',
      'templates',
      'policies',
      'findings',
      'bySeverity',
      'accessAnalyzer',
    ]);
    // The CLI makes no AWS call unless asked.
    expect(report.summary.accessAnalyzer).toEqual({ ran: false, calls: 0, skipped: 'turned off' });
    expect(report.findings.length).toBeGreaterThan(10);
    // A folded finding is listed right after the one it is folded into; the counts are of the rest.
    const folded = report.findings.filter((f: { foldedInto?: string }) => f.foldedInto);
    expect(folded.length).toBeGreaterThan(0);
    for (const f of folded) {
      const into = report.findings.find((x: { fingerprint: string }) => x.fingerprint === f.foldedInto);
      expect(into.folded.map((x: { fingerprint: string }) => x.fingerprint)).toContain(f.fingerprint);
    }
    expect(report.summary.findings).toBe(
      report.findings.filter((f: { suppressed: boolean; foldedInto?: string }) => !f.suppressed && !f.foldedInto)
        .length,
    );
    const ids = new Set(RULES.map((x) => x.meta.id));
    // Optional fields (a CDK construct path, a fix, an approximate place, an internal error) come last.
    const OPTIONAL = new Set(['constructPath', 'approximate', 'fix', 'internal', 'folded', 'foldedInto']);
    for (const f of report.findings) {
      expect(Object.keys(f).filter((k) => !OPTIONAL.has(k))).toEqual([
        'ruleId',
        'severity',
        'title',
        'message',
        'file',
        'line',
        'column',
        'endLine',
        'endColumn',
        'resource',
        'policy',
        'source',
        'helpUri',
        'fingerprint',
        'suppressed',
        'suppression',
      ]);
      expect(ids.has(f.ruleId)).toBe(true);
      expect(['critical', 'high', 'medium', 'low', 'info']).toContain(f.severity);
      expect(f.file).toMatch(/^examples\/[\w/.-]+$/);
      expect(f.line).toBeGreaterThanOrEqual(1);
      expect(f.endLine).toBeGreaterThanOrEqual(f.line);
      expect(f.source).toBe('policygate');
      expect(f.fingerprint).toMatch(/^[0-9a-f]{32}$/);
    }
    const counted = report.findings.filter(
      (f: { suppressed: boolean; foldedInto?: string }) => !f.suppressed && !f.foldedInto,
    ).length;
    expect(report.summary.findings).toBe(counted);
    const bySeverity = Object.values(report.summary.bySeverity as Record<string, number>);
    expect(bySeverity.reduce((a, b) => a + b, 0)).toBe(counted);
  });

  it('--format sarif validates against the SARIF 2.1.0 schema', () => {
    const r = run(['scan', 'examples', '--format', 'sarif']);
    const sarif = JSON.parse(r.stdout);
    const schema = JSON.parse(
      readFileSync('node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json', 'utf8'),
    );
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    const valid = validate(sarif);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    const results = sarif.runs[0].results;
    expect(results.length).toBeGreaterThan(10);
    expect(results[0].properties['security-severity']).toMatch(/^\d+\.\d$/);
    expect(sarif.runs[0].tool.driver.rules.length).toBe(RULES.length);
  });

  it('--format github prints workflow commands, most severe first', () => {
    const r = run(['scan', 'examples', '--format', 'github']);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(
      /^::error file=examples\/[^,]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=CRITICAL /,
    );
    expect(lines.some((l) => l.startsWith('::warning '))).toBe(true);
  });

  it('--output writes the report to a file', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'pg-out-')), 'r.json');
    const r = run(['scan', 'examples/stacks/well-built.yaml', '--format', 'json', '--output', out]);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(out, 'utf8')).conclusion).toBe('success');
  });

  it('--fail-on never exits 0; --fail-on critical counts only critical findings', () => {
    expect(run(['scan', 'examples', '--fail-on', 'never', '--format', 'json']).code).toBe(0);
    expect(run(['scan', 'examples/stacks/people.yaml', '--fail-on', 'critical', '--format', 'json']).code).toBe(0);
    expect(run(['scan', 'examples/stacks/network-logs.yaml', '--fail-on', 'critical', '--format', 'json']).code).toBe(
      1,
    );
  });

  it('--parameter values reach the template', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-param-'));
    writeFileSync(
      path.join(dir, 't.yaml'),
      // A value, not a condition: every branch of a condition is analysed whatever the parameters.
      'Parameters:\n  Source: {Type: String, Default: 10.0.0.0/8}\nResources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: x\n      SecurityGroupIngress: [{IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: !Ref Source}]\n',
    );
    expect(run(['scan', '.', '--format', 'json'], { cwd: dir }).code).toBe(0);
    expect(run(['scan', '.', '--format', 'json', '--parameter', 'Source=0.0.0.0/0'], { cwd: dir }).code).toBe(1);
    writeFileSync(path.join(dir, 'params.json'), '[{"ParameterKey": "Source", "ParameterValue": "0.0.0.0/0"}]');
    expect(run(['scan', 't.yaml', '--format', 'json', '--parameters', 'params.json'], { cwd: dir }).code).toBe(1);
  });
});

describe('refused flags and values (exit 2, saying what was expected)', () => {
  it.each([
    [['scan', '--bogus'], /Unknown option '--bogus'/],
    [['scan', '--format', 'xml'], /--format must be one of stylish, json, sarif, github; got "xml"/],
    [
      ['scan', '--fail-on', 'severe'],
      /--fail-on must be one of critical, high, medium, low, info, never; got "severe"/,
    ],
    [['scan', '--access-analyzer', 'maybe'], /--access-analyzer must be one of auto, on, off/],
    [['scan', '--region', 'mars'], /--region must be an AWS region/],
    [['scan', '--parameter', 'novalue'], /--parameter: expected KEY=VALUE, got "novalue"/],
    [['scan', '--parameters', 'missing.json'], /--parameters missing.json: cannot be read \(ENOENT\)/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j', (args, message) => {
    const r = run(args as string[]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message as RegExp);
    expect(r.stdout).toBe('');
  });

  it('a path that does not exist', () => {
    const r = run(['scan', 'no/such/dir', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no\/such\/dir: no such file or folder/);
  });
});

describe('other commands', () => {
  it('rules --format json lists every rule with its severity', () => {
    const rules = JSON.parse(run(['rules', '--format', 'json']).stdout);
    expect(rules.map((r: { id: string }) => r.id).sort()).toEqual(RULES.map((r) => r.meta.id).sort());
    expect(rules.find((r: { id: string }) => r.id === 'iam-admin-access')).toMatchObject({
      severity: 'critical',
      alsoKnownAs: { checkov: ['CKV_AWS_62'] },
    });
  });
  it('--version matches package.json, and names the IAM catalogue and its date', () => {
    const [tool, catalogue] = run(['--version']).stdout.trim().split('\n');
    expect(tool).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
    expect(catalogue).toMatch(/^IAM catalogue: @cloud-copilot\/iam-data \S+ of \d{4}-\d{2}-\d{2}$/);
  });
  it('--help describes the commands and exit codes', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/policygate scan \[PATH\.\.\.\]/);
    expect(r.stdout).toMatch(/Exit codes: 0/);
  });
});

describe('git and file access', () => {
  it('--base scans only what changed since the merge base', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-git-'));
    const git = (...a: string[]) =>
      execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...a], { cwd: dir });
    git('init', '-q', '-b', 'main');
    writeFileSync(path.join(dir, 'old.yaml'), 'Resources:\n  K:\n    Type: AWS::IAM::AccessKey\n');
    git('add', '.');
    git('commit', '-qm', 'base');
    git('checkout', '-qb', 'feature');
    writeFileSync(path.join(dir, 'new.yaml'), 'Resources:\n  K2:\n    Type: AWS::IAM::AccessKey\n');
    git('add', '.');
    git('commit', '-qm', 'head');
    const report = JSON.parse(run(['scan', '--base', 'main', '--format', 'json'], { cwd: dir }).stdout);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['new.yaml']);
  });

  it('an unreadable file is a warning naming it; the rest is scanned', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-perm-'));
    chmodSync(dir, 0o755);
    writeFileSync(path.join(dir, 'a.yaml'), 'Resources:\n  K:\n    Type: AWS::IAM::AccessKey\n');
    writeFileSync(path.join(dir, 'locked.yaml'), 'Resources: {}\n');
    chmodSync(path.join(dir, 'a.yaml'), 0o644);
    chmodSync(path.join(dir, 'locked.yaml'), 0o000);
    // Root reads every file, so when the tests run as root the scan runs as nobody.
    const r = run(['scan', '.', '--format', 'json'], { cwd: dir, user: process.getuid?.() === 0 });
    const report = JSON.parse(r.stdout);
    expect(report.warnings).toEqual([
      { file: 'locked.yaml', line: null, message: 'cannot be read (EACCES); not scanned' },
    ]);
    expect(report.findings.map((f: { file: string }) => f.file)).toEqual(['a.yaml']);
  });
});

describe('fingerprints', () => {
  it('stay the same when unrelated lines move, and differ between findings', () => {
    const text =
      'Resources:\n  K:\n    Type: AWS::IAM::AccessKey\n  U:\n    Type: AWS::IAM::User\n    Properties:\n      LoginProfile: {Password: hunter2hunter2}\n';
    const moved = text.replace('Resources:\n', 'Description: moved\nMetadata:\n  a: 1\nResources:\n');
    const a = analyseText('t.yaml', text).findings;
    const b = analyseText('t.yaml', moved).findings;
    expect(b.map((f) => f.line)).toEqual(a.map((f) => f.line + 3));
    expect(b.map((f) => f.fingerprint)).toEqual(a.map((f) => f.fingerprint));
    expect(new Set(a.map((f) => f.fingerprint)).size).toBe(a.length);
  });
});

describe('Access Analyzer from the CLI', () => {
  it('--access-analyzer on without credentials is exit 2 with nothing on stdout and a hint for a laptop and for CI', () => {
    const r = run(['scan', 'examples/stacks/people.yaml', '--access-analyzer', 'on', '--format', 'json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(
      /^policygate: Access Analyzer is on \(--access-analyzer on, or the config\) and needs AWS credentials, but none resolve/,
    );
    expect(r.stderr).toMatch(/aws sso login --profile NAME/);
    expect(r.stderr).toMatch(/OIDC/);
  });

  it('with credentials and AWS_ENDPOINT_URL_ACCESSANALYZER, calls the service and reports its findings at their lines', async () => {
    const aa = await startAccessAnalyzer();
    try {
      const env = {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_REGION: 'eu-west-1',
        AWS_ENDPOINT_URL_ACCESSANALYZER: aa.url,
      };
      const out = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
        const child = spawn(
          process.execPath,
          [CLI, 'scan', 'examples/policies/developer.json', '--format', 'json', '--access-analyzer', 'auto'],
          {
            env,
          },
        );
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.on('close', (code) => resolve({ code, stdout }));
      });
      const report = JSON.parse(out.stdout);
      expect(report.summary.accessAnalyzer).toMatchObject({ ran: true });
      expect(report.summary.accessAnalyzer.calls).toBeGreaterThan(0);
      const invalid = report.findings.find((f: { ruleId: string }) => f.ruleId === 'access-analyzer/INVALID_ACTION');
      expect([invalid.line, invalid.source]).toEqual([19, 'access-analyzer']);
      const offline = report.findings.find((f: { ruleId: string }) => f.ruleId === 'iam-unknown-action');
      expect([offline.line, offline.column]).toEqual([invalid.line, invalid.column]);
      expect(aa.calls.every((c) => c.status === 200)).toBe(true);
    } finally {
      await aa.close();
    }
  });
});
