/**
 * The GitHub layer against the stand-in GitHub, through the real Octokit (throttling and retry
 * plugins included): pagination, annotation batches, the review's diff rules and 422 fallback,
 * fixed threads, the sticky comment across pages, read-only tokens and secondary rate limits.
 */
import { makeClient } from '../src/github/client.js';
import { publishCheckRun } from '../src/github/check-run.js';
import { changedFiles } from '../src/github/pr-files.js';
import { publish } from '../src/github/publish.js';
import { publishReview } from '../src/github/review.js';
import type { Finding, ScanResult } from '../src/findings/types.js';
import { ruleDescriptions } from '../src/scan/rule-descriptions.js';
import { startCheckRun } from '../src/github/check-run.js';
import { pullRequestConfig } from '../src/inputs/config-source.js';
import { readAtCommit } from '../src/github/pr-contents.js';
import { withState } from '../src/github/sticky.js';
import { startGitHub, type StandIn, type StandInOptions } from './github-server.js';
import { testClock } from './clock.js';

import { jest } from '@jest/globals';

jest.setTimeout(60_000);

const PR = { owner: 'acme', repo: 'infra', number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) };
const PATCH = '@@ -1,3 +1,5 @@\n Resources:\n   Role:\n+    Type: AWS::IAM::Role\n+    Properties: {}\n   X: 1';

const finding = (line: number, fp: string, file = 'stack.yaml'): Finding => ({
  ruleId: 'iam-admin-access',
  severity: 'critical',
  title: 't',
  message: `finding at ${line}`,
  file,
  line,
  column: 5,
  endLine: line,
  endColumn: 9,
  resource: 'Role',
  policy: null,
  source: 'policygate',
  helpUri: 'https://example.com/r',
  fingerprint: fp,
  suppressed: false,
  suppression: null,
});

const result = (findings: Finding[]): ScanResult => ({
  findings,
  warnings: [],
  partial: [],
  files: 1,
  templates: 1,
  policies: 1,
  accessAnalyzer: { ran: false, calls: 0, skipped: 'not available in this version' },
});

let gh: StandIn | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});

// Waits (retry-after, backoff) move this clock on at once; the client and the stand-in share it.
let clock = testClock();
beforeEach(() => {
  clock = testClock();
});
const waited = () => clock.waits.reduce((a, b) => a + b, 0);
const client = (token = 'good', extra: Partial<Parameters<typeof makeClient>[0]> = {}) =>
  makeClient({ token, baseUrl: gh!.url, warn: () => {}, writeGapMs: 0, clock, ...extra });
const fail = (what: string, e: unknown) => {
  throw new Error(`unexpected failure to ${what}: ${(e as Error).message}`);
};

