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
import { ruleDescriptions } from '../src/run-scan.js';
import { startGitHub, type StandIn } from './github-server.js';

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

const client = (token = 'good') => makeClient({ token, baseUrl: gh!.url, warn: () => {} });

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
    const got = await changedFiles(client(), PR, process.cwd(), () => {});
    expect(got).toHaveLength(250);
    expect(got[249]).toEqual({ path: 'f249.yaml', status: 'modified', lines: new Set([1]) });
    expect(gh.requests.filter((r) => r.path.endsWith('/files'))).toHaveLength(3);
  });

  it('sends 120 annotations in batches of at most 50 and completes the run on the head commit', async () => {
    gh = await startGitHub({ ...PR, files: [], token: 'good' });
    const findings = Array.from({ length: 120 }, (_, i) => finding(i + 1, `fp${i}`));
    const id = await publishCheckRun(client(), {
      owner: 'acme',
      repo: 'infra',
      sha: PR.headSha,
      findings,
      conclusion: 'failure',
      summary: 'summary',
    });
    const run = gh.checkRuns.get(id)!;
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
    expect(warnings.join('\n')).toMatch(/GitHub refused the review \(422/);
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
    expect(second.markdown).toMatch(/### Fixed \(1\)[\s\S]*~~finding at 4~~/);
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
    const id = await publishCheckRun(client(), {
      owner: 'acme',
      repo: 'infra',
      sha: PR.headSha,
      findings: [],
      conclusion: 'success',
      summary: 's',
    });
    expect(gh.checkRuns.get(id)?.conclusion).toBe('success');
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
