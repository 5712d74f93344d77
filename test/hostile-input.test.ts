/**
 * Issue 9, the engine side: hostile files from a pull request cannot hang, crash, leak or weaken
 * the run. Each case runs the bundled CLI (dist/cli.js) on the hostile file beside a template with
 * an open SSH port: the run finishes within seconds, the SSH finding is still there, the hostile
 * file is named in a finding or warning, and no secret or outside file content is printed.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileDirectives } from '../src/findings/suppressions.js';
import { SourceText } from '../src/parse/source.js';
import { getPath } from '../src/parse/node.js';
import { runRules } from '../src/engines/offline.js';
import { checkText } from '../src/engines/analyse.js';
import { conclusion } from '../src/findings/types.js';
import { placeholderFor } from '../src/findings/secrets.js';
import { serialize } from '../src/engines/access-analyzer/serialize.js';
import { defineRule } from '../src/rules/types.js';
import * as F from './hostile-fixtures.js';
import { scan } from '../src/scan/scan.js';
import { decodeText } from '../src/files/decode.js';
import { startAccessAnalyzer } from './access-analyzer-server.js';
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { runAccessAnalyzer } from '../src/engines/access-analyzer/engine.js';

const CLI = path.resolve('dist/cli.js');
const timings: string[] = [];

interface Run {
  code: number | null;
  ms: number;
  stdout: string;
  stderr: string;
  report: {
    findings: { ruleId: string; file: string; line: number; message: string; severity: string; internal?: boolean }[];
    warnings: { file: string; line: number | null; message: string }[];
    partial: { file: string; resource: string | null; reasons: string[] }[];
    conclusion: string;
  };
  dir: string;
}

/** The hostile files beside ssh.yaml, scanned by the bundled CLI with the JSON report. */
function scanCase(
  name: string,
  files: Record<string, string | Buffer>,
  opts: { args?: string[]; setup?: (dir: string) => void; expectReport?: boolean } = {},
): Run {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-hostile-'));
  for (const [f, content] of Object.entries({ 'ssh.yaml': F.SSH_TEMPLATE, ...files })) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), content);
  }
  opts.setup?.(dir);
  const started = Date.now();
  const r = spawnSync(process.execPath, [CLI, 'scan', '.', '--format', 'json', ...(opts.args ?? [])], {
    cwd: dir,
    encoding: 'utf8',
    timeout: 20_000,
    maxBuffer: 256 << 20,
    env: { ...process.env, AWS_EC2_METADATA_DISABLED: 'true' },
  });
  const ms = Date.now() - started;
  timings.push(`${name}: ${ms} ms, exit ${r.status}`);
  expect(r.error).toBeUndefined(); // not killed by the timeout
  const run = { code: r.status, ms, stdout: r.stdout, stderr: r.stderr, dir } as Run;
  if (opts.expectReport === false) return run;
  expect(r.stderr).not.toMatch(/internal error|RangeError|TypeError|heap/i);
  run.report = JSON.parse(r.stdout);
  // The neighbour is always scanned: one hostile file never costs the others.
  expect(run.report.findings.some((f) => f.file === 'ssh.yaml' && f.ruleId === 'sg-open-admin-port')).toBe(true);
  expect(run.code).toBe(1);
  expect(run.report.conclusion).toBe('failure');
  expect(ms).toBeLessThan(10_000);
  return run;
}

const findingsOf = (r: Run, file: string) => r.report.findings.filter((f) => f.file === file);
const warningsOf = (r: Run, file: string) => r.report.warnings.filter((w) => w.file === file);

beforeAll(() => {
  if (!existsSync(CLI)) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
}, 120_000);

afterAll(() => {
  // The measured times, for the issue note.
  console.log(timings.join('\n'));
});

