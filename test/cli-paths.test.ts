/**
 * The bundled CLI (dist/cli.js) from wherever a user stands: the same folder scanned from inside,
 * by absolute path and as `../folder` gives the same findings; a user's mistake is one line on
 * stderr and exit 2 with no report; a folder with nothing to scan says so in every format; no AWS
 * call unless asked; stylish by default, coloured only on request or on a terminal.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startAccessAnalyzer } from './access-analyzer-server.js';

const CLI = path.resolve('dist/cli.js');

function run(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}, input?: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    input,
    env: { PATH: process.env.PATH, AWS_EC2_METADATA_DISABLED: 'true', ...env },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The examples copied to a scratch folder (not a git repository), and a sibling to stand in. */
function layout() {
  const top = mkdtempSync(path.join(tmpdir(), 'pg-paths-'));
  const folder = path.join(top, 'infra');
  cpSync(path.resolve('examples'), folder, { recursive: true });
  mkdirSync(path.join(top, 'elsewhere'));
  mkdirSync(path.join(top, 'empty'));
  return { top, folder, elsewhere: path.join(top, 'elsewhere'), empty: path.join(top, 'empty') };
}

type Found = { ruleId: string; file: string; line: number; column: number; fingerprint: string };
const findings = (stdout: string) =>
  (JSON.parse(stdout).findings as Found[]).map((f) => `${f.ruleId} ${f.file}:${f.line}:${f.column} ${f.fingerprint}`);

function git(cwd: string, ...args: string[]) {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd, stdio: 'pipe' });
}

describe('a folder scanned from anywhere', () => {
  const l = layout();
  const inside = run(['scan', '--format', 'json'], l.folder);
  it('gives findings from inside it', () => {
    expect(inside.code).toBe(1);
    expect(findings(inside.stdout).length).toBeGreaterThan(10);
    expect(JSON.parse(inside.stdout).summary.files).toBeGreaterThan(10);
  });
  it.each([
    ['by absolute path from elsewhere', () => run(['scan', l.folder, '--format', 'json'], l.elsewhere)],
    ['as ../folder', () => run(['scan', '../infra', '--format', 'json'], l.elsewhere)],
  ])('gives the same findings %s', (_how, scan) => {
    const r = scan();
    expect(r.code).toBe(1);
    expect(findings(r.stdout)).toEqual(findings(inside.stdout));
    expect(JSON.parse(r.stdout).warnings).toEqual([]);
  });

  it('outside a repository, names files from the working directory when it holds the folder', () => {
    const r = run(['scan', 'infra', '--format', 'json'], l.top);
    expect(r.code).toBe(1);
    const where = (out: string) => findings(out).map((f) => f.replace(/ \S+$/, ''));
    expect(where(r.stdout)).toEqual(where(inside.stdout).map((f) => f.replace(/^(\S+) /, '$1 infra/')));
  });

  it('reports a single file outside the working directory by its name', () => {
    const r = run(['scan', path.join(l.folder, 'stacks/orders-service.yaml'), '--format', 'json'], l.elsewhere);
    expect(r.code).toBe(1);
    const files = new Set((JSON.parse(r.stdout).findings as Found[]).map((f) => f.file));
    expect([...files]).toEqual(['orders-service.yaml']);
  });

  it('reads one file from standard input with - and --stdin-filename', () => {
    const text = 'Resources:\n  K:\n    Type: AWS::IAM::AccessKey\n    Properties: {UserName: x}\n';
    const r = run(['scan', '-', '--stdin-filename', 'stacks/keys.yaml', '--format', 'json'], l.elsewhere, {}, text);
    expect(r.code).toBe(1);
    expect(findings(r.stdout)[0]).toMatch(/^iam-user-access-key stacks\/keys\.yaml:2:3 /);
  });

  it('in a repository, names files from its root and finds the config in the nearest parent', () => {
    const repo = mkdtempSync(path.join(tmpdir(), 'pg-repo-'));
    git(repo, 'init', '-q', '-b', 'main');
    mkdirSync(path.join(repo, 'services/api/.github'), { recursive: true });
    mkdirSync(path.join(repo, '.github'));
    writeFileSync(
      path.join(repo, 'services/api/keys.yaml'),
      'Resources:\n  K:\n    Type: AWS::IAM::AccessKey\n    Properties: {UserName: x}\n',
    );
    // The root's config turns the rule off; a nearer one (in the scanned folder) would win.
    writeFileSync(path.join(repo, '.github/policygate.yml'), 'rules:\n  iam-user-access-key: off\n');
    const fromOutside = run(['scan', path.join(repo, 'services/api'), '--format', 'json'], l.elsewhere);
    expect(fromOutside.code).toBe(0);
    writeFileSync(path.join(repo, 'services/api/.github/policygate.yml'), 'fail-on: never\n');
    const nearer = run(['scan', 'services/api', '--format', 'json'], repo);
    expect(nearer.code).toBe(0);
    expect(findings(nearer.stdout)[0]).toMatch(/^iam-user-access-key services\/api\/keys\.yaml:2:3 /);
    const fromSub = run(['scan', '.', '--format', 'json'], path.join(repo, 'services/api'));
    expect(findings(fromSub.stdout)).toEqual(findings(nearer.stdout));
  });
});