describe('the stand-in GitHub, through the real Octokit', () => {
  it('refuses a request without a valid token (401)', async () => {
    gh = await startGitHub({ ...PR, files: [], token: 'good' });
    await expect(
      client('bad').rest.checks.create({ owner: 'acme', repo: 'infra', name: 'x', head_sha: 'a' }),
    ).rejects.toMatchObject({ status: 401 });
  });

  it('lists every page of a large pull request (250 files, link headers)', async () => {
    const files = Array.from({ length: 250 }, (_, i) => ({
      filename: `f${i}.yaml`,
      status: 'modified',
      patch: '@@ -1 +1 @@\n-a\n+b',
    }));
    gh = await startGitHub({ ...PR, files, token: 'good' });
    const { files: got, unread } = await changedFiles(client(), PR, process.cwd(), () => {});
    expect(unread).toBeUndefined();
    expect(got).toHaveLength(250);
    expect(got[249]).toEqual({ path: 'f249.yaml', status: 'modified', lines: new Set([1]) });
    expect(gh.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(3);
  });

  it('sends 120 annotations in batches of at most 50 and completes the run on the head commit', async () => {
    gh = await startGitHub({ ...PR, files: [], token: 'good' });
    const findings = Array.from({ length: 120 }, (_, i) => finding(i + 1, `fp${i}`));
    const { id } = await publishCheckRun(
      client(),
      { owner: 'acme', repo: 'infra', sha: PR.headSha, findings, conclusion: 'failure', summary: 'summary' },
      undefined,
      fail,
    );
    const run = gh.checkRuns.get(id!)!;
    expect(run).toMatchObject({
      head_sha: PR.headSha,
      status: 'completed',
      conclusion: 'failure',
      output: { title: '120 critical' },
    });
    expect(run.annotations).toHaveLength(120);
    const patches = gh.requests.filter((r) => r.method === 'PATCH');
    expect(patches.map((r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length)).toEqual([
      50, 50, 20,
    ]);
  });

  it('comments only on diff lines, once per fingerprint, and marks fixed ones', async () => {
    gh = await startGitHub({
      ...PR,
      files: [{ filename: 'stack.yaml', status: 'modified', patch: PATCH }],
      token: 'good',
    });
    const files = [{ path: 'stack.yaml', status: 'modified', lines: new Set([1, 2, 3, 4, 5]) }];
    const input = { pr: PR, files, rules: new Map(), lineText: () => undefined, warn: () => {} };
    const first = await publishReview(client(), {
      ...input,
      findings: [finding(3, 'aaa'), finding(4, 'bbb'), finding(40, 'ccc')],
    });
    expect(first).toMatchObject({ posted: 2, alreadyCommented: 0 });
    expect(gh.reviews[0]).toMatchObject({ event: 'COMMENT', commit_id: PR.headSha });
    expect(gh.reviews[0].comments.map((c) => c.line)).toEqual([3, 4]);
    // A re-run with one finding gone: no new review, the gone one marked fixed and resolved.
    const second = await publishReview(client(), { ...input, findings: [finding(3, 'aaa')] });
    expect(second).toMatchObject({ posted: 0, alreadyCommented: 1, markedFixed: 1, resolved: 1 });
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments.find((c) => c.line === 4)!.body).toMatch(/^✅ \*\*Fixed\*\*/);
  });

  it('falls back to the summary when GitHub refuses the review (422)', async () => {
    // The stand-in's diff ends at line 5; the caller believes line 9 is in it (a stale diff).
    gh = await startGitHub({
      ...PR,
      files: [{ filename: 'stack.yaml', status: 'modified', patch: PATCH }],
      token: 'good',
    });
    const warnings: string[] = [];
    const r = await publishReview(client(), {
      pr: PR,
      files: [{ path: 'stack.yaml', status: 'modified', lines: new Set([9]) }],
      rules: new Map(),
      lineText: () => undefined,
      warn: (m) => warnings.push(m),
      findings: [finding(9, 'zzz')],
    });
    expect(r).toMatchObject({ posted: 0, notPosted: 1 });
    expect(warnings.join('\n')).toMatch(
      /could not post the review .*Pull request review thread line must be part of the diff/,
    );
  });

  it('publishes check run, review and one sticky comment found across pages; a re-run updates it', async () => {
    gh = await startGitHub({
      ...PR,
      files: [{ filename: 'stack.yaml', status: 'modified', patch: PATCH }],
      token: 'good',
      otherComments: 150,
    });
    const files = [{ path: 'stack.yaml', status: 'modified', lines: new Set([1, 2, 3, 4, 5]) }];
    const run = (findings: Finding[]) =>
      publish({
        gh: client(),
        owner: 'acme',
        repo: 'infra',
        sha: PR.headSha,
        pr: PR,
        files,
        result: result(findings),
        failOn: 'high',
        rules: ruleDescriptions(),
        flags: { review: true, checkRun: true, summaryComment: true },
        serverUrl: 'https://github.com',
        lineText: () => undefined,
        warn: () => {},
      });
    const first = await run([finding(3, 'aaa'), finding(4, 'bbb')]);
    expect(first).toMatchObject({ sticky: 'created', forbidden: false });
    expect(first.markdown).toContain('<!-- policygate:summary -->');
    expect(first.markdown).toContain('[stack.yaml:3](https://github.com/acme/infra/blob/hhhh');
    const second = await run([finding(3, 'aaa')]);
    expect(second.sticky).toBe('updated');
    expect(gh.issueComments.filter((c) => c.body.includes('policygate:summary'))).toHaveLength(1);
    expect(second.markdown).toMatch(/### Still open \(1\)/);
    // The fixed one at line 4, named by its rule's title (the state keeps no messages).
    expect(second.markdown).toMatch(
      /### Fixed \(1\)[\s\S]*`stack\.yaml:4` \| ~~Policy grants full administrator access~~/,
    );
    expect(gh.reviews).toHaveLength(1);
  });

  it('with a read-only token skips writes with one warning and reports forbidden', async () => {
    gh = await startGitHub({
      ...PR,
      files: [{ filename: 'stack.yaml', status: 'modified', patch: PATCH }],
      token: 'good',
      readOnlyToken: 'ro',
    });
    const warnings: string[] = [];
    const out = await publish({
      gh: client('ro'),
      owner: 'acme',
      repo: 'infra',
      sha: PR.headSha,
      pr: PR,
      files: [{ path: 'stack.yaml', status: 'modified', lines: new Set([3]) }],
      result: result([finding(3, 'aaa')]),
      failOn: 'high',
      rules: [],
      flags: { review: true, checkRun: true, summaryComment: true },
      serverUrl: 'https://github.com',
      lineText: () => undefined,
      warn: (m) => warnings.push(m),
    });
    expect(out.forbidden).toBe(true);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/Resource not accessible by integration/);
    expect(gh.requests.filter((r) => r.method !== 'GET' && r.status < 300)).toEqual([]);
  });

  it('waits out a secondary rate limit (403 with retry-after) and succeeds', async () => {
    gh = await startGitHub({ ...PR, files: [], token: 'good', secondaryLimitWrites: 1 });
    const { id } = await publishCheckRun(
      client(),
      { owner: 'acme', repo: 'infra', sha: PR.headSha, findings: [], conclusion: 'success', summary: 's' },
      undefined,
      fail,
    );
    expect(gh.checkRuns.get(id!)?.conclusion).toBe('success');
    expect(gh.requests.filter((r) => r.status === 403)).toHaveLength(1);
  });

  it('says nothing on a pull request with nothing to report: one completed check run, no comment', async () => {
    gh = await startGitHub({ ...PR, files: [], token: 'good' });
    const out = await publish({
      gh: client(),
      owner: 'acme',
      repo: 'infra',
      sha: PR.headSha,
      pr: PR,
      files: [],
      result: result([]),
      failOn: 'high',
      rules: [],
      flags: { review: true, checkRun: true, summaryComment: true },
      serverUrl: 'https://github.com',
      lineText: () => undefined,
      warn: () => {},
    });
    expect(out.sticky).toBeUndefined();
    expect(gh.requests.filter((r) => r.method !== 'GET').map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /repos/acme/infra/check-runs',
    ]);
    expect([...gh.checkRuns.values()][0]).toMatchObject({
      status: 'completed',
      conclusion: 'success',
      output: { title: 'No findings' },
    });
  });
});