describe('bounded work', () => {
  it('a suppression comment with 100k spaces is read in milliseconds', () => {
    for (const tail of ['!', '', ' -- why']) {
      const text = `# policygate-ignore iam-user-access-key${' '.repeat(100_000)}${tail}\n`;
      const started = Date.now();
      const ds = fileDirectives('t.yaml', new SourceText(text), undefined, new Map(), true);
      const ms = Date.now() - started;
      timings.push(`suppression comment, 100k spaces + ${JSON.stringify(tail)} (in process): ${ms} ms`);
      // A backtracking pattern would take minutes on 100k spaces; a bound this loose cannot flake.
      expect(ms).toBeLessThan(5000);
      expect(ds.map((d) => [d.written, d.reason])).toEqual(
        tail === '!' ? [] : [['iam-user-access-key', tail ? 'why' : '']],
      );
    }
  });

  it('ReDoS comment (2,000 and 100k spaces then !) before an access key: the key is still reported', () => {
    for (const n of [2_000, 100_000]) {
      for (const ids of ['', ' iam-user-access-key']) {
        const key = 'Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: ci }\n';
        const r = scanCase(`ReDoS comment "# policygate-ignore${ids}" + ${n} spaces + !`, {
          'redos.yaml': `# policygate-ignore${ids}${' '.repeat(n)}!\n${key}`,
        });
        // Not a valid directive (a `!` in the rule list): nothing suppressed, the key reported.
        expect(findingsOf(r, 'redos.yaml').map((f) => [f.ruleId, f.line])).toEqual([['iam-user-access-key', 3]]);
        expect(warningsOf(r, 'redos.yaml')).toEqual([
          {
            file: 'redos.yaml',
            line: 1,
            message: expect.stringMatching(/^a policygate-ignore comment whose rule list/),
          },
        ]);
      }
    }
  });

  it('an IAM wildcard built to backtrack is matched in linear time', () => {
    const pattern = `s3:${'?*'.repeat(40)}X`;
    const text = `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "${pattern}", "Resource": "*"}]}`;
    const started = Date.now();
    const res = checkText('p.json', text);
    timings.push(`IAM action pattern with 40 stars (in process): ${Date.now() - started} ms`);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(res.findings.some((f) => f.ruleId === 'iam-unknown-action')).toBe(true);
  });

  it.each([
    ['JSON nested 2,000 deep', 'deep.json', () => F.deepJson(2_000)],
    ['JSON nested 5,000 deep', 'deep.json', () => F.deepJson(5_000)],
    ['YAML flow nested 5,000 deep', 'deep.yaml', () => F.deepYaml(5_000)],
    ['10k nested Fn::Join', 'join.json', () => F.nestedJoin(10_000)],
  ])('%s: parse-error at the line of the limit', (name, file, make) => {
    const r = scanCase(name, { [file]: make() });
    const [f] = findingsOf(r, file);
    expect(f).toMatchObject({ ruleId: 'parse-error', line: file === 'deep.yaml' ? 6 : 1 });
    expect(f.message).toMatch(/nested deeper than 256 levels/);
    expect(f.internal).toBeUndefined();
  });

  it('YAML anchors that each nest one level deeper: parse-error at the anchor past the limit', () => {
    const r = scanCase('alias chain, 1,000 anchors', { 'alias.yaml': F.aliasChain(1_000) });
    const [f] = findingsOf(r, 'alias.yaml');
    expect(f).toMatchObject({ ruleId: 'parse-error', message: expect.stringMatching(/nested deeper than 256/) });
    expect(f.line).toBeGreaterThan(200);
  });

  it('a policy with a 130k-item Resource list is analysed', () => {
    const r = scanCase('JSON array of 130k items', {
      'big.json': F.hugeArrayPolicy(130_000).replace('"s3:GetObject"', '"s3:*"'),
    });
    expect(findingsOf(r, 'big.json').map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['iam-wildcard-action', 'iam-policy-too-large']),
    );
  });

  it('a template with 43k resources is analysed', () => {
    const text = F.manyResources(43_000).replace(
      '"Q42999": {"Type": "AWS::SQS::Queue"}',
      '"Key": {"Type": "AWS::IAM::AccessKey", "Properties": {"UserName": "ci"}}',
    );
    const r = scanCase('43k resources', { 'many.json': text });
    expect(findingsOf(r, 'many.json').map((f) => f.ruleId)).toContain('iam-user-access-key');
  });

  it('40 levels of Fn::Sub doubling: the value is unknown past the cap, the resource partly analysed', () => {
    const r = scanCase('Fn::Sub doubling, 40 levels', { 'sub.yaml': F.subDoubling(40) });
    expect(findingsOf(r, 'sub.yaml').find((f) => f.ruleId === 'iam-policy-too-large')?.message).toMatch(
      /^The policy is more than \d+ characters/,
    );
    expect(r.report.partial.find((p) => p.file === 'sub.yaml')).toMatchObject({
      resource: 'R',
      reasons: [expect.stringMatching(/larger than 1,000,000 characters/)],
    });
  });

  it('40 parameter defaults that each Ref the previous twice finish at once', () => {
    const r = scanCase('parameter defaults doubling, 40 levels', { 'params.yaml': F.paramDoubling(40) });
    expect(r.report.partial.find((p) => p.file === 'params.yaml')?.reasons).toEqual([
      expect.stringMatching(/larger than 1,000,000 characters|values nest too deeply/),
    ]);
  });
});

