/**
 * A stand-in GitHub on loopback HTTP, driven by the real Octokit in the tests. It is as strict as
 * GitHub's published description and documented limits where PolicyGate depends on them:
 * - pagination with `link` headers; `pulls/{n}/files` lists at most 3,000 files;
 * - 401 without a token; 403 "Resource not accessible by integration" for writes with a read-only
 *   token (a GraphQL mutation: 200 with a FORBIDDEN error, as GitHub answers) and for `GET /user`
 *   with an installation token;
 * - ids past 2^31 for check runs and comments (GitHub's review-comment ids are);
 * - GraphQL executed against GitHub's published schema (`@octokit/graphql-schema`): a document the
 *   schema does not validate is refused, and an `Int` field asked for an id past 2^31 fails as
 *   GitHub's does ("Int cannot represent non 32-bit signed integer value");
 * - 422 for more than 50 annotations a request, a check-run `summary`/`text` over 65,535 bytes
 *   (bytes, not characters), an annotation `message` over 64 KB or a `title` over 255 characters,
 *   a comment body over 65,536 characters, and a review comment on a line outside the diff;
 * - `X-GitHub-Api-Version`: a version GitHub does not know is 400;
 * - file contents at a commit, addressed by the multi-segment `{path}` (an encoded `%2F` is 404, as
 *   fine-grained tokens see it), raw media type, 403 `too_large` past the API's 100 MB;
 * - check runs listed by commit and name (`external_id` kept);
 * - when asked: a secondary rate limit over a time window with the `retry-after` it implies, and
 *   injected faults (502s, a 422 on the review, a 5xx answered after the write was made).
 * It records every request. It imports nothing of the code it judges.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { schema as published } from '@octokit/graphql-schema';
import { buildClientSchema, graphql, type GraphQLSchema } from 'graphql';

export interface PrFile {
  filename: string;
  status: string;
  patch?: string;
  /** The blob at the head (git's id), as GitHub lists it. */
  sha?: string;
  previous_filename?: string;
}

/** git's id of a blob with this content. */
export const blobSha = (text: string): string =>
  createHash('sha1')
    .update(`blob ${Buffer.byteLength(text)}\0`)
    .update(text)
    .digest('hex');

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
  status: number;
  /** The `X-GitHub-Api-Version` header sent, if any. */
  version?: string;
}

export interface StandIn {
  url: string;
  requests: Recorded[];
  checkRuns: Map<
    number,
    {
      name: string;
      head_sha: string;
      status: string;
      conclusion?: string;
      external_id?: string;
      output?: { title: string; summary: string };
      annotations: unknown[];
    }
  >;
  reviews: {
    commit_id: string;
    event: string;
    body: string;
    comments: { path: string; line: number; body: string }[];
  }[];
  reviewComments: {
    id: number;
    node_id: string;
    path: string;
    line: number;
    body: string;
    user: { login: string };
  }[];
  issueComments: { id: number; body: string; user: { login: string } }[];
  resolvedThreads: string[];
  close(): Promise<void>;
}

export interface StandInOptions {
  owner: string;
  repo: string;
  number: number;
  files: PrFile[];
  /** The token GitHub accepts; `readOnlyToken` may read but not write. */
  token: string;
  readOnlyToken?: string;
  /** Answer the first N write requests with a secondary rate limit (403, retry-after: 1). */
  secondaryLimitWrites?: number;
  /**
   * A secondary limit over a sliding window: at most `writes` accepted writes per `windowMs`; a
   * write past it gets 403 with `retry-after` = the seconds until the oldest leaves the window.
   */
  secondaryLimit?: { writes: number; windowMs: number };
  /**
   * Faults: answer requests matching `METHOD /path-regex` with `status`, `times` times (default
   * always). `afterWrite`: the write is made first and the fault answered after it (a 5xx that
   * reaches the client although GitHub did the work).
   */
  faults?: {
    match: RegExp;
    status: number;
    times?: number;
    message?: string;
    retryAfter?: number;
    afterWrite?: boolean;
  }[];
  /** Who each token is for `GET /user`; a token not listed is an installation token (403 there). */
  identities?: Record<string, string>;
  /** Comments already on the pull request, by any author (forged markers included). */
  seedIssueComments?: { body: string; login: string }[];
  seedReviewComments?: { path: string; line: number; body: string; login: string }[];
  /** File contents by commit SHA and path, for `GET /repos/{o}/{r}/contents/{path}?ref=SHA`. */
  contents?: Record<string, Record<string, string>>;
  /** Extra issue comments already on the pull request (to exercise pagination). */
  otherComments?: number;
  /** The time the rate-limit window is measured in (a test clock shared with the client). */
  clock?: { now(): number };
}

