/**
 * What a user installs: the npm tarball (no runtime dependencies, small, runnable offline) and the
 * pre-commit hook, whose entry is run the way pre-commit runs it — the package installed from its
 * packed tarball into an environment of its own, the staged files filtered by the hook's `files`
 * and `exclude` patterns and appended to the entry.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
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
});

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  exclude: string;
  pass_filenames?: boolean;
}

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

  let prefix: string;
  beforeAll(() => {
    // pre-commit's node language: `npm install -g` of the packed repository into the hook's env.
    prefix = mkdtempSync(path.join(tmpdir(), 'pg-hook-env-'));
    execFileSync('npm', ['install', '-g', '--offline', '--prefix', prefix, tarball], { env: env(), stdio: 'pipe' });
  }, 120_000);

  function runHook(repo: string, staged: string[]) {
    const files = new RegExp(hook.files);
    const exclude = new RegExp(hook.exclude);
    const selected = staged.filter((f) => files.test(f) && !exclude.test(f));
    const [cmd, ...args] = hook.entry.split(/\s+/);
    const r = spawnSync(cmd, [...args, ...(hook.pass_filenames === false ? [] : selected)], {
      cwd: repo,
      env: env({ PATH: `${path.join(prefix, 'bin')}${path.delimiter}${process.env.PATH}` }),
      encoding: 'utf8',
    });
    return { ...r, selected };
  }

  it('is a node hook on templates and policies, with Access Analyzer off', () => {
    expect(hook.language).toBe('node');
    expect(hook.entry).toMatch(/^policygate scan .*--access-analyzer off/);
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
