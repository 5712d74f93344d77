/**
 * One Octokit for every GitHub call, with the write discipline GitHub asks of integrations:
 * writes one at a time with a gap between them; a secondary rate limit waited out (its
 * `retry-after`, then growing waits) and 5xx / network errors retried, all within one time budget
 * per run, after which a write is refused here ("not made") rather than sent again; every request
 * bounded by a timeout and by the run's deadline.
 */
import { Octokit } from '@octokit/rest';

export type GitHubClient = InstanceType<typeof Octokit>;

/** The REST API version sent with every request (`X-GitHub-Api-Version`). */
export const API_VERSION = '2022-11-28';

export interface ClientOptions {
  token: string;
  baseUrl: string;
  warn: (message: string) => void;
  /** Total time spent waiting on rate limits and retries, per client (default 2 minutes). */
  budgetMs?: number;
  /** Gap between two writes (default 1 s, GitHub's guidance for content-creating requests). */
  writeGapMs?: number;
  /** Per-request timeout (default 30 s). */
  timeoutMs?: number;
  /** Aborts every request in flight and refuses new ones (the run's deadline, SIGTERM). */
  signal?: AbortSignal;
  /** Time, for the waits (tests pass a clock that does not sleep). */
  clock?: Clock;
}

/** What the client's waits need of time. */
export interface Clock {
  now(): number;
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** Thrown instead of sending a write once the waiting budget is spent. */
export class NotMadeError extends Error {
  readonly status = 0;
}

const realSleep = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error);
    const t = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(t);
      reject(signal!.reason as Error);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });

export const REAL_CLOCK: Clock = { now: () => Date.now(), sleep: realSleep };

const clocks = new WeakMap<object, Clock>();
/** The clock a client waits with (other waits around its requests use the same). */
export const clockOf = (gh: GitHubClient): Clock => clocks.get(gh) ?? REAL_CLOCK;

interface RequestOptions {
  method: string;
  url: string;
  query?: string;
  request?: { signal?: AbortSignal; [k: string]: unknown };
  [k: string]: unknown;
}

/** A secondary (abuse) limit: 403/429 with GitHub's message or a `retry-after` header. */
export function secondaryLimitWait(e: unknown): number | undefined {
  const status = statusOf(e);
  if (status !== 403 && status !== 429) return undefined;
  const headers = (e as { response?: { headers?: Record<string, string> } }).response?.headers ?? {};
  const message = (e as Error).message ?? '';
  const after = Number(headers['retry-after']);
  if (/secondary rate limit|abuse/i.test(message) || Number.isFinite(after) || status === 429)
    return Number.isFinite(after) && after >= 0 ? after * 1000 : 60_000;
  if (headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']) * 1000;
    return Number.isFinite(reset) ? Math.max(reset - Date.now(), 0) + 1000 : 60_000;
  }
  return undefined;
}

const transient = (e: unknown): boolean => {
  const s = statusOf(e);
  return s === undefined || s === 500 || s === 502 || s === 503 || s === 504;
};

