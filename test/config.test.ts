import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseCommand } from '../src/inputs/cli-options.js';
import { closest } from '../src/inputs/suggest.js';
import { UsageError } from '../src/inputs/errors.js';
import { runScan } from '../src/scan/command.js';

const TEMPLATE = [
  'Resources:',
  '  Key:',
  '    Type: AWS::IAM::AccessKey',
  '  Policy:',
  '    Type: AWS::IAM::ManagedPolicy',
  '    Properties:',
  '      PolicyDocument:',
  "        Statement: [{ Effect: Allow, Action: 's3:GetObject', Resource: '*' }]",
  '',
].join('\n');

function repo(config: string | undefined, configPath = '.github/policygate.yml'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-config-'));
  mkdirSync(path.join(dir, 'stacks'));
  writeFileSync(path.join(dir, 'stacks/app.yaml'), TEMPLATE);
  if (config !== undefined) {
    mkdirSync(path.dirname(path.join(dir, configPath)), { recursive: true });
    writeFileSync(path.join(dir, configPath), config);
  }
  return dir;
}

async function scanIn(dir: string, args: string[] = []) {
  const out: string[] = [];
  const cmd = parseCommand(['scan', '--format', 'json', ...args]);
  if (cmd.command !== 'scan') throw new Error('not a scan');
  const { code } = await runScan(cmd, {
    cwd: dir,
    stdout: (s) => out.push(s),
    stderr: () => {},
    env: {},
  });
  return { code, report: JSON.parse(out.join('')) };
}

