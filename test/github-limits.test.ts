/**
 * GitHub as it really is, against the stand-in made as strict as GitHub's published description:
 * GraphQL checked against the published schema, ids past 2^31, limits in bytes, the 3,000-file
 * list, check runs created once, the API version and multi-segment content paths.
 */
import { jest } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { schema as published, validate as validateAgainstGitHub } from '@octokit/graphql-schema';
import { buildClientSchema, NoDeprecatedCustomRule, parse, specifiedRules, validate } from 'graphql';
import { makeClient, API_VERSION } from '../src/github/client.js';
import { publishCheckRun, startCheckRun } from '../src/github/check-run.js';
import { DOCUMENTS } from '../src/github/graphql.js';
import { changedFiles } from '../src/github/pr-files.js';
import { readAtCommit, readPullRequestFiles } from '../src/github/pr-contents.js';
import { publish } from '../src/github/publish.js';
import { publishReview } from '../src/github/review.js';
import { trustedAuthors } from '../src/github/identity.js';
import { readState, stateTag, stickyBody, MAX_BODY } from '../src/github/sticky.js';
import { diffPath, splitGitDiff } from '../src/github/diff.js';
import { truncateChars, truncateUtf8 } from '../src/report/text-limits.js';
import { markdownSummary } from '../src/report/markdown.js';
import type { Finding, PermissionChange, ScanResult } from '../src/findings/types.js';
import { ruleDescriptions } from '../src/scan/rule-descriptions.js';
import { FIRST_ID, startGitHub, type StandIn } from './github-server.js';
import { testClock } from './clock.js';

jest.setTimeout(60_000);

const PR = { owner: 'acme', repo: 'infra', number: 7, baseSha: 'b'.repeat(40), headSha: 'c'.repeat(40) };
const PATCH = '@@ -1,3 +1,5 @@\n Resources:\n   Role:\n+    Type: AWS::IAM::Role\n+    Properties: {}\n   X: 1';
const RULES = ruleDescriptions();

const finding = (i: number, extra: Partial<Finding> = {}): Finding => ({
  ruleId: 'iam-passrole-wildcard',
  severity: 'high',
  title: 't',
  message: `Rôle « ロール${i} » peut transmettre n'importe quel rôle 🔑`,
  file: `policies/ポリシー-${i}.json`,
  line: 3,
  column: 5,
  endLine: 3,
  endColumn: 9,
  resource: null,
  policy: null,
  source: 'policygate',
  helpUri: 'https://example.com/r',
  // Random-looking, as real fingerprints (sha256) are: they do not compress.
  fingerprint: createHash('sha256').update(String(i)).digest('hex').slice(0, 32),
  suppressed: false,
  suppression: null,
  ...extra,
});

const result = (findings: Finding[], changes?: PermissionChange[]): ScanResult => ({
  findings,
  warnings: [],
  partial: [],
  files: findings.length,
  templates: 0,
  policies: findings.length,
  accessAnalyzer: { ran: false, calls: 0, skipped: 'off' },
  ...(changes ? { changes } : {}),
});

let gh: StandIn | undefined;
afterEach(async () => {
  await gh?.close();
  gh = undefined;
});
const client = (token = 'good') =>
  makeClient({ token, baseUrl: gh!.url, warn: () => {}, writeGapMs: 0, clock: testClock() });

describe("GraphQL against GitHub's published schema", () => {
  const schema = buildClientSchema(published.json as never);

  it.each(Object.entries(DOCUMENTS))('%s validates, and uses no deprecated field', (_, doc) => {
    expect(validateAgainstGitHub(doc).map((e) => e.message)).toEqual([]);
    expect(validate(schema, parse(doc), [...specifiedRules, NoDeprecatedCustomRule]).map((e) => e.message)).toEqual([]);
  });

  it('the check catches what broke on github.com: the 32-bit databaseId', () => {
    const old = DOCUMENTS.REVIEW_THREADS.replace('fullDatabaseId', 'databaseId');
    expect(validate(schema, parse(old), [NoDeprecatedCustomRule]).map((e) => e.message)).toEqual([
      expect.stringMatching(/PullRequestReviewComment\.databaseId is deprecated/),
    ]);
    expect(validateAgainstGitHub(DOCUMENTS.REVIEW_THREADS.replace('isResolved', 'isResolvd')).length).toBe(1);
  });

  it('every GraphQL call in src/ sends one of these documents', () => {
    const calls: string[] = [];
    const walk = (dir: string) => {
      for (const e of readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (p.endsWith('.ts'))
          for (const m of readFileSync(p, 'utf8').matchAll(/\.graphql\(\s*([^,)]+)/g)) calls.push(m[1]);
      }
    };
    walk('src');
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => !(c.trim() in DOCUMENTS))).toEqual([]);
  });

  it('the stand-in refuses a 32-bit id past 2^31 as GitHub does, and a mutation with a read-only token', async () => {
    gh = await startGitHub({
      ...PR,
      files: [],
      token: 'good',
      readOnlyToken: 'ro',
      seedReviewComments: [{ path: 'a.yaml', line: 1, body: 'x', login: 'github-actions[bot]' }],
    });
    const old = DOCUMENTS.REVIEW_THREADS.replace('fullDatabaseId', 'databaseId');
    await expect(client().graphql(old, { owner: 'acme', repo: 'infra', number: 7, after: null })).rejects.toThrow(
      /Int cannot represent non 32-bit signed integer value: 4294973297/,
    );
    await expect(client('ro').graphql(DOCUMENTS.RESOLVE_THREAD, { id: `PRRT_${FIRST_ID + 6000}` })).rejects.toThrow(
      /Resource not accessible by integration/,
    );
    expect(gh.resolvedThreads).toEqual([]);
  });
});