describe('per-file isolation', () => {
  it('parameters, keys and conditions named after Object.prototype are ordinary names', () => {
    const text = [
      'Parameters:',
      '  constructor: { Type: String, NoEcho: true, Default: SecretDefault9 }',
      '  toString: { Type: String }',
      'Conditions:',
      '  __proto__: !Equals [!Ref toString, x]',
      'Resources:',
      '  constructor:',
      '    Type: AWS::S3::Bucket',
      '    Condition: __proto__',
      "    Properties: { BucketName: !Sub '${constructor}-${toString}', __proto__: { a: !Ref hasOwnProperty } }",
      '',
    ].join('\n');
    const res = checkText('proto.yaml', text, { parameters: { toString: 'x' } });
    expect(res.findings.filter((f) => f.internal)).toEqual([]);
    expect(res.secrets).toEqual(['SecretDefault9']);
    const bucket = res.model!.template!.byId.get('constructor')!;
    expect(res.model!.resolver.created(bucket.condition)).toBe(true);
    expect(res.model!.resolver.string(bucket.properties && getPath(bucket.properties, 'BucketName'))).toBe(
      'SecretDefault9-x',
    );
  });

  it('a SAM function with Policies: [{}] costs nothing', () => {
    const r = scanCase('SAM Policies: [{}]', { 'sam.yaml': F.SAM_EMPTY_POLICY });
    expect(findingsOf(r, 'sam.yaml').filter((f) => f.internal)).toEqual([]);
  });

  it('a rule that throws is an unsuppressible internal-error finding that fails the run', () => {
    const boom = defineRule({
      meta: {
        id: 'iam-admin-access',
        severity: 'critical',
        title: 't',
        why: 'w',
        fix: 'f',
        family: 'least-privilege',
        messages: {},
      },
      checkTemplate() {
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    });
    const text = 'Resources:\n  # policygate-ignore iam-admin-access -- trust me\n  Q:\n    Type: AWS::SQS::Queue\n';
    const res = checkText('t.yaml', text, {}, [boom]);
    const [f] = res.findings.filter((x) => x.ruleId === 'iam-admin-access');
    expect(f).toMatchObject({ severity: 'high', internal: true, suppressed: false, line: 1 });
    expect(f.message).toMatch(/^Internal error: rule iam-admin-access failed on this file \(TypeError: /);
    for (const failOn of ['critical', 'high', 'info'] as const) expect(conclusion([f], failOn)).toBe('failure');
    expect(conclusion([f], 'never')).toBe('success');
  });

  it('a stage that throws on one file is an internal parse-error on that file only', () => {
    const rule = defineRule({
      meta: { id: 'parse-error', severity: 'high', title: 't', why: 'w', fix: 'f', family: 'scanner', messages: {} },
      checkPolicy(p) {
        if (p.statements.length) throw new RangeError('Maximum call stack size exceeded');
      },
    });
    const model = checkText('p.json', '{"Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}').model!;
    const { findings } = runRules(model, [rule]);
    expect(findings).toEqual([
      expect.objectContaining({ ruleId: 'parse-error', internal: true, severity: 'high', line: 1, column: 1 }),
    ]);
  });
});

describe('no silent skip', () => {
  it('a FIFO in the scanned folder is named in a warning and never opened', () => {
    const r = scanCase(
      'FIFO in the folder',
      {},
      { setup: (dir) => execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]) },
    );
    expect(warningsOf(r, 'pipe.yaml').map((w) => w.message)).toEqual([
      'a FIFO (named pipe), not a regular file; not scanned',
    ]);
  });

  it('a FIFO named on the command line is a warning too', () => {
    const r = scanCase(
      'FIFO on the command line',
      {},
      { setup: (dir) => execFileSync('mkfifo', [path.join(dir, 'named.json')]), args: ['named.json'] },
    );
    expect(warningsOf(r, 'named.json').map((w) => w.message)).toEqual([
      'a FIFO (named pipe), not a regular file; not scanned',
    ]);
  });

  it('a second YAML document: warned at its line', () => {
    const r = scanCase('two YAML documents', { 'two.yaml': F.TWO_DOCUMENTS });
    expect(warningsOf(r, 'two.yaml')).toEqual([
      {
        file: 'two.yaml',
        line: 5,
        message: expect.stringMatching(/holds 2 YAML documents; only the first is analysed/),
      },
    ]);
  });

  it('a folder outside the working directory is scanned; a path with no candidate is a warning', async () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'pg-elsewhere-'));
    const empty = mkdtempSync(path.join(tmpdir(), 'pg-empty-'));
    writeFileSync(path.join(elsewhere, 'ssh.yaml'), F.SSH_TEMPLATE);
    writeFileSync(path.join(empty, 'notes.txt'), 'no template here');
    const result = await scan({ cwd: process.cwd(), files: { paths: [elsewhere, empty] } });
    const rel = path.relative(process.cwd(), path.join(elsewhere, 'ssh.yaml'));
    expect(result.findings.some((f) => f.file === rel && f.ruleId === 'sg-open-admin-port')).toBe(true);
    expect(result.warnings).toEqual([
      { file: empty, line: null, message: 'holds no file matching the paths globs; nothing scanned there' },
    ]);
  });

  it('a trailing --- is not a second document', () => {
    const res = checkText('t.yaml', `${F.SSH_TEMPLATE}---\n# nothing\n`);
    expect(res.warnings).toEqual([]);
  });

  it('a template behind a first document that is not one: warned, not skipped in silence', () => {
    const r = scanCase('template in the second YAML document', { 'k8s.yaml': F.TEMPLATE_SECOND });
    expect(warningsOf(r, 'k8s.yaml')).toEqual([
      { file: 'k8s.yaml', line: 3, message: expect.stringMatching(/a later one looks like a template or policy/) },
    ]);
  });

  it.each([
    ['UTF-16 LE', () => F.utf16(F.SSH_TEMPLATE, 'le')],
    ['UTF-16 BE', () => F.utf16(F.SSH_TEMPLATE, 'be')],
    ['UTF-32 LE', () => F.utf32(F.SSH_TEMPLATE, 'le')],
    ['UTF-32 BE', () => F.utf32(F.SSH_TEMPLATE, 'be')],
  ])('a %s template is decoded and analysed, findings on the right line', (name, make) => {
    const r = scanCase(name, { 'wide.yaml': make() });
    expect(findingsOf(r, 'wide.yaml').map((f) => [f.ruleId, f.line])).toContainEqual(['sg-open-admin-port', 8]);
    expect(warningsOf(r, 'wide.yaml')).toEqual([]);
  });

  it('UTF-16 without a byte-order mark is recognised; other NUL bytes are binary', () => {
    const text = 'Resources: {}\n';
    expect(decodeText(Buffer.from(text, 'utf16le'))).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeText(F.utf16(text, 'be'))).toEqual({ text, encoding: 'utf-16be' });
    expect(decodeText(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0]))).toEqual({ binary: true });
  });

  it('cyclic Conditions: a warning naming the condition, and the guarded resource is still checked', () => {
    const r = scanCase('cyclic Conditions', { 'cycle.yaml': F.CYCLIC_CONDITIONS });
    expect(warningsOf(r, 'cycle.yaml').map((w) => w.message)).toEqual([
      expect.stringMatching(/^condition [AB] refers to itself \([AB] → [AB] → [AB]\)/),
    ]);
    expect(findingsOf(r, 'cycle.yaml').map((f) => f.ruleId)).toContain('sg-open-admin-port');
  });
});