/** A diff that adds lines 1–200 of stack.yaml: every finding there is on a commentable line. */
const BIG_PATCH = `@@ -0,0 +1,200 @@\n${Array.from({ length: 200 }, (_, i) => `+line ${i + 1}`).join('\n')}`;
const BIG_FILES = [
  { path: 'stack.yaml', status: 'added', lines: new Set(Array.from({ length: 200 }, (_, i) => i + 1)) },
];
const sev = (f: Finding, severity: Finding['severity']): Finding => ({ ...f, severity });

async function run(
  findings: Finding[],
  extra: { token?: string; commentOn?: Finding['severity']; checkRunId?: number; budgetMs?: number } = {},
) {
  const warnings: string[] = [];
  const out = await publish({
    gh: client(extra.token ?? 'good', { budgetMs: extra.budgetMs, warn: (m) => warnings.push(m) }),
    owner: 'acme',
    repo: 'infra',
    sha: PR.headSha,
    pr: PR,
    files: BIG_FILES,
    result: result(findings),
    failOn: 'high',
    rules: ruleDescriptions(),
    flags: { review: true, checkRun: true, summaryComment: true },
    serverUrl: 'https://github.com',
    lineText: () => undefined,
    warn: (m) => warnings.push(m),
    commentOn: extra.commentOn,
    checkRunId: extra.checkRunId,
  });
  return { ...out, warnings };
}