describe('fixed findings on a pull request with ids past 2^31', () => {
  it('marks the old thread fixed and resolves it; a look-alike by another user is untouched; no GraphQL error', async () => {
    const marker = '<!-- policygate:fp=0123456789abcdef0123456789abcdef rule=iam-admin-access -->';
    gh = await startGitHub({
      ...PR,
      files: [{ filename: 'stack.yaml', status: 'modified', patch: PATCH }],
      token: 'good',
      seedReviewComments: [
        { path: 'stack.yaml', line: 3, body: `🟣 **CRITICAL** old finding\n\n${marker}`, login: 'github-actions[bot]' },
        { path: 'stack.yaml', line: 4, body: `copied text\n\n${marker}`, login: 'mallory' },
      ],
    });
    const [ours, theirs] = gh.reviewComments;
    expect(ours.id).toBeGreaterThan(2 ** 31);
    const warnings: string[] = [];
    const out = await publishReview(client(), {
      pr: PR,
      findings: [],
      files: [{ path: 'stack.yaml', status: 'modified', lines: new Set([1, 2, 3, 4, 5]) }],
      rules: new Map(),
      lineText: () => undefined,
      warn: (m) => warnings.push(m),
      trusted: await trustedAuthors(client()),
    });
    expect(warnings).toEqual([]);
    expect(out).toMatchObject({ markedFixed: 1, resolved: 1 });
    expect(gh.resolvedThreads).toEqual([`PRRT_${ours.id}`]);
    expect(ours.body).toMatch(/^✅ \*\*Fixed\*\*/);
    expect(theirs.body).toBe(`copied text\n\n${marker}`);
    const graphqlAnswers = gh.requests.filter((r) => r.path === '/graphql');
    expect(graphqlAnswers.map((r) => r.status)).toEqual([200, 200]);
  });
});