describe('secrets stay secret', () => {
  const SECRETS = ['NoEchoDefaultSecret77', '210987654321', 'RealSecretFromWorkflow42'];
  const params = ['--parameter', 'Account=210987654321', '--parameter', 'Bucket=RealSecretFromWorkflow42'];

  it.each(['json', 'stylish', 'sarif', 'github'])('NoEcho and given values are masked: --format %s', (format) => {
    const r = scanCase(
      `secrets, --format ${format}`,
      { 'secret.yaml': F.SECRET_TEMPLATE },
      { args: [...params, '--format', format], expectReport: false },
    );
    expect(r.code).toBe(1);
    for (const s of SECRETS) expect(r.stdout + r.stderr).not.toContain(s);
    expect(r.stdout).toContain('Account **** may assume this role');
    expect(r.stdout).toContain('s3:Get****');
    if (format === 'json') {
      const report = JSON.parse(r.stdout);
      expect(report.partial).toContainEqual({
        file: 'secret.yaml',
        resource: 'Role',
        reasons: ["Fn::FindInMap: Queues.****.arn is not in the template's Mappings"],
      });
    }
  });

  it('the permission diff masks a given bucket name', () => {
    const r = scanCase(
      'secrets in the permission diff (--base)',
      { 'secret.yaml': F.SECRET_TEMPLATE.replace(/ {14}- Effect: Allow\n.*Get\$\{Hidden\}.*\n.*\n/, '') },
      {
        args: [...params, '--base', 'HEAD'],
        setup: (dir) => {
          const git = (...a: string[]) =>
            execFileSync('git', ['-c', 'user.email=t@t', '-c', 'user.name=t', ...a], { cwd: dir });
          git('init', '-q');
          git('add', '.');
          git('commit', '-qm', 'base');
          writeFileSync(path.join(dir, 'secret.yaml'), F.SECRET_TEMPLATE.replace('s3:Get${Hidden}', 's3:GetObject'));
          writeFileSync(path.join(dir, 'ssh.yaml'), `${F.SSH_TEMPLATE}# changed\n`);
        },
      },
    );
    const changes = (r.report as unknown as { changes: { added: string[] }[] }).changes;
    expect(changes.flatMap((c) => c.added)).toContain('s3:GetObject on arn:aws:s3:::****/*');
    for (const s of SECRETS) expect(r.stdout).not.toContain(s);
  });

  it('the scan result lists the secrets for core.setSecret, and never serialises them', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pg-hostile-'));
    writeFileSync(path.join(dir, 'secret.yaml'), F.SECRET_TEMPLATE);
    const result = await scan({
      cwd: dir,
      files: { paths: [] },
      parameters: { Account: '210987654321', Bucket: 'Bkt,Other-Bucket' },
    });
    expect([...result.secrets!].sort()).toEqual(
      ['210987654321', 'Bkt,Other-Bucket', 'NoEchoDefaultSecret77', 'Bkt', 'Other-Bucket'].sort(),
    );
    expect(JSON.stringify(result)).not.toMatch(/210987654321|NoEchoDefaultSecret77/);
    expect(Object.keys(result)).not.toContain('secrets');
  });

  it('the bundled CLI sends Access Analyzer placeholders, never the values', async () => {
    const aa = await startAccessAnalyzer();
    try {
      const dir = mkdtempSync(path.join(tmpdir(), 'pg-hostile-'));
      // Without the FindInMap statement every value is known, so the policy is sent.
      const known = F.SECRET_TEMPLATE.replace(/ {14}- Effect: Allow\n {16}Action: sqs:SendMessage\n.*\n/, '');
      writeFileSync(path.join(dir, 'secret.yaml'), known);
      const env = {
        ...process.env,
        AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
        AWS_SECRET_ACCESS_KEY: 'secret',
        AWS_REGION: 'eu-west-1',
        AWS_ENDPOINT_URL_ACCESSANALYZER: aa.url,
      };
      const args = [CLI, 'scan', '.', '--format', 'json', '--access-analyzer', 'on', ...params];
      const out = await new Promise<string>((resolve) => {
        const child = spawn(process.execPath, args, { cwd: dir, env });
        let stdout = '';
        child.stdout.on('data', (d) => (stdout += d));
        child.on('close', () => resolve(stdout));
      });
      expect(JSON.parse(out).summary.accessAnalyzer).toMatchObject({ ran: true });
      const sent = JSON.stringify(aa.calls.map((c) => c.body));
      expect(aa.calls.length).toBeGreaterThan(0);
      for (const s of SECRETS) expect(sent + out).not.toContain(s);
      expect(sent).toContain('arn:aws:s3:::XxxxXxxxxxXxxxXxxxxxxx00/*');
      expect(sent).toContain('s3:GetXxXxxxXxxxxxxXxxxxx00');
    } finally {
      await aa.close();
    }
  });

  it('Access Analyzer gets at most a budget of policies per run, and the rest are named', async () => {
    const aa = await startAccessAnalyzer();
    try {
      const text = F.manyRoles(5);
      const model = checkText('roles.yaml', text).model!;
      const client = new AccessAnalyzerClient({
        region: 'us-east-1',
        endpoint: aa.url,
        credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
      });
      const base = { region: 'us-east-1', checks: new Set(['validate'] as const), sensitiveActions: [], client };
      const auto = await runAccessAnalyzer([model], { ...base, mode: 'auto', maxPolicies: 3 });
      expect(auto.calls).toBe(3);
      expect(auto.error).toBeUndefined();
      expect(auto.notes).toEqual([
        '2 policies were not sent to Access Analyzer: a run sends at most 3 (the offline rules checked them all): roles.yaml#R3, roles.yaml#R4',
      ]);
      const on = await runAccessAnalyzer([model], { ...base, mode: 'on', maxPolicies: 3 });
      expect(on.error).toMatch(/^2 policies were not sent to Access Analyzer/);
    } finally {
      await aa.close();
    }
  });

  it('a policy sent to Access Analyzer carries a placeholder of the same shape', () => {
    const res = checkText('secret.yaml', F.SECRET_TEMPLATE, { parameters: { Bucket: 'RealSecretFromWorkflow42' } });
    expect(res.secrets).toEqual(['NoEchoDefaultSecret77']);
    const [policy] = res.model!.policies.filter((p) => p.kind === 'identity');
    const { text } = serialize(policy, ['RealSecretFromWorkflow42', 'NoEchoDefaultSecret77']);
    expect(text).not.toMatch(/RealSecretFromWorkflow42|NoEchoDefaultSecret77/);
    expect(text).toContain('"arn:aws:s3:::XxxxXxxxxxXxxxXxxxxxxx00/*"');
    expect(text).toContain('"s3:GetXxXxxxXxxxxxxXxxxxx00"');
    expect(placeholderFor('arn:aws:iam::123456789012:role/Deploy*')).toBe('arn:aws:iam::123456789012:xxxx/Xxxxxx*');
  });
});