async function usageError(dir: string, args: string[] = []): Promise<string> {
  try {
    await scanIn(dir, args);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error('expected a UsageError');
}

describe('the config file', () => {
  it('is optional', async () => {
    const { code, report } = await scanIn(repo(undefined));
    expect(code).toBe(1);
    expect(report.findings.length).toBeGreaterThan(0);
  });

  it('turns rules off and changes severities', async () => {
    const { report } = await scanIn(repo('rules:\n  iam-user-access-key: off\n  iam-data-exfiltration: critical\n'));
    const ids = report.findings.map((f: { ruleId: string }) => f.ruleId);
    expect(ids).not.toContain('iam-user-access-key');
    expect(report.findings.find((f: { ruleId: string }) => f.ruleId === 'iam-data-exfiltration').severity).toBe(
      'critical',
    );
  });

  it('sets fail-on, and a flag wins over it', async () => {
    const dir = repo('fail-on: never\n');
    expect((await scanIn(dir)).code).toBe(0);
    expect((await scanIn(dir, ['--fail-on', 'high'])).code).toBe(1);
  });

  it('ignore: entries by rule, path glob and resource suppress with kind config', async () => {
    const { report } = await scanIn(
      repo(
        [
          'ignore:',
          '  - rule: iam-user-access-key',
          '    path: stacks/**',
          '    resource: Key',
          '    reason: the CI user is retired in Q1',
          '  - rule: iam-data-exfiltration',
          '    path: other/**',
          '    reason: not this path',
          '  - rule: iam-wildcard-resource',
          '',
        ].join('\n'),
      ),
    );
    const find = (id: string) => report.findings.filter((f: { ruleId: string }) => f.ruleId === id);
    expect(find('iam-user-access-key')[0]).toMatchObject({
      suppressed: true,
      suppression: { kind: 'config', reason: 'the CI user is retired in Q1' },
    });
    expect(find('iam-data-exfiltration')[0].suppressed).toBe(false);
    expect(find('iam-wildcard-resource')[0].suppressed).toBe(true);
    // The entry without a reason, and the one that matched nothing, are reported at their lines.
    expect(find('suppression-without-reason').map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([
      ['.github/policygate.yml', 9],
    ]);
    expect(find('suppression-unused').map((f: { file: string; line: number }) => [f.file, f.line])).toEqual([
      ['.github/policygate.yml', 6],
    ]);
  });

  it('paths and exclude choose the files', async () => {
    const dir = repo('exclude:\n  - stacks/**\n');
    const { report } = await scanIn(dir);
    expect(report.summary.templates).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('takes parameters as a mapping', async () => {
    const dir = repo('parameters:\n  Env: prod\n');
    writeFileSync(
      path.join(dir, 'stacks/app.yaml'),
      'Parameters:\n  Env: {Type: String, Default: dev}\nConditions:\n  Prod: !Equals [!Ref Env, prod]\nResources:\n  Key:\n    Type: AWS::IAM::AccessKey\n    Condition: Prod\n',
    );
    expect((await scanIn(dir)).code).toBe(1);
  });

  it.each([
    [
      'an unknown key',
      'fail-on: high\nreveiw: true\n',
      /^\.github\/policygate\.yml:2:1: unknown key "reveiw"; did you mean "review"\?$/,
    ],
    [
      'a bad value',
      'fail-on: severe\n',
      /^\.github\/policygate\.yml:1:10: fail-on must be one of critical, high, medium, low, info, never; got "severe"$/,
    ],
    [
      'an unknown rule',
      'rules:\n  iam-admin-acces: off\n',
      /^\.github\/policygate\.yml:2:3: rules: unknown rule "iam-admin-acces"/,
    ],
    [
      'a bad rule setting',
      'rules:\n  iam-admin-access: loud\n',
      /^\.github\/policygate\.yml:2:21: rules\.iam-admin-access must be one of off, critical/,
    ],
    [
      'an ignore entry without a rule',
      'ignore:\n  - path: x/**\n    reason: y\n',
      /^\.github\/policygate\.yml:2:5: ignore\[0\] needs "rule"$/,
    ],
    ['broken YAML', 'rules: [\n', /^\.github\/policygate\.yml:2:1: /],
  ])('%s is exit 2 with the file, line and what is expected', async (_name, config, message) => {
    expect(await usageError(repo(config))).toMatch(message);
  });

  it('reports every mistake in one run, in file order, each with its line and the name meant', async () => {
    const config = [
      'fail_on: high',
      'comment-on: hgih',
      'checks: validate,no-new-acess',
      'rules:',
      '  sg-open-admin-prot: off',
      '  access-analyzer/PASS_ROLE_WITH_STAR: off',
      'ignore:',
      '  - rule: iam-user-acess-key',
      '    reasn: vendor',
      'deadline: 0',
      '',
    ].join('\n');
    expect((await usageError(repo(config))).split('\n')).toEqual([
      '.github/policygate.yml:1:1: unknown key "fail_on"; did you mean "fail-on"?',
      '.github/policygate.yml:2:13: comment-on must be one of critical, high, medium, low, info; got "hgih"; did you mean "high"?',
      '.github/policygate.yml:3:9: checks: unknown check "no-new-acess" (expected validate, no-new-access, no-public-access, access-not-granted); did you mean "no-new-access"?',
      '.github/policygate.yml:5:3: rules: unknown rule "sg-open-admin-prot" (`policygate rules` lists the ids); did you mean "sg-open-admin-port"?',
      '.github/policygate.yml:8:11: ignore: unknown rule "iam-user-acess-key" (`policygate rules` lists the ids); did you mean "iam-user-access-key"?',
      '.github/policygate.yml:9:5: unknown key "reasn" in ignore[0]; did you mean "reason"?',
      '.github/policygate.yml:10:11: deadline must be > 0; got 0',
    ]);
  });

  it('the CLI prints each mistake on its own line and exits 2 with no report', () => {
    const dir = repo('fail_on: high\nrules: { sg-open-admin-prot: off }\n');
    const r = spawnSync(process.execPath, [path.resolve('dist/cli.js'), 'scan', '.'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      [
        'policygate: .github/policygate.yml:1:1: unknown key "fail_on"; did you mean "fail-on"?',
        'policygate: .github/policygate.yml:2:10: rules: unknown rule "sg-open-admin-prot" (`policygate rules` lists the ids); did you mean "sg-open-admin-port"?',
        '',
      ].join('\n'),
    );
  });

  it('guesses only when a name is close', () => {
    expect(closest('severe', ['critical', 'high', 'never'])).toBeUndefined();
    expect(closest('loud', ['off', 'low', 'high'])).toBeUndefined();
    expect(closest('reveiw', ['review', 'scan'])).toBe('review');
    expect(closest('failOn', ['fail-on', 'comment-on'])).toBe('fail-on');
  });

  it('--config names another file, which must exist', async () => {
    const dir = repo('fail-on: never\n', 'ci/pg.yml');
    expect((await scanIn(dir, ['--config', 'ci/pg.yml'])).code).toBe(0);
    expect(await usageError(dir, ['--config', 'ci/missing.yml'])).toMatch(
      /^ci\/missing\.yml: the config file cannot be read \(ENOENT\)$/,
    );
  });
});