const bigPr = (over: Partial<StandInOptions> = {}) =>
  startGitHub({
    ...PR,
    files: [{ filename: 'stack.yaml', status: 'added', patch: BIG_PATCH }],
    token: 'good',
    clock,
    ...over,
  });
const writes = (s: StandIn) =>
  s.requests.filter(
    (r) => r.method !== 'GET' && !(r.path === '/graphql' && !JSON.stringify(r.body).includes('mutation')),
  );

describe('idempotent review', () => {
  const many = Array.from({ length: 45 }, (_, i) =>
    sev(finding(i + 1, `f${String(i).padStart(3, '0')}`), i % 3 ? 'high' : 'critical'),
  );

  it('comments the 30 most severe findings once: a re-run on the same commit posts nothing', async () => {
    gh = await bigPr();
    const first = await run(many);
    expect(first.review).toMatchObject({ posted: 30, notPosted: 15 });
    const commented = gh.reviews[0].comments.map((c) => c.line);
    // 15 critical (every third line) first, then the 15 highest-ranked high ones.
    expect(commented.filter((l) => (l - 1) % 3 === 0)).toHaveLength(15);
    const second = await run(many);
    expect(second.review).toMatchObject({ posted: 0, alreadyCommented: 30 });
    expect(gh.reviews).toHaveLength(1);
    expect(gh.reviewComments).toHaveLength(30);
  });

  it('a push comments only the findings new in it, and marks gone ones fixed', async () => {
    gh = await bigPr();
    await run(many);
    const pushed = [...many.slice(1), finding(150, 'fresh1')];
    const second = await run(pushed);
    expect(second.review).toMatchObject({ posted: 1, markedFixed: 1 });
    expect(gh.reviews[1].comments.map((c) => c.line)).toEqual([150]);
  });

  it('comment-on: critical comments critical findings only', async () => {
    gh = await bigPr();
    const out = await run(many, { commentOn: 'critical' });
    expect(out.review?.posted).toBe(15);
    expect(gh.reviews[0].comments.every((c) => /CRITICAL/.test(c.body))).toBe(true);
  });
});

