/**
 * What a user installs: the npm tarball (no runtime dependencies, small, runnable offline), the
 * routes that work from a clone before the first release (`npm install -g ./`, `npx` on the packed
 * tarball), and the pre-commit hook, whose entry is run the way pre-commit runs a `script` hook —
 * the committed dist/cli.js from the hook's repository, with no install step, on the staged files
 * filtered by the hook's `files` and `exclude` patterns. (.ci/run also drives Debian's real
 * pre-commit through a commit.)
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import semver from 'semver';
import { parse as parseYaml } from 'yaml';

const ROOT = path.resolve('.');
// An address nothing listens on: any attempt to fetch a dependency fails at once.
const OFFLINE = { npm_config_registry: 'http://127.0.0.1:9/', npm_config_audit: 'false', npm_config_fund: 'false' };

const OPEN_SSH = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bastion:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: bastion
      SecurityGroupIngress:
        - IpProtocol: tcp
          FromPort: 22
          ToPort: 22
          CidrIp: 0.0.0.0/0
`;
const CLOSED = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Logs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: 30
`;

let tarball: string;
let packed: { name: string; files: { path: string }[]; size: number };

beforeAll(() => {
  const dest = mkdtempSync(path.join(tmpdir(), 'pg-pack-'));
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...OFFLINE },
  });
  [packed] = JSON.parse(out) as (typeof packed)[];
  tarball = path.join(dest, (packed as unknown as { filename: string }).filename);
}, 120_000);

const env = (extra: Record<string, string> = {}) => ({
  ...process.env,
  ...OFFLINE,
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'x'.repeat(40),
  // If anything tried Access Analyzer, it would fail the run rather than reach AWS.
  AWS_ENDPOINT_URL: 'http://127.0.0.1:9',
  ...extra,
});

describe('the npm package', () => {
  it('is under 3 MB and lists no runtime dependencies', () => {
    expect(statSync(tarball).size).toBeLessThan(3 * 1024 * 1024);
    const files = packed.files.map((f) => f.path);
    expect(files).toContain('dist/cli.js');
    expect(files).toContain('package.json');
    expect(files).toContain('README.md');
    expect(files).toContain('schema/policygate.schema.json');
    expect(files.some((f) => f.startsWith('docs/rules/'))).toBe(true);
    // The Action's bundle, sources and tests are not what a CLI user runs.
    expect(files.filter((f) => /^(src|test|bench|dist\/index\.js)/.test(f))).toEqual([]);
    const manifest = JSON.parse(
      execFileSync('tar', ['-xOzf', tarball, 'package/package.json'], { encoding: 'utf8' }),
    ) as Record<string, unknown>;
    expect(manifest.dependencies ?? {}).toEqual({});
    expect(manifest.bin).toEqual({ policygate: 'dist/cli.js' });
  });

  it('installs from the tarball with no network and runs `policygate scan`: exit 1 on a finding', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-install-'));
    writeFileSync(path.join(dir, 'package.json'), '{"name":"consumer","private":true}\n');
    execFileSync('npm', ['install', '--offline', '--no-save', tarball], { cwd: dir, env: env(), stdio: 'pipe' });
    writeFileSync(path.join(dir, 'stack.yaml'), OPEN_SSH);
    const r = spawnSync(
      'npx',
      ['--offline', '--no-install', 'policygate', 'scan', 'stack.yaml', '--format', 'stylish'],
      {
        cwd: dir,
        env: env(),
        encoding: 'utf8',
      },
    );
    expect(r.stdout).toMatch(/stack\.yaml\n\s+11:\d+\s+(critical|high)\s+.*sg-open-admin-port/);
    expect(r.status).toBe(1);
    writeFileSync(path.join(dir, 'stack.yaml'), CLOSED);
    const ok = spawnSync(path.join(dir, 'node_modules/.bin/policygate'), ['scan', 'stack.yaml'], {
      cwd: dir,
      env: env(),
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
  }, 120_000);

  it('installs from a clone with `npm install -g ./` (no network) and runs `policygate`', () => {
    const prefix = mkdtempSync(path.join(tmpdir(), 'pg-global-'));
    execFileSync('npm', ['install', '-g', '--offline', '--prefix', prefix, './'], {
      cwd: ROOT,
      env: env(),
      stdio: 'pipe',
    });
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-global-use-'));
    writeFileSync(path.join(dir, 'stack.yaml'), OPEN_SSH);
    const r = spawnSync(path.join(prefix, 'bin/policygate'), ['scan', 'stack.yaml', '--compact'], {
      cwd: dir,
      env: env(),
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/^stack\.yaml:11:\d+: critical .*sg-open-admin-port/m);
    expect(r.status).toBe(1);
  }, 120_000);

  it('runs through `npx` on the packed tarball with no install step and no network', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-npx-'));
    writeFileSync(path.join(dir, 'stack.yaml'), CLOSED);
    const r = spawnSync('npx', ['--yes', '--offline', `--package=${tarball}`, 'policygate', 'scan', 'stack.yaml'], {
      cwd: dir,
      env: { ...env(), npm_config_cache: mkdtempSync(path.join(tmpdir(), 'pg-npx-cache-')) },
      encoding: 'utf8',
    });
    expect(r.stdout).toMatch(/^✔ 1 finding \(1 low\) in 1 file /m);
    expect(r.status).toBe(0);
  }, 120_000);

  it('every locked package installs on Node 20 (npm ci prints no engine warning)', () => {
    const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string } | string[] }>;
    };
    const refuses20 = Object.entries(lock.packages)
      .map(([name, p]) => [name, Array.isArray(p.engines) ? '' : (p.engines?.node ?? '')] as const)
      .filter(([, range]) => range && !acceptsNode20(range))
      .map(([name, range]) => `${name} wants node ${range}`);
    expect(refuses20).toEqual([]);
  });
});

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  pass_filenames?: boolean;
  minimum_pre_commit_version: string;
}

/**
 * Node 20 as contributors have it: this one when the tests run on 20, else its last LTS line's
 * floor that dev tooling (eslint) asks for. npm ci warns (EBADENGINE) for a package that refuses it.
 */