describe('folded findings (one problem, one finding)', () => {
  it('a finding now folded into a more severe one keeps its thread open and is not listed as fixed', async () => {
    const passrole = finding(1, { file: 'stack.yaml', line: 3 });
    gh = await startGitHub({
      ...PR,
      files: [{ filename: 'stack.yaml', status: 'modified', patch: PATCH }],
      token: 'good',
    });
    const input = {
      gh: client(),
      owner: 'acme',
      repo: 'infra',
      sha: PR.headSha,
      pr: PR,
      files: [{ path: 'stack.yaml', status: 'modified', lines: new Set([1, 2, 3, 4, 5]) }],
      failOn: 'high' as const,
      rules: RULES,
      flags: { review: true, checkRun: false, summaryComment: true },
      serverUrl: 'https://github.com',
      lineText: () => undefined,
      warn: () => {},
    };
    await publish({ ...input, result: result([passrole]) });
    expect(gh.reviewComments).toHaveLength(1);
    // The next push adds administrator access on the same statement: passrole is folded into it.
    const admin = finding(2, {
      ruleId: 'iam-admin-access',
      severity: 'critical',
      file: 'stack.yaml',
      line: 3,
      folded: [
        (({ ruleId, fingerprint, message, severity, title, helpUri, line, column, endLine, endColumn }) => ({
          ...{ ruleId, fingerprint, message, severity, title, helpUri },
          ...{ line, column, endLine, endColumn },
        }))(passrole),
      ],
    });
    const second = await publish({ ...input, result: result([admin]) });
    expect(second.review).toMatchObject({ markedFixed: 0, resolved: 0 });
    expect(gh.reviewComments[0].body).not.toMatch(/Fixed/);
    expect(second.markdown).not.toMatch(/### Fixed/);
    // And a third run with both gone marks it fixed.
    const third = await publish({ ...input, result: result([]) });
    expect(third.review).toMatchObject({ markedFixed: 2 });
  });
});

describe('limits in bytes, cut between characters', () => {
  it('truncateUtf8 never splits a character and never exceeds the budget', () => {
    const s = 'aé漢🔒'.repeat(1000);
    for (const max of [0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 65_535]) {
      const cut = truncateUtf8(s, max);
      expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(max);
      expect(s.startsWith(cut)).toBe(true);
      expect(cut).not.toMatch(/\uFFFD/);
    }
    expect(truncateUtf8('🔒🔒', 7)).toBe('🔒');
    expect(truncateChars('ab🔒', 3)).toBe('ab');
    expect(truncateChars('ab🔒', 4)).toBe('ab🔒');
  });

  it("the summary stays within its byte limit and gives 'What this change allows' a capped share", () => {
    const findings = Array.from({ length: 400 }, (_, i) => finding(i));
    const changes = Array.from({ length: 400 }, (_, i) => ({
      file: `policies/ポリシー-${i}.json`,
      resource: null,
      policy: null,
      added: Array.from({ length: 5 }, (_, k) => `iam:PassRole on arn:aws:iam::123456789012:role/ロール${k}`),
      removed: [],
    })) as unknown as PermissionChange[];
    const md = markdownSummary({ result: result(findings, changes), failOn: 'high', toolVersion: '', rules: RULES });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(60_000);
    const allows = md.slice(md.indexOf('### What this change allows'), md.indexOf('### Findings'));
    expect(Buffer.byteLength(allows)).toBeLessThanOrEqual(15_000);
    expect(allows).toMatch(/_… and \d+ more policies: the JSON report lists what each allows\._/);
    expect(md).toMatch(/### Findings \(400\)/);
    expect(md).toContain('policies/ポリシー-0.json');
  });

  it('400 policies with non-ASCII text: the check run completes with its summary and all annotations, one sticky, nothing refused', async () => {
    gh = await startGitHub({ ...PR, files: [], token: 'good' });
    const findings = Array.from({ length: 400 }, (_, i) => finding(i));
    const out = await publish({
      gh: client(),
      owner: 'acme',
      repo: 'infra',
      sha: PR.headSha,
      pr: PR,
      files: [],
      result: result(findings),
      failOn: 'high',
      rules: RULES,
      flags: { review: true, checkRun: true, summaryComment: true },
      serverUrl: 'https://github.com',
      lineText: () => undefined,
      warn: () => {},
    });
    expect(out.notWritten).toEqual([]);
    const [run] = [...gh.checkRuns.values()];
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
    expect(run.annotations).toHaveLength(400);
    expect(Buffer.byteLength(run.output!.summary)).toBeLessThanOrEqual(65_535);
    expect(run.output!.summary).toMatch(/### New \(400\)/);
    expect(gh.issueComments.filter((c) => c.body.startsWith('<!-- policygate:summary -->'))).toHaveLength(1);
    expect(gh.requests.filter((r) => r.method !== 'GET' && r.status >= 400)).toEqual([]);
  });

  it('the stand-in refuses a summary over 65,535 bytes even when it is under 65,535 characters', async () => {
    gh = await startGitHub({ ...PR, files: [], token: 'good' });
    const id = await startCheckRun(client(), { owner: 'acme', repo: 'infra', sha: PR.headSha });
    await expect(
      client().rest.checks.update({
        owner: 'acme',
        repo: 'infra',
        check_run_id: id,
        output: { title: 't', summary: '漢'.repeat(30_000) },
      }),
    ).rejects.toMatchObject({
      status: 422,
      message: expect.stringMatching(/summary exceeds a maximum bytesize of 65535/),
    });
  });
});

describe('the sticky comment at 1,000 findings', () => {
  it("fits GitHub's limit, and the next run still recognises every finding as reported", async () => {
    const findings = Array.from({ length: 1000 }, (_, i) => finding(i, { line: (i % 5) + 1, file: 'stack.yaml' }));
    const tag = stateTag(findings);
    expect(tag.length).toBeLessThanOrEqual(20_000);
    console.log(`sticky state for 1,000 findings: ${tag.length} characters`);
    const state = readState(/policygate:state ([A-Za-z0-9+/=]+)/.exec(tag)![1]);
    expect(state.size).toBe(1000);
    expect(findings.every((f) => state.has(f.fingerprint))).toBe(true);

    gh = await startGitHub({
      ...PR,
      files: [{ filename: 'stack.yaml', status: 'modified', patch: PATCH }],
      token: 'good',
    });
    const input = {
      gh: client(),
      owner: 'acme',
      repo: 'infra',
      sha: PR.headSha,
      pr: PR,
      files: [{ path: 'stack.yaml', status: 'modified', lines: new Set([1, 2, 3, 4, 5]) }],
      result: result(findings),
      failOn: 'high' as const,
      rules: RULES,
      flags: { review: true, checkRun: false, summaryComment: true },
      serverUrl: 'https://github.com',
      lineText: () => undefined,
      warn: () => {},
    };
    const first = await publish(input);
    expect(first.notWritten).toEqual([]);
    expect(first.review?.posted).toBe(30);
    const body = gh.issueComments[0].body;
    expect(body.length).toBeLessThanOrEqual(MAX_BODY);
    const second = await publish(input);
    expect(second.sticky).toBe('updated');
    expect(second.review).toMatchObject({ posted: 0, alreadyCommented: 30 });
    expect(gh.issueComments[0].body).toMatch(/### Still open \(1000\)/);
    expect(gh.issueComments[0].body).not.toMatch(/### New/);
    expect(gh.issueComments[0].body.length).toBeLessThanOrEqual(MAX_BODY);
  });

  it('keeps the most severe findings when the state would not fit, and still reads the earlier format', () => {
    const findings = Array.from({ length: 5000 }, (_, i) =>
      finding(i, {
        severity: i % 10 === 0 ? 'critical' : 'low',
        fingerprint: `${i.toString(16).padStart(6, '0')}${(i * 7919).toString(16).padStart(26, '0')}`,
      }),
    );
    const tag = stateTag(findings, 8000);
    expect(tag.length).toBeLessThanOrEqual(8000);
    const state = readState(/policygate:state ([A-Za-z0-9+/=]+)/.exec(tag)![1]);
    expect(state.size).toBeLessThan(5000);
    expect(findings.filter((f) => f.severity === 'critical').every((f) => state.has(f.fingerprint))).toBe(true);
    const v1 = Buffer.from(
      JSON.stringify([
        { fingerprint: 'ab'.repeat(16), ruleId: 'r', file: 'f', line: 1, severity: 'high', message: 'm' },
      ]),
    ).toString('base64');
    expect(readState(v1).has('ab'.repeat(16))).toBe(true);
    expect(stickyBody('x'.repeat(70_000), tag).length).toBeLessThanOrEqual(MAX_BODY);
  });
});

describe('writes GitHub may have made', () => {
  it('a check run whose creation answered 502 after it was made is found again, not created twice, and completed', async () => {
    gh = await startGitHub({
      ...PR,
      files: [],
      token: 'good',
      faults: [{ match: /^POST \/repos\/acme\/infra\/check-runs$/, status: 502, times: 1, afterWrite: true }],
    });
    const findings = Array.from({ length: 60 }, (_, i) => finding(i));
    const out = await publishCheckRun(
      client(),
      { owner: 'acme', repo: 'infra', sha: PR.headSha, findings, conclusion: 'failure', summary: 's' },
      undefined,
      (what, e) => {
        throw new Error(`${what}: ${(e as Error).message}`);
      },
    );
    expect(out.completed).toBe(true);
    expect([...gh.checkRuns.values()]).toEqual([
      expect.objectContaining({ status: 'completed', conclusion: 'failure', annotations: expect.any(Array) }),
    ]);
    expect([...gh.checkRuns.values()][0].annotations).toHaveLength(60);
    expect(gh.requests.filter((r) => r.path.includes('check-runs')).map((r) => `${r.method} ${r.status}`)).toEqual([
      'POST 502',
      'GET 200',
      'PATCH 200',
      'PATCH 200',
    ]);
  });
});

describe('requests as GitHub describes them', () => {
  it('sends X-GitHub-Api-Version, and the stand-in refuses a version GitHub does not know', async () => {
    gh = await startGitHub({ ...PR, files: [], token: 'good' });
    expect(API_VERSION).toBe('2022-11-28');
    await client().rest.checks.create({ owner: 'acme', repo: 'infra', name: 'x', head_sha: PR.headSha });
    await expect(
      client().request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
        owner: 'acme',
        repo: 'infra',
        pull_number: 7,
        headers: { 'x-github-api-version': '1999-01-01' },
      }),
    ).resolves.toBeDefined(); // ours overrides any other
    // Every request went with the version, GraphQL included.
    await client().graphql(DOCUMENTS.REVIEW_THREADS, { owner: 'acme', repo: 'infra', number: 7, after: null });
    expect(gh.requests.map((r) => r.version)).toEqual(gh.requests.map(() => API_VERSION));
    const raw = await fetch(`${gh.url}/repos/acme/infra/pulls/7/files`, {
      headers: { authorization: 'token good', 'x-github-api-version': '1999-01-01' },
    });
    expect(raw.status).toBe(400);
  });

  it('reads contents at a multi-segment path (slashes as slashes), with spaces and non-ASCII names', async () => {
    const files = { '.github/policygate.yml': 'fail-on: high\n', 'stacks/my app/tést.yaml': 'x: 1\n' };
    gh = await startGitHub({ ...PR, files: [], token: 'good', contents: { [PR.baseSha]: files } });
    expect(await readAtCommit(client(), PR, PR.baseSha, '.github/policygate.yml')).toBe('fail-on: high\n');
    expect(await readAtCommit(client(), PR, PR.baseSha, 'stacks/my app/tést.yaml')).toBe('x: 1\n');
    expect(gh.requests.map((r) => r.status)).toEqual([200, 200]);
    // What Octokit's own route sends for the same file (a %2F) names no file on GitHub.
    await expect(
      client().rest.repos.getContent({ owner: 'acme', repo: 'infra', path: '.github/policygate.yml', ref: PR.baseSha }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('a file the API will not give fails only itself, with a warning naming it', async () => {
    gh = await startGitHub({
      ...PR,
      files: [],
      token: 'good',
      contents: { [PR.headSha]: { 'a.yaml': 'a: 1\n', 'b.yaml': 'b: 1\n' } },
      faults: [{ match: /contents\/a\.yaml$/, status: 502 }],
    });
    const out = await readPullRequestFiles(
      client(),
      PR,
      [
        { path: 'a.yaml', status: 'added' },
        { path: 'b.yaml', status: 'added' },
      ],
      5 << 20,
    );
    expect(out.files.map((f) => f.rel)).toEqual(['b.yaml']);
    expect(out.warnings).toEqual([
      { file: 'a.yaml', line: null, message: expect.stringMatching(/^could not be read through the API \(502/) },
    ]);
  });

  it('logs the request as sent, not its route template', async () => {
    gh = await startGitHub({
      ...PR,
      files: [],
      token: 'good',
      faults: [{ match: /check-runs\/\d+$/, status: 502, times: 1 }],
    });
    const warnings: string[] = [];
    const c = makeClient({
      token: 'good',
      baseUrl: gh.url,
      warn: (m) => warnings.push(m),
      writeGapMs: 0,
      clock: testClock(),
    });
    const id = await startCheckRun(c, { owner: 'acme', repo: 'infra', sha: PR.headSha });
    await c.rest.checks.update({
      owner: 'acme',
      repo: 'infra',
      check_run_id: id,
      status: 'completed',
      conclusion: 'success',
    });
    expect(warnings).toEqual([expect.stringContaining(`on PATCH /repos/acme/infra/check-runs/${id}; retrying`)]);
  });

  it("a pull request listing 3,000 files (GitHub's cap) with more changed and no git says what was not read", async () => {
    const files = Array.from({ length: 3010 }, (_, i) => ({
      filename: `p${i}.json`,
      status: 'added',
      patch: '@@ -0,0 +1 @@\n+{}',
    }));
    gh = await startGitHub({ ...PR, files, token: 'good' });
    const got = await changedFiles(client(), PR, undefined, () => {}, 3010);
    expect(got.files).toHaveLength(3000);
    expect(got.unread).toMatch(
      /GitHub lists at most 3,000 files .* 10 of the 3010 files this pull request changes were not read/,
    );
    const exact = await changedFiles(client(), PR, undefined, () => {}, 3000);
    expect(exact.unread).toBeUndefined();
  });
});

describe('git diff paths', () => {
  it('reads names with spaces (trailing tab), quotes and non-ASCII bytes', () => {
    expect(diffPath('b/my file.yaml\t')).toBe('b/my file.yaml');
    expect(diffPath('"b/t\\303\\251st.yaml"')).toBe('b/tést.yaml');
    expect(diffPath('"b/a\\"b.yaml"')).toBe('b/a"b.yaml');
    const diff =
      'diff --git a/my file.yaml b/my file.yaml\n--- a/my file.yaml\t\n+++ b/my file.yaml\t\n@@ -1 +1 @@\n-a\n+b\n';
    expect([...splitGitDiff(diff).keys()]).toEqual(['my file.yaml']);
  });
});