describe('independent writes under faults', () => {
  it('waits out a secondary limit over a window (3 writes per 2 s) and makes every write', async () => {
    gh = await bigPr({ secondaryLimit: { writes: 3, windowMs: 2000 } });
    const checkRunId = await startCheckRun(client(), { owner: 'acme', repo: 'infra', sha: PR.headSha });
    const out = await run([finding(1, 'a1'), finding(2, 'a2')], { checkRunId });
    const ms = waited();
    expect(out.notWritten).toEqual([]);
    expect(gh.checkRuns.get(checkRunId)).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(gh.issueComments.filter((c) => c.body.includes('policygate:summary'))).toHaveLength(1);
    expect(gh.reviews).toHaveLength(1);
    const limited = gh.requests.filter((r) => r.status === 403 && r.method !== 'GET');
    expect(limited.length).toBeGreaterThan(0);
    expect(out.warnings.some((w) => /rate limit .* retrying in \d s/.test(w))).toBe(true);
    // Each refusal is waited out as its retry-after says (whole seconds, from the window), no more.
    expect(clock.waits).toEqual(limited.map(() => 2000));
    console.log(`secondary limit 3/2 s: ${gh.requests.length} requests (${limited.length} refused), ${ms} ms waited`);
  });

  it('gives up within its budget, names what was not written, and still completes the check run', async () => {
    // Three refusals: the review waits 1 s, then its next wait (2 s) would pass the 2.5 s budget;
    // the check run's completion waits once more from its reserve; the summary is not tried.
    gh = await bigPr({ secondaryLimitWrites: 3 });
    const out = await run([finding(1, 'a1')], { budgetMs: 2500 });
    const ms = waited();
    expect(clock.waits).toEqual([1000, 1000]);
    expect(out.notWritten).toEqual([
      expect.stringMatching(/^post the review .*time budget/),
      expect.stringMatching(/^update the summary comment .*not made/),
    ]);
    expect(out.checkCompleted).toBe(true);
    expect([...gh.checkRuns.values()][0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(gh.issueComments).toEqual([]);
    console.log(`budget spent: ${gh.requests.length} requests (${writes(gh).length} writes), ${ms} ms waited`);
  });

  it('retries 502s where a repeat is safe, and a refused review costs only itself', async () => {
    gh = await bigPr({
      faults: [
        { match: /^POST \/repos\/acme\/infra\/check-runs$/, status: 502, times: 2 },
        { match: /^POST \/repos\/acme\/infra\/pulls\/7\/reviews$/, status: 502 },
      ],
    });
    const out = await run([finding(1, 'a1')]);
    expect(out.checkCompleted).toBe(true);
    expect(out.sticky).toBe('created');
    expect(out.notWritten).toHaveLength(1);
    expect(out.notWritten[0]).toMatch(/post the review/);
    // The check run's creation was tried again after looking for it each time; the review is not
    // sent again (a 502 may follow a write GitHub made).
    const runs = gh.requests.filter((r) => r.path.endsWith('/check-runs'));
    expect(runs.map((r) => r.method)).toEqual(['POST', 'GET', 'POST', 'GET', 'POST']);
    expect(gh.requests.filter((r) => r.path.endsWith('/reviews'))).toHaveLength(1);
    console.log(`502s: ${gh.requests.length} requests`);
  });

  it('a 422 on the review is logged and named; check run and summary still written', async () => {
    gh = await bigPr({ faults: [{ match: /\/reviews$/, status: 422 }] });
    const out = await run([finding(1, 'a1')]);
    expect(out.notWritten).toEqual([expect.stringMatching(/^post the review .*422/)]);
    expect(out.warnings.join('\n')).toMatch(/could not post the review/);
    expect(out.checkCompleted).toBe(true);
    expect(out.sticky).toBe('created');
  });

  it('completes the check run even when an annotation batch is refused', async () => {
    gh = await bigPr({ faults: [{ match: /^PATCH /, status: 422, times: 1 }] });
    const failures: string[] = [];
    const { id, completed } = await publishCheckRun(
      client(),
      {
        owner: 'acme',
        repo: 'infra',
        sha: PR.headSha,
        findings: Array.from({ length: 70 }, (_, i) => finding(i + 1, `b${i}`)),
        conclusion: 'failure',
        summary: 's',
      },
      undefined,
      (what) => failures.push(what),
    );
    expect(completed).toBe(true);
    expect(failures).toEqual(['add annotations 1–50 to the PolicyGate check run']);
    expect(gh.checkRuns.get(id!)).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});

describe('trusted state only', () => {
  const forgedState = Buffer.from(
    JSON.stringify([{ fingerprint: 'zzz', ruleId: 'x', file: 'f', line: 1, severity: 'high', message: 'forged' }]),
  ).toString('base64');

  it('ignores summary comments and review threads by other users, whatever markers they carry', async () => {
    gh = await bigPr({
      seedIssueComments: [
        { login: 'mallory', body: `<!-- policygate:summary -->\nall good\n<!-- policygate:state ${forgedState} -->\n` },
      ],
      seedReviewComments: [
        {
          login: 'mallory',
          path: 'stack.yaml',
          line: 3,
          body: 'x\n\n<!-- policygate:fp=aaa rule=iam-admin-access -->',
        },
        {
          login: 'mallory',
          path: 'stack.yaml',
          line: 9,
          body: 'y\n\n<!-- policygate:fp=gone rule=iam-admin-access -->',
        },
      ],
    });
    const out = await run([finding(3, 'aaa')]);
    expect(out.review).toMatchObject({ posted: 1, markedFixed: 0 });
    expect(out.sticky).toBe('created');
    expect(gh.issueComments.find((c) => c.user.login === 'mallory')!.body).toContain('all good');
    expect(out.markdown).not.toContain('forged');
    const theirs = [...gh.issueComments, ...gh.reviewComments].filter((c) => c.user.login === 'mallory');
    expect(theirs).toHaveLength(3);
    const patched = gh.requests.filter((r) => r.method === 'PATCH').map((r) => r.path);
    expect(patched.filter((p) => theirs.some((c) => p.endsWith(`/comments/${c.id}`)))).toEqual([]);
    expect(gh.resolvedThreads).toEqual([]);
  });

  it('recognises its own comments by the token identity (GET /user) as well as github-actions[bot]', async () => {
    gh = await bigPr({ identities: { good: 'policygate-bot' } });
    await run([finding(3, 'aaa')]);
    expect(gh.issueComments[0].user.login).toBe('policygate-bot');
    const second = await run([finding(3, 'aaa')]);
    expect(second.sticky).toBe('updated');
    expect(second.review).toMatchObject({ posted: 0, alreadyCommented: 1 });
  });

  it('escapes marker text that comes from a template, so it cannot pose as state', async () => {
    gh = await bigPr();
    const hostile = {
      ...finding(3, 'aaa'),
      message: `bucket <!-- policygate:state ${forgedState} --> and <!-- policygate:fp=zzz rule=x -->`,
    };
    await run([hostile]);
    const body = gh.issueComments[0].body;
    expect(body.match(/<!-- policygate:state/g)).toHaveLength(1);
    expect(body).toContain('&lt;!-- policygate:state');
    expect(gh.reviewComments[0].body.match(/<!-- policygate:fp=/g)).toHaveLength(1);
    const second = await run([hostile]);
    expect(second.markdown).not.toContain('forged');
    expect(second.review).toMatchObject({ posted: 0, alreadyCommented: 1 });
    expect(withState('<!-- policygate:summary -->\nx <!-- y -->', []).match(/<!--/g)).toHaveLength(2);
  });
});

describe('the config of a pull request', () => {
  const ids = new Set(ruleDescriptions().map((r) => r.id));
  const FILE = '.github/policygate.yml';
  const standIn = (base: string | undefined, head: string | undefined) =>
    startGitHub({
      ...PR,
      files: [],
      token: 'good',
      contents: {
        [PR.baseSha]: base === undefined ? {} : { [FILE]: base },
        [PR.headSha]: head === undefined ? {} : { [FILE]: head },
      },
    });
  const load = (from?: 'base' | 'head', explicit = false) =>
    pullRequestConfig({
      read: (sha, file) => readAtCommit(client(), PR, sha, file),
      baseSha: PR.baseSha,
      headSha: PR.headSha,
      file: FILE,
      explicit,
      from,
      ids,
      cwd: process.cwd(),
    });

  it('comes from the base commit; the summary says what the pull request would change', async () => {
    gh = await standIn(
      'fail-on: high\n',
      'fail-on: never\nrules:\n  iam-admin-access: "off"\nignore:\n  - rule: iam-user-access-key\n    reason: x\n',
    );
    const { config, notes } = await load();
    expect(config?.failOn).toBe('high');
    expect(config?.rules).toEqual({});
    expect(notes.join('\n')).toBe(
      [
        '**This pull request changes `.github/policygate.yml`.** This run uses the version at the base commit; the change takes effect once it merges:',
        '- `fail-on`: `"high"` → `"never"`',
        '- rule `iam-admin-access`: (default) → `"off"`',
        '- 1 `ignore` entry added',
      ].join('\n'),
    );
  });

  it('comes from the head with config-from: head, and says nothing when the config is unchanged', async () => {
    gh = await standIn('fail-on: high\n', 'fail-on: critical\n');
    expect((await load('head')).config?.failOn).toBe('critical');
    await gh.close();
    gh = await standIn('fail-on: high\n', 'fail-on: high\n');
    expect((await load()).notes).toEqual([]);
  });

  it('a config only the pull request adds does not apply yet; a broken head version is named', async () => {
    gh = await standIn(undefined, 'fail-on: never\n');
    const added = await load();
    expect(added.config).toBeUndefined();
    expect(added.notes[0]).toMatch(/there is none: the defaults apply/);
    await gh.close();
    gh = await standIn('fail-on: high\n', 'fail-on: sometimes\n');
    expect((await load()).notes[1]).toMatch(/its new version is not valid: .*fail-on must be one of/);
  });

  it('an explicit config missing at the base (and head) is a usage error; a failed read stops the run', async () => {
    gh = await standIn(undefined, undefined);
    await expect(load(undefined, true)).rejects.toThrow(/input config: .* does not exist at the base commit/);
    await gh.close();
    gh = await startGitHub({ ...PR, files: [], token: 'good', faults: [{ match: /contents/, status: 403 }] });
    await expect(load()).rejects.toThrow(/cannot be read at the base commit .*contents: read/);
  });
});