const NODE_20 = process.versions.node.startsWith('20.') ? process.versions.node : '20.19.0';
const acceptsNode20 = (range: string): boolean => semver.satisfies(NODE_20, range);

describe('the pre-commit hook', () => {
  const hooks = parseYaml(readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
  const hook = hooks.find((h) => h.id === 'policygate')!;

  /** A git repository with these files staged, and the hook's environment (the package installed globally). */
  function stage(files: Record<string, string>) {
    const repo = mkdtempSync(path.join(tmpdir(), 'pg-hook-repo-'));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' });
    git('init', '-q');
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(repo, name)), { recursive: true });
      writeFileSync(path.join(repo, name), text);
    }
    git('add', '.');
    return { repo, staged: git('diff', '--cached', '--name-only', '--diff-filter=ACMR').trim().split('\n') };
  }

  function runHook(repo: string, staged: string[]) {
    const files = new RegExp(hook.files);
    const exclude = new RegExp(hook.exclude);
    const selected = staged.filter((f) => files.test(f) && !exclude.test(f));
    // A `script` hook's entry is a path inside the hook's repository, run from the user's.
    const [cmd, ...args] = hook.entry.split(/\s+/);
    const r = spawnSync(path.join(ROOT, cmd), [...args, ...(hook.pass_filenames === false ? [] : selected)], {
      cwd: repo,
      env: env(),
      encoding: 'utf8',
    });
    return { ...r, selected };
  }

  it('runs the committed dist/cli.js as a script (no install step), on templates and policies, Access Analyzer off', () => {
    expect(hook.language).toBe('script');
    expect(hook.entry).toMatch(/^dist\/cli\.js scan .*--access-analyzer off/);
    expect(execFileSync('git', ['ls-files', '-s', 'dist/cli.js'], { cwd: ROOT, encoding: 'utf8' })).toMatch(/^100755 /);
    expect(readFileSync(path.join(ROOT, 'dist/cli.js'), 'utf8')).toMatch(/^#!\/usr\/bin\/env node\n/);
    // require_serial came in pre-commit 1.13.0: Debian's and Ubuntu's 3.0.4 are enough.
    expect(hook.minimum_pre_commit_version).toBe('1.13.0');
  });

  it('fails the commit on a staged template with a finding, naming the line', () => {
    const { repo, staged } = stage({
      'infra/bastion.yaml': OPEN_SSH,
      'package.json': '{"name":"app"}\n',
      '.github/workflows/ci.yml': 'on: push\njobs: {}\n',
      'README.md': '# app\n',
    });
    const r = runHook(repo, staged);
    expect(r.selected).toEqual(['infra/bastion.yaml']);
    expect(r.stdout).toMatch(/infra\/bastion\.yaml\n\s+11:\d+\s+(critical|high)\s+/);
    expect(r.status).toBe(1);
  }, 60_000);

  it('passes a commit whose staged templates are clean', () => {
    const { repo, staged } = stage({ 'infra/logs.yaml': CLOSED, 'policies/read.json': readOnlyPolicy });
    const r = runHook(repo, staged);
    expect(r.selected).toEqual(['infra/logs.yaml', 'policies/read.json']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  }, 60_000);
});

const readOnlyPolicy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }],
});
