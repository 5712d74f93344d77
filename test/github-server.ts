/**
 * A stand-in GitHub on loopback HTTP, driven by the real Octokit in the tests. It behaves as
 * GitHub does where PolicyGate depends on it: pagination with `link` headers, 401 without a token,
 * 403 "Resource not accessible by integration" for writes with a read-only token and for `GET
 * /user` with an installation token, 422 for more than 50 annotations in one request and for a
 * review comment on a line outside the diff, file contents at a commit (raw media type), comment
 * authors, and (when asked) a secondary rate limit over a time window with the `retry-after` it
 * implies, and injected faults (502s, a 422 on the review). It records every request.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { commentableLines } from '../src/github/diff.js';

export interface PrFile {
  filename: string;
  status: string;
  patch?: string;
}

export interface Recorded {
  method: string;
  path: string;
  body: unknown;
  status: number;
}

export interface StandIn {
  url: string;
  requests: Recorded[];
  checkRuns: Map<
    number,
    {
      head_sha: string;
      status: string;
      conclusion?: string;
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
  /** Faults: answer requests matching `METHOD /path-regex` with `status`, `times` times (default always). */
  faults?: { match: RegExp; status: number; times?: number; message?: string; retryAfter?: number }[];
  /** Who each token is for `GET /user`; a token not listed is an installation token (403 there). */
  identities?: Record<string, string>;
  /** Comments already on the pull request, by any author (forged markers included). */
  seedIssueComments?: { body: string; login: string }[];
  seedReviewComments?: { path: string; line: number; body: string; login: string }[];
  /** File contents by commit SHA and path, for `GET /repos/{o}/{r}/contents/{path}?ref=SHA`. */
  contents?: Record<string, Record<string, string>>;
  /** Extra issue comments already on the pull request (to exercise pagination). */
  otherComments?: number;
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
      id: 6000 + i,
      node_id: `PRRC_${6000 + i}`,
      path: c.path,
      line: c.line,
      body: c.body,
      user: { login: c.login },
    })),
    issueComments: [
      ...Array.from({ length: opts.otherComments ?? 0 }, (_, i) => ({
        id: 1000 + i,
        body: `a human comment ${i}`,
        user: { login: 'alice' },
      })),
      ...(opts.seedIssueComments ?? []).map((c, i) => ({ id: 5000 + i, body: c.body, user: { login: c.login } })),
    ],
    resolvedThreads: [],
  };
  let nextId = 1;
  let limitedWrites = opts.secondaryLimitWrites ?? 0;
  const accepted: number[] = [];
  const faults = (opts.faults ?? []).map((f) => ({ ...f, left: f.times ?? Infinity }));
  const diffLines = new Map(
    opts.files.map((f) => [f.filename, f.patch ? commentableLines(f.patch) : new Set<number>()]),
  );
  const base = `/repos/${opts.owner}/${opts.repo}`;

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
    const rec: Recorded = { method, path: url.pathname, body, status: 0 };
    state.requests.push(rec);
    const send = (status: number, b: unknown, headers?: Record<string, string>) => {
      rec.status = status;
      json(res, status, b, headers);
    };
    const auth = req.headers.authorization ?? '';
    const token = auth.replace(/^(token|bearer) /i, '');
    if (token !== opts.token && token !== opts.readOnlyToken) return send(401, { message: 'Bad credentials' });
    const write =
      method !== 'GET' &&
      !(method === 'POST' && url.pathname === '/graphql' && !JSON.stringify(body).includes('mutation'));
    if (write && token === opts.readOnlyToken) return send(403, { message: 'Resource not accessible by integration' });
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
      const now = Date.now();
      while (accepted.length && accepted[0] <= now - opts.secondaryLimit.windowMs) accepted.shift();
      if (accepted.length >= opts.secondaryLimit.writes)
        return secondary(Math.max(1, Math.ceil((accepted[0] + opts.secondaryLimit.windowMs - now) / 1000)));
      accepted.push(now);
    }
    const fault = faults.find((f) => f.left > 0 && f.match.test(`${method} ${url.pathname}`));
    if (fault) {
      fault.left--;
      if (fault.retryAfter !== undefined) return secondary(fault.retryAfter);
      return send(fault.status, {
        message: fault.message ?? (fault.status === 422 ? 'Unprocessable Entity' : 'Bad Gateway'),
      });
    }
    const login = opts.identities?.[token] ?? 'github-actions[bot]';
    if (method === 'GET' && url.pathname === '/user') {
      if (!opts.identities?.[token]) return send(403, { message: 'Resource not accessible by integration' });
      return send(200, { login });
    }
    const content = /^\/repos\/[^/]+\/[^/]+\/contents\/(.+)$/.exec(url.pathname);
    if (method === 'GET' && content) {
      const text = opts.contents?.[url.searchParams.get('ref') ?? '']?.[decodeURIComponent(content[1])];
      if (text === undefined) return send(404, { message: 'Not Found' });
      rec.status = 200;
      if (/raw/.test(String(req.headers.accept))) {
        res.writeHead(200, { 'content-type': 'application/vnd.github.raw; charset=utf-8' });
        return res.end(text);
      }
      return json(res, 200, {
        type: 'file',
        encoding: 'base64',
        path: content[1],
        content: Buffer.from(text).toString('base64'),
      });
    }
    const b = (body ?? {}) as Record<string, unknown>;
    const p = url.pathname;
    if (method === 'GET' && p === `${base}/pulls/${opts.number}/files`) return page(req, res, url, opts.files);
    if (method === 'POST' && p === `${base}/check-runs`) {
      const output = b.output as { title: string; summary: string; annotations?: unknown[] } | undefined;
      if ((output?.annotations?.length ?? 0) > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      const id = nextId++;
      state.checkRuns.set(id, {
        head_sha: String(b.head_sha),
        status: String(b.conclusion ? 'completed' : b.status),
        ...(b.conclusion ? { conclusion: String(b.conclusion) } : {}),
        ...(output ? { output: { title: output.title, summary: output.summary } } : {}),
        annotations: [...(output?.annotations ?? [])],
      });
      return send(201, { id, head_sha: b.head_sha, status: b.status });
    }
    const checkRun = /^\/repos\/[^/]+\/[^/]+\/check-runs\/(\d+)$/.exec(p);
    if (method === 'PATCH' && checkRun) {
      const run = state.checkRuns.get(Number(checkRun[1]));
      if (!run) return send(404, { message: 'Not Found' });
      const output = b.output as { title: string; summary: string; annotations?: unknown[] } | undefined;
      if ((output?.annotations?.length ?? 0) > 50)
        return send(422, { message: 'Only 50 annotations are allowed per request' });
      if ((output?.summary?.length ?? 0) > 65535)
        return send(422, { message: `Only 65535 characters are allowed; ${output!.summary.length} were supplied.` });
      run.annotations.push(...(output?.annotations ?? []));
      if (output) run.output = { title: output.title, summary: output.summary };
      if (b.status) run.status = String(b.status);
      if (b.conclusion) run.conclusion = String(b.conclusion);
      return send(200, { id: Number(checkRun[1]) });
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
      return send(200, { id: nextId++ });
    }
    const reviewComment = /^\/repos\/[^/]+\/[^/]+\/pulls\/comments\/(\d+)$/.exec(p);
    if (method === 'PATCH' && reviewComment) {
      const c = state.reviewComments.find((x) => x.id === Number(reviewComment[1]));
      if (!c) return send(404, { message: 'Not Found' });
      c.body = String(b.body);
      return send(200, c);
    }
    if (method === 'GET' && p === `${base}/issues/${opts.number}/comments`)
      return page(req, res, url, state.issueComments);
    if (method === 'POST' && p === `${base}/issues/${opts.number}/comments`) {
      if (String(b.body).length > 65536)
        return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
      const c = { id: nextId++, body: String(b.body), user: { login } };
      state.issueComments.push(c);
      return send(201, c);
    }
    const issueComment = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(p);
    if (method === 'PATCH' && issueComment) {
      const c = state.issueComments.find((x) => x.id === Number(issueComment[1]));
      if (!c) return send(404, { message: 'Not Found' });
      if (String(b.body).length > 65536)
        return send(422, { message: 'Body is too long (maximum is 65536 characters)' });
      c.body = String(b.body);
      return send(200, c);
    }
    if (method === 'POST' && p === '/graphql') {
      const q = String(b.query ?? '');
      if (q.includes('reviewThreads')) {
        const nodes = state.reviewComments.map((c) => ({
          id: `THREAD_${c.id}`,
          isResolved: state.resolvedThreads.includes(`THREAD_${c.id}`),
          comments: { nodes: [{ databaseId: c.id }] },
        }));
        return send(200, {
          data: {
            repository: {
              pullRequest: { reviewThreads: { nodes, pageInfo: { hasNextPage: false, endCursor: null } } },
            },
          },
        });
      }
      if (q.includes('resolveReviewThread')) {
        const id = String((b.variables as { id: string }).id);
        state.resolvedThreads.push(id);
        return send(200, { data: { resolveReviewThread: { thread: { id, isResolved: true } } } });
      }
    }
    send(404, { message: `Not Found: ${method} ${p}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    ...state,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