/** GitHub lists at most this many files of a pull request (REST `pulls/{n}/files`). */
export const FILE_LIST_CAP = 3000;
/** Ids past 2^31, as GitHub hands out for check runs and review comments today. */
export const FIRST_ID = 2 ** 32 + 1;
const MAX_BYTES = 65_535;
const MAX_BODY_CHARS = 65_536;
const API_VERSIONS = new Set(['2022-11-28', '2026-03-10']);

/** The lines of a unified diff a review comment may sit on (side RIGHT): added and context lines. */
function rightSideLines(patch: string): Set<number> {
  const lines = new Set<number>();
  let next = 0;
  for (const l of patch.split('\n')) {
    const hunk = /^@@ -[\d,]+ \+(\d+)/.exec(l);
    if (hunk) next = Number(hunk[1]);
    else if (next && (l.startsWith('+') || l.startsWith(' ') || l === '')) lines.add(next++);
  }
  return lines;
}

let schema: GraphQLSchema | undefined;
const githubSchema = () => (schema ??= buildClientSchema(published.json as never));

const codePoints = (s: string) => [...s].length;

interface CheckOutput {
  title: string;
  summary: string;
  text?: string;
  annotations?: { message?: string; title?: string }[];
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
};

async function bodyOf(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startGitHub(opts: StandInOptions): Promise<StandIn> {
  const state: Omit<StandIn, 'url' | 'close'> = {
    requests: [],
    checkRuns: new Map(),
    reviews: [],
    reviewComments: (opts.seedReviewComments ?? []).map((c, i) => ({
      id: FIRST_ID + 6000 + i,
      node_id: `PRRC_${FIRST_ID + 6000 + i}`,
      path: c.path,
      line: c.line,
      body: c.body,
      user: { login: c.login },
    })),
    issueComments: [
      ...Array.from({ length: opts.otherComments ?? 0 }, (_, i) => ({
        id: FIRST_ID + 1000 + i,
        body: `a human comment ${i}`,
        user: { login: 'alice' },
      })),
      ...(opts.seedIssueComments ?? []).map((c, i) => ({
        id: FIRST_ID + 5000 + i,
        body: c.body,
        user: { login: c.login },
      })),
    ],
    resolvedThreads: [],
  };
  let nextId = FIRST_ID + 100_000;
  let limitedWrites = opts.secondaryLimitWrites ?? 0;
  const accepted: number[] = [];
  const faults = (opts.faults ?? []).map((f) => ({ ...f, left: f.times ?? Infinity }));
  const diffLines = new Map(opts.files.map((f) => [f.filename, f.patch ? rightSideLines(f.patch) : new Set<number>()]));
  const base = `/repos/${opts.owner}/${opts.repo}`;
  // Every content is also a blob, addressed by its git id.
  const blobs = new Map(
    Object.values(opts.contents ?? {}).flatMap((files) => Object.values(files).map((t) => [blobSha(t), t] as const)),
  );

  const page = <T>(req: IncomingMessage, res: ServerResponse, url: URL, items: T[]) => {
    const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
    const p = Number(url.searchParams.get('page') ?? 1);
    const last = Math.max(1, Math.ceil(items.length / per));
    const headers: Record<string, string> = {};
    if (p < last) {
      const next = new URL(url);
      next.searchParams.set('page', String(p + 1));
      const lastUrl = new URL(url);
      lastUrl.searchParams.set('page', String(last));
      headers.link = `<${`http://${req.headers.host}${next.pathname}${next.search}`}>; rel="next", <${`http://${req.headers.host}${lastUrl.pathname}${lastUrl.search}`}>; rel="last"`;
    }
    json(res, 200, items.slice((p - 1) * per, p * per), headers);
  };

  const server: Server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const body = await bodyOf(req).catch(() => undefined);
    const method = req.method ?? 'GET';
    // The path as sent (percent-encoding kept), as GitHub routes it.
    const rawPath = (req.url ?? '/').split('?')[0];
    const version = req.headers['x-github-api-version'];
    const rec: Recorded = {
      method,
      path: url.pathname,
      body,
      status: 0,
      ...(version !== undefined ? { version: String(version) } : {}),
    };
    state.requests.push(rec);
    const send = (status: number, b: unknown, headers?: Record<string, string>) => {
      rec.status = status;
      json(res, status, b, headers);
    };
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer) /i, '');
    if (token !== opts.token && token !== opts.readOnlyToken) return send(401, { message: 'Bad credentials' });
    if (version !== undefined && !API_VERSIONS.has(String(version)))
      return send(400, { message: `API version ${String(version)} is not supported.` });
    const isGraphql = method === 'POST' && url.pathname === '/graphql';
    const mutation = isGraphql && /^\s*mutation\b/.test(String((body as { query?: string })?.query ?? ''));
    const write = method !== 'GET' && (!isGraphql || mutation);
    if (write && token === opts.readOnlyToken) {
      // GraphQL answers 200 with an error for a mutation the token may not make; REST answers 403.
      if (isGraphql)
        return send(200, {
          data: null,
          errors: [{ type: 'FORBIDDEN', message: 'Resource not accessible by integration' }],
        });
      return send(403, { message: 'Resource not accessible by integration' });
    }
    const secondary = (after: number) =>
      send(
        403,
        { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        { 'retry-after': String(after) },
      );
    if (write && limitedWrites > 0) {
      limitedWrites--;
      return secondary(1);
    }
    if (write && opts.secondaryLimit) {
      const now = opts.clock?.now() ?? Date.now();
      while (accepted.length && accepted[0] <= now - opts.secondaryLimit.windowMs) accepted.shift();
      if (accepted.length >= opts.secondaryLimit.writes)
        return secondary(Math.max(1, Math.ceil((accepted[0] + opts.secondaryLimit.windowMs - now) / 1000)));
      accepted.push(now);
    }
    const fault = faults.find((f) => f.left > 0 && f.match.test(`${method} ${url.pathname}`));
    const faultAnswer = (f: NonNullable<typeof fault>) => {
      if (f.retryAfter !== undefined) return secondary(f.retryAfter);
      return send(f.status, { message: f.message ?? (f.status === 422 ? 'Unprocessable Entity' : 'Bad Gateway') });
    };
    if (fault) {
      fault.left--;
      if (!fault.afterWrite) return faultAnswer(fault);
    }
    // The handler's own answer, or the fault's once the write was made.
    const answer = (status: number, b: unknown, headers?: Record<string, string>) =>
      fault?.afterWrite ? faultAnswer(fault) : send(status, b, headers);
    const login = opts.identities?.[token] ?? 'github-actions[bot]';
    if (method === 'GET' && url.pathname === '/user') {
      if (!opts.identities?.[token]) return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { login });
    }
    const content = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(rawPath);
    if (method === 'GET' && content) {
      // `{path}` is multi-segment: a slash sent as %2F names no file (fine-grained tokens get 404).
      if (/%2f/i.test(content[1])) return send(404, { message: 'Not Found' });
      const file = content[1].split('/').map(decodeURIComponent).join('/');
      const text = opts.contents?.[url.searchParams.get('ref') ?? '']?.[file];
      if (text === undefined) return send(404, { message: 'Not Found' });
      if (Buffer.byteLength(text) > 100 * 1024 * 1024)
        return send(403, {
          message: 'This API returns blobs up to 100 MB in size. The requested blob is too large to fetch via the API.',
          errors: [{ resource: 'Blob', field: 'data', code: 'too_large' }],
        });
      rec.status = 200;
      if (/raw/.test(String(req.headers.accept))) {
        res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
        return res.end(text);
      }
      return json(res, 200, {
        type: 'file',
        encoding: 'base64',
        path: file,
        content: Buffer.from(text).toString('base64'),
      });
    }
    const blob = /^\/repos\/[^/]+\/[^/]+\/git\/blobs\/([0-9a-f]{40})$/.exec(rawPath);
    if (method === 'GET' && blob) {
      const text = blobs.get(blob[1]);
      if (text === undefined) return send(404, { message: 'Not Found' });
      rec.status = 200;
      if (/raw/.test(String(req.headers.accept))) {
        res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
        return res.end(text);
      }
      return json(res, 200, { sha: blob[1], encoding: 'base64', content: Buffer.from(text).toString('base64') });
    }
    const b = (body ?? {}) as Record<string, unknown>;
    const p = url.pathname;
    if (method === 'GET' && p === `${base}/pulls/${opts.number}/files`)
      return page(req, res, url, opts.files.slice(0, FILE_LIST_CAP));
    const tooLarge = (output: CheckOutput | undefined): string | undefined => {
      if ((output?.annotations?.length ?? 0) > 50) return 'Only 50 annotations are allowed per request';
      for (const field of ['summary', 'text'] as const) {
        const v = output?.[field];
        if (v !== undefined && Buffer.byteLength(v) > MAX_BYTES)
          return `Invalid request.\n\n${field} exceeds a maximum bytesize of ${MAX_BYTES}`;
      }
      for (const a of output?.annotations ?? []) {
        if (Buffer.byteLength(a.message ?? '') > 64 * 1024)
          return 'Invalid request.\n\nannotation message exceeds a maximum bytesize of 65536';
        if (codePoints(a.title ?? '') > 255) return 'Invalid request.\n\nannotation title is too long (maximum is 255)';
      }
      if (output && codePoints(output.title ?? '') > 255)
        return 'Invalid request.\n\ntitle is too long (maximum is 255 characters)';
      return undefined;
    };
    if (method === 'POST' && p === `${base}/check-runs`) {
      const output = b.output as CheckOutput | undefined;
      const refused = tooLarge(output);
      if (refused) return send(422, { message: refused });
      const id = nextId++;
      state.checkRuns.set(id, {
        name: String(b.name),
        head_sha: String(b.head_sha),
        status: String(b.conclusion ? 'completed' : (b.status ?? 'queued')),
        ...(b.conclusion ? { conclusion: String(b.conclusion) } : {}),
        ...(b.external_id !== undefined ? { external_id: String(b.external_id) } : {}),
        ...(output ? { output: { title: output.title, summary: output.summary } } : {}),
        annotations: [...(output?.annotations ?? [])],
      });
      return answer(201, checkRunJson(id));
    }
    const forRef = /^\/repos\/[^/]+\/[^/]+\/commits\/([^/]+)\/check-runs$/.exec(p);
    if (method === 'GET' && forRef) {
      const name = url.searchParams.get('check_name');
      const runs = [...state.checkRuns.keys()]
        .filter((id) => {
          const r = state.checkRuns.get(id)!;
          return r.head_sha === forRef[1] && (name === null || r.name === name);
        })
        .sort((x, y) => y - x)
        .map(checkRunJson);
      const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
      return send(200, { total_count: runs.length, check_runs: runs.slice(0, per) });
    }
    const checkRun = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(p);
    if (method === 'PATCH' && checkRun) {
      const run = state.checkRuns.get(Number(checkRun[1]));
      if (!run) return send(404, { message: 'Not Found' });
      const output = b.output as CheckOutput | undefined;
      const refused = tooLarge(output);
      if (refused) return send(422, { message: refused });
      run.annotations.push(...(output?.annotations ?? []));
      if (output) run.output = { title: output.title, summary: output.summary };
      if (b.status) run.status = String(b.status);
      if (b.conclusion) {
        run.conclusion = String(b.conclusion);
        run.status = 'completed';
      }
      return answer(200, checkRunJson(Number(checkRun[1])));
    }
    if (method === 'GET' && p === `${base}/pulls/${opts.number}/comments`)
      return page(req, res, url, state.reviewComments);
    if (method === 'POST' && p === `${base}/pulls/${opts.number}/reviews`) {
      if (b.event === 'APPROVE')
        return send(422, { message: 'GitHub Actions is not permitted to approve pull requests.' });
      const comments = (b.comments ?? []) as { path: string; line: number; body: string }[];
      for (const c of comments) {
        if (!diffLines.get(c.path)?.has(c.line)) {
          return send(422, {
            message: 'Unprocessable Entity',
            errors: ['Pull request review thread line must be part of the diff'],
          });
        }
        if (codePoints(c.body) > MAX_BODY_CHARS)
          return send(422, {
            message: 'Unprocessable Entity',
            errors: ['Body is too long (maximum is 65536 characters)'],
          });
      }
      state.reviews.push({
        commit_id: String(b.commit_id),
        event: String(b.event),
        body: String(b.body ?? ''),
        comments,
      });
      for (const c of comments) {
        const id = nextId++;
        state.reviewComments.push({
          id,
          node_id: `PRRC_${id}`,
          path: c.path,
          line: c.line,
          body: c.body,
          user: { login },
        });
      }
      return answer(200, { id: nextId++ });
    }
    const reviewComment = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(p);
    if (method === 'PATCH' && reviewComment) {
      const c = state.reviewComments.find((x) => x.id === Number(reviewComment[1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (codePoints(String(b.body)) > MAX_BODY_CHARS)
        return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
      c.body = String(b.body);
      return answer(200, c);
    }
    if (method === 'GET' && p === `${base}/issues/${opts.number}/comments`)
      return page(req, res, url, state.issueComments);
    if (method === 'POST' && p === `${base}/issues/${opts.number}/comments`) {
      if (codePoints(String(b.body)) > MAX_BODY_CHARS)
        return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
      const c = { id: nextId++, body: String(b.body), user: { login } };
      state.issueComments.push(c);
      return answer(201, c);
    }
    const issueComment = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p);
    if (method === 'PATCH' && issueComment) {
      const c = state.issueComments.find((x) => x.id === Number(issueComment[1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (codePoints(String(b.body)) > MAX_BODY_CHARS)
        return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
      c.body = String(b.body);
      return answer(200, c);
    }
    if (isGraphql) {
      const result = await graphql({
        schema: githubSchema(),
        source: String(b.query ?? ''),
        variableValues: (b.variables ?? {}) as Record<string, unknown>,
        rootValue: graphqlRoot(),
      });
      return answer(200, JSON.parse(JSON.stringify(result)));
    }
    send(404, { message: `Not Found: ${method} ${p}` });
  });

  function checkRunJson(id: number) {
    const r = state.checkRuns.get(id)!;
    return {
      id,
      name: r.name,
      head_sha: r.head_sha,
      status: r.status,
      conclusion: r.conclusion ?? null,
      external_id: r.external_id ?? '',
    };
  }

  /** The part of GitHub's GraphQL graph PolicyGate reads and writes, resolved over the state. */
  function graphqlRoot() {
    const thread = (c: StandIn['reviewComments'][number]) => ({
      __typename: 'PullRequestReviewThread',
      id: `PRRT_${c.id}`,
      isResolved: state.resolvedThreads.includes(`PRRT_${c.id}`),
      comments: () => ({
        nodes: [
          {
            __typename: 'PullRequestReviewComment',
            id: c.node_id,
            // An Int: GitHub's (and graphql-js's) serialisation fails for an id past 2^31.
            databaseId: c.id,
            fullDatabaseId: String(c.id),
            body: c.body,
            author: { __typename: c.user.login.endsWith('[bot]') ? 'Bot' : 'User', login: c.user.login },
          },
        ],
      }),
    });
    return {
      repository: (args: { owner: string; name: string }) =>
        args.owner !== opts.owner || args.name !== opts.repo
          ? null
          : {
              pullRequest: (a: { number: number }) =>
                a.number !== opts.number
                  ? null
                  : {
                      reviewThreads: (c: { first?: number; after?: string }) => {
                        if ((c.first ?? 0) > 100)
                          throw new Error(
                            `Requesting ${c.first} records on the \`reviewThreads\` connection exceeds the \`first\` limit of 100 records.`,
                          );
                        const start = c.after ? Number(Buffer.from(c.after, 'base64').toString()) : 0;
                        const all = state.reviewComments.map(thread);
                        const nodes = all.slice(start, start + (c.first ?? 100));
                        const end = start + nodes.length;
                        return {
                          nodes,
                          totalCount: all.length,
                          pageInfo: {
                            hasNextPage: end < all.length,
                            endCursor: nodes.length ? Buffer.from(String(end)).toString('base64') : null,
                          },
                        };
                      },
                    },
            },
      resolveReviewThread: (args: { input: { threadId: string } }) => {
        const id = args.input.threadId;
        if (!state.reviewComments.some((c) => `PRRT_${c.id}` === id))
          throw new Error(`Could not resolve to a node with the global id of '${id}'`);
        if (!state.resolvedThreads.includes(id)) state.resolvedThreads.push(id);
        return { thread: { id, isResolved: true } };
      },
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...state,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