describe('contained paths', () => {
  const config = (text: string) => ({ '.github/policygate.yml': text });

  it('config parameters: /proc/self/environ is refused (exit 2), nothing echoed', () => {
    const r = scanCase('config parameters: /proc/self/environ', config('parameters: /proc/self/environ\n'), {
      expectReport: false,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^policygate: \.github\/policygate\.yml:1:\d+: parameters: \/proc\/self\/environ is outside the workspace/,
    );
    expect(r.stderr).not.toMatch(/PATH=|HOME=/);
  });

  it('a parameters file that links outside is refused', () => {
    const r = scanCase('config parameters: a link outside', config('parameters: params.json\n'), {
      expectReport: false,
      setup: (dir) => symlinkSync('/etc/passwd', path.join(dir, 'params.json')),
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/parameters: params\.json is outside the workspace/);
    expect(r.stderr + r.stdout).not.toMatch(/root:/);
  });

  it('the config file as a link to a file outside is not read or echoed', () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'pg-outside-'));
    writeFileSync(path.join(outside, 'shadow'), 'root:$6$SECRETHASH:19000:0:99999:7:::\n');
    const r = scanCase(
      'config file linked to a file outside',
      {},
      {
        expectReport: false,
        setup: (dir) => {
          mkdirSync(path.join(dir, '.github'));
          symlinkSync(path.join(outside, 'shadow'), path.join(dir, '.github/policygate.yml'));
        },
      },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /\.github\/policygate\.yml: the config file is a link to a file outside the workspace; not read/,
    );
    expect(r.stderr + r.stdout).not.toContain('SECRETHASH');
  });

  it('sarif-file outside the workspace, and globs that climb out, are refused naming the setting', () => {
    for (const [text, setting] of [
      ['sarif-file: /tmp/elsewhere.sarif\n', /sarif-file: \/tmp\/elsewhere\.sarif is outside the workspace/],
      ['sarif-file: ../up.sarif\n', /sarif-file: \.\.\/up\.sarif is outside the workspace/],
      ['paths: ["../../**/*.yaml"]\n', /paths: the glob \.\.\/\.\.\/\*\*\/\*\.yaml reaches outside/],
      ['exclude: /etc/**\n', /exclude: the glob \/etc\/\*\* reaches outside/],
    ] as const) {
      const r = scanCase(`config ${text.trim()}`, config(text), { expectReport: false });
      expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(setting)]);
    }
  });

  it('a parameters file nested 5,000 deep is a clear exit 2, not a crash', () => {
    const r = scanCase(
      'config parameters file nested 5,000 deep',
      { ...config('parameters: p.json\n'), 'p.json': `{"A": ${'['.repeat(5_000)}${']'.repeat(5_000)}}` },
      { expectReport: false },
    );
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringMatching(/^policygate: p\.json: not valid JSON or YAML \(nested deeper than 256 levels/),
    ]);
  });

  it('a config key __proto__ cannot slip settings past validation', () => {
    const r = scanCase('config __proto__: { fail-on: never }', config('__proto__:\n  fail-on: never\n'), {
      expectReport: false,
    });
    expect([r.code, r.stderr]).toEqual([2, expect.stringMatching(/unknown key "__proto__"/)]);
  });

  it('a config file that is a FIFO is refused without blocking', () => {
    const r = scanCase(
      'config file is a FIFO',
      {},
      {
        expectReport: false,
        setup: (dir) => {
          mkdirSync(path.join(dir, '.github'));
          execFileSync('mkfifo', [path.join(dir, '.github/policygate.yml')]);
        },
      },
    );
    expect([r.code, r.stderr]).toEqual([
      2,
      expect.stringMatching(/\.github\/policygate\.yml: the config file is not a regular file/),
    ]);
  });

  it('a parameters file inside the workspace is read, and its values masked', () => {
    const r = scanCase(
      'config parameters file inside',
      {
        ...config('parameters: params/values.json\n'),
        'params/values.json': '{"Given": "RealSecretFromWorkflow42"}',
        'secret.yaml': F.SECRET_TEMPLATE,
      },
      {},
    );
    expect(JSON.stringify(r.report)).not.toContain('RealSecretFromWorkflow42');
    expect(readFileSync(path.join(r.dir, 'params/values.json'), 'utf8')).toContain('RealSecretFromWorkflow42');
  });
});