describe('a path with nothing to scan', () => {
  const l = layout();
  it('is a warning in the stylish report and its summary line; exit 0', () => {
    const r = run(['scan', '../empty'], l.elsewhere);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Not analysed:\n {2}\S*empty {2}holds no file matching the paths globs/);
    expect(r.stdout).toMatch(/✔ 0 findings in 0 files .*; 1 warning/);
  });
  it.each([
    ['json', (out: string) => JSON.parse(out).warnings[0].message],
    ['sarif', (out: string) => JSON.parse(out).runs[0].invocations[0].toolExecutionNotifications[0].message.text],
    ['github', (out: string) => /^::warning file=[^,]*empty,title=PolicyGate::(.*)$/m.exec(out)?.[1]],
  ])('is a warning in --format %s', (format, warning) => {
    const r = run(['scan', l.empty, '--format', format], l.elsewhere);
    expect(r.code).toBe(0);
    expect(warning(r.stdout)).toMatch(/holds no file matching the paths globs/);
  });
});

describe("a user's mistake: one line on stderr, exit 2, no report", () => {
  const l = layout();
  const repo = mkdtempSync(path.join(tmpdir(), 'pg-base-'));
  git(repo, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(repo, 'a.yaml'), 'Resources: {}\n');
  git(repo, 'add', '.');
  git(repo, 'commit', '-qm', 'base');
  it.each([
    ['a missing path', ['scan', 'no/such/dir'], l.elsewhere, /^policygate: no\/such\/dir: no such file or folder$/],
    [
      'an unknown --base ref',
      ['scan', '--base', 'nosuchref'],
      repo,
      /^policygate: --base nosuchref: git does not know this ref/,
    ],
    [
      '--base outside a git repository',
      ['scan', l.folder, '--base', 'main'],
      l.elsewhere,
      /^policygate: --base main: .* is not in a git repository/,
    ],
    [
      'an unwritable --output',
      ['scan', l.folder, '--output', '/nonexistent/x.json'],
      l.elsewhere,
      /^policygate: --output \/nonexistent\/x.json: cannot be written \(no folder \/nonexistent\)$/,
    ],
    [
      '--output naming a folder',
      ['scan', l.folder, '--output', l.empty],
      l.elsewhere,
      /cannot be written \(it is a folder\)$/,
    ],
    [
      'a bad flag',
      ['scan', '--bogus'],
      l.elsewhere,
      /^policygate: Unknown option '--bogus'; see policygate scan --help$/,
    ],
    ['- without --stdin-filename', ['scan', '-'], l.elsewhere, /--stdin-filename NAME/],
    [
      'a flag whose value starts with a dash',
      ['scan', l.folder, '--jobs', '-1'],
      l.elsewhere,
      /^policygate: --jobs needs a value \(write --jobs=VALUE for one that starts with '-'\); see policygate scan --help$/,
    ],
  ])('%s', (_name, args, cwd, message) => {
    const r = run(args, cwd);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n')).toHaveLength(2);
    expect(r.stderr.trimEnd()).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('CLI defaults', () => {
  const l = layout();
  it('stylish when piped, with no colour', () => {
    const r = run(['scan', '.'], l.folder);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^stacks\/\S+\.yaml\n {2}\d+:\d+ /m);
    expect(r.stdout).not.toContain('\u001b[');
  });
  it.each([
    [['--color'], {}, true],
    [[], { FORCE_COLOR: '1' }, true],
    [['--no-color'], { FORCE_COLOR: '1' }, false],
    [[], { FORCE_COLOR: '1', NO_COLOR: '1' }, false],
    [['--color'], { NO_COLOR: '1' }, true],
  ])('colour with flags %j and environment %j: %s', (flags, env, coloured) => {
    const r = run(['scan', 'stacks', ...flags], l.folder, env as NodeJS.ProcessEnv);
    expect(r.stdout.includes('\u001b[')).toBe(coloured);
  });

  it('per-command help, with an example each', () => {
    const scan = run(['scan', '--help'], l.elsewhere);
    expect(scan.code).toBe(0);
    expect(scan.stdout).toMatch(/^Usage: policygate scan/);
    expect(scan.stdout).toMatch(/--stdin-filename NAME/);
    expect(scan.stdout).toMatch(/Examples?:\n {2}policygate scan /);
    const rules = run(['rules', '--help'], l.elsewhere);
    expect(rules.stdout).toMatch(/^Usage: policygate rules/);
    expect(rules.stdout).toMatch(/Examples?:\n {2}policygate rules --format json/);
    expect(run(['help', 'scan'], l.elsewhere).stdout).toBe(scan.stdout);
  });
});

describe('Access Analyzer in the CLI', () => {
  const l = layout();
  const scan = async (args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [CLI, 'scan', 'policies/developer.json', '--format', 'json', ...args], {
        cwd: l.folder,
        env: { PATH: process.env.PATH, ...env },
      });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (code) => resolve({ code, stdout }));
    });

  it('makes no AWS call with credentials in the environment and no flag; the flag or the config turns it on', async () => {
    const aa = await startAccessAnalyzer();
    try {
      const env = {
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_REGION: 'eu-west-1',
        AWS_ENDPOINT_URL_ACCESSANALYZER: aa.url,
      };
      const quiet = await scan([], env);
      expect(JSON.parse(quiet.stdout).summary.accessAnalyzer).toMatchObject({ ran: false, calls: 0 });
      expect(aa.calls).toHaveLength(0);

      const asked = await scan(['--access-analyzer', 'auto'], env);
      expect(JSON.parse(asked.stdout).summary.accessAnalyzer).toMatchObject({ ran: true });
      const byFlag = aa.calls.length;
      expect(byFlag).toBeGreaterThan(0);

      mkdirSync(path.join(l.folder, '.github'), { recursive: true });
      writeFileSync(path.join(l.folder, '.github/policygate.yml'), 'access-analyzer: auto\n');
      const byConfig = await scan([], env);
      expect(JSON.parse(byConfig.stdout).summary.accessAnalyzer).toMatchObject({ ran: true });
      expect(aa.calls.length).toBeGreaterThan(byFlag);
    } finally {
      await aa.close();
    }
  });
});