export function makeClient(opts: ClientOptions): GitHubClient {
  const { token, baseUrl, warn } = opts;
  const budget = { left: opts.budgetMs ?? 120_000 };
  // The write that completes the check run may still wait this long once the budget is spent:
  // a gate left in progress blocks the pull request with no explanation.
  const reserve = { left: 15_000 };
  const gap = opts.writeGapMs ?? 1000;
  const timeout = opts.timeoutMs ?? 30_000;
  const clock = opts.clock ?? REAL_CLOCK;
  const gh = new Octokit({
    auth: token,
    baseUrl,
    userAgent: 'policygate',
    // Failed requests are handled (and reported once) by the callers, not logged per request.
    log: { debug: () => {}, info: () => {}, warn, error: () => {} },
  });
  let writes: Promise<unknown> = Promise.resolve();
  let lastWrite = 0;

  const send = async (request: (o: RequestOptions) => Promise<unknown>, options: RequestOptions) => {
    const essential = options.request?.essential === true;
    const what = requestPath(options);
    // A 5xx may come after GitHub made the write: a review, comment or check run sent again could
    // appear twice (check runs are looked up before they are created again: check-run.ts).
    const repeatable = !(options.method === 'POST' && /\/(reviews|comments|check-runs)$/.test(what));
    let waited = 0;
    for (let attempt = 0; ; attempt++) {
      if (opts.signal?.aborted) throw new NotMadeError(`${what}: not made, the run was stopped`);
      const signals = [AbortSignal.timeout(timeout), ...(opts.signal ? [opts.signal] : [])];
      try {
        return await request({ ...options, request: { ...options.request, signal: AbortSignal.any(signals) } });
      } catch (e) {
        const limited = secondaryLimitWait(e);
        if (limited === undefined && !(transient(e) && repeatable && attempt < 2)) throw e;
        // retry-after first, then each wait at least twice the one before.
        const wait = limited !== undefined ? Math.max(limited, waited * 2) : 1000 * (attempt + 1);
        const pool = wait <= budget.left || !essential ? budget : reserve;
        if (wait > pool.left) {
          budget.left = 0;
          throw new NotMadeError(
            `${what}: not made, ${limited !== undefined ? 'GitHub kept answering with a rate limit' : (e as Error).message} and the time budget for retries is spent`,
          );
        }
        warn(
          `GitHub ${limited !== undefined ? 'rate limit' : `error (${(e as Error).message.split('\n')[0]})`} on ${what}; retrying in ${Math.ceil(wait / 1000)} s`,
        );
        pool.left -= wait;
        waited = wait;
        await clock.sleep(wait, opts.signal);
      }
    }
  };

  /** The request as sent ("PATCH /repos/acme/infra/check-runs/42"), not its route template. */
  const requestPath = (o: RequestOptions): string => {
    try {
      return `${o.method} ${new URL(gh.request.endpoint(o as never).url).pathname}`;
    } catch {
      return `${o.method} ${o.url}`;
    }
  };

  gh.hook.wrap('request', async (request, options) => {
    const o = options as unknown as RequestOptions;
    // The REST API version PolicyGate is written against; GitHub answers 400 to one it does not know.
    o.headers = { ...(o.headers as Record<string, string>), 'x-github-api-version': API_VERSION };
    const isWrite =
      o.method !== 'GET' && o.method !== 'HEAD' && !(o.url.endsWith('/graphql') && !/\bmutation\b/.test(o.query ?? ''));
    const r = request as unknown as (x: RequestOptions) => Promise<unknown>;
    if (!isWrite) return send(r, o) as ReturnType<typeof request>;
    // Writes go one at a time, spaced by `gap`, in the order they were asked for.
    const turn = writes.then(async () => {
      // Once the budget is spent, only the write that completes the check run is still tried (once).
      if (budget.left <= 0 && !o.request?.essential)
        throw new NotMadeError(`${requestPath(o)}: not made, the time budget for GitHub writes is spent`);
      const wait = lastWrite + gap - clock.now();
      if (wait > 0) await clock.sleep(wait, opts.signal).catch(() => undefined);
      try {
        return await send(r, o);
      } finally {
        lastWrite = clock.now();
      }
    });
    writes = turn.catch(() => undefined);
    return turn as ReturnType<typeof request>;
  });
  clocks.set(gh, clock);
  return gh;
}

/** The HTTP status of an Octokit error, if it is one. */
export const statusOf = (e: unknown): number | undefined =>
  typeof e === 'object' && e !== null && 'status' in e && Number((e as { status: unknown }).status)
    ? Number((e as { status: unknown }).status)
    : undefined;

/** 403 for a token that may not write here (a fork's pull request, a read-only token). */
export const isForbidden = (e: unknown): boolean =>
  (statusOf(e) === 403 && secondaryLimitWait(e) === undefined) || statusOf(e) === 401;
