/**
 * A stand-in GitHub on loopback HTTP, driven by the real Octokit in the tests. It behaves as
 * GitHub does where PolicyGate depends on it: pagination with `link` headers, 401 without a token,
 * 403 "Resource not accessible by integration" for writes with a read-only token, 422 for more than
 * 50 annotations in one request and for a review comment on a line outside the diff, and (when
 * asked) a secondary rate limit with `retry-after`. It records every request.
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
  reviewComments: { id: number; node_id: string; path: string; line: number; body: string }[];
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
    reviewComments: [],
    issueComments: Array.from({ length: opts.otherComments ?? 0 }, (_, i) => ({
      id: 1000 + i,
      body: `a human comment ${i}`,
      user: { login: 'alice' },
    })),
    resolvedThreads: [],
  };
  let nextId = 1;
  let limitedWrites = opts.secondaryLimitWrites ?? 0;
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
    if (write && limitedWrites > 0) {
      limitedWrites--;
      return send(
        403,
        { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' },
        { 'retry-after': '1' },
      );
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
        state.reviewComments.push({ id, node_id: `PRRC_${id}`, path: c.path, line: c.line, body: c.body });
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
      const c = { id: nextId++, body: String(b.body), user: { login: 'github-actions[bot]' } };
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
