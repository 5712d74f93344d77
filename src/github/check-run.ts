/**
 * The `PolicyGate` check run on the pull request's head commit: created in progress, annotations
 * added 50 a request (GitHub's limit), completed with a title carrying the counts, the Markdown
 * summary and a conclusion by `fail-on`. GitHub's limits are in bytes for the summary (65,535)
 * and an annotation's message (64 KB), in characters for titles (255): text is cut between
 * characters to fit.
 *
 * Creating a run is not repeated blindly: a 5xx can come after GitHub created it, and a second
 * run would stay in progress beside the completed one. Each run carries an `external_id` of this
 * Action run; after a 5xx the run is looked up by it before it is created again.
 */
import { randomUUID } from 'node:crypto';
import { countBySeverity, SEVERITIES, type Finding } from '../findings/types.js';
import { truncateChars, truncateUtf8 } from '../report/text-limits.js';
import { clockOf, isForbidden, statusOf, type GitHubClient } from './client.js';

export const CHECK_NAME = 'PolicyGate';
const BATCH = 50;
const MAX_SUMMARY_BYTES = 65_535;
const MAX_MESSAGE_BYTES = 64 * 1024;
const MAX_TITLE = 255;
const LEVEL = { critical: 'failure', high: 'failure', medium: 'warning', low: 'notice', info: 'notice' } as const;

export interface CheckRunInput {
  /** The check's name (input `check-name`). */
  name?: string;
  owner: string;
  repo: string;
  sha: string;
  findings: Finding[];
  conclusion: 'success' | 'failure';
  summary: string;
  /** Why the run failed without findings (a required check that could not run). */
  failure?: string;
  /** This Action run's key (`external_id`), shared with `startCheckRun`. */
  key?: string;
}

/** Where a check run goes and the key that finds it again after an uncertain create. */
export interface CheckRunTarget {
  owner: string;
  repo: string;
  sha: string;
  name?: string;
  key?: string;
}

/** A key for the check runs of one Action run. */
export const newCheckRunKey = (): string => `policygate-${randomUUID()}`;

export function checkTitle(findings: Finding[], failure?: string): string {
  if (failure) return truncateChars(`Could not run: ${failure}`, MAX_TITLE);
  const c = countBySeverity(findings);
  const parts = SEVERITIES.filter((s) => c[s]).map((s) => `${c[s]} ${s}`);
  return parts.length ? parts.join(', ') : 'No findings';
}

function annotation(f: Finding) {
  return {
    path: f.file,
    start_line: f.line,
    end_line: f.endLine,
    ...(f.line === f.endLine ? { start_column: f.column, end_column: Math.max(f.column, f.endColumn) } : {}),
    annotation_level: LEVEL[f.severity],
    title: truncateChars(`${f.severity.toUpperCase()} ${f.ruleId}`, MAX_TITLE),
    message: truncateUtf8(f.message, MAX_MESSAGE_BYTES),
  };
}

type CreateFields = Omit<
  Parameters<GitHubClient['rest']['checks']['create']>[0] & object,
  'owner' | 'repo' | 'name' | 'head_sha'
>;

/**
 * Creates a run once: after a 5xx or a lost answer, the run this key created is looked up and
 * used, and only when GitHub has none is it created again (three tries in all, as for other 5xx).
 */
async function createOnce(gh: GitHubClient, target: CheckRunTarget, fields: CreateFields): Promise<number> {
  const name = target.name ?? CHECK_NAME;
  const key = target.key ?? newCheckRunKey();
  for (let attempt = 0; ; attempt++) {
    try {
      const created = await gh.rest.checks.create({
        owner: target.owner,
        repo: target.repo,
        name,
        head_sha: target.sha,
        external_id: key,
        ...fields,
      });
      return created.data.id;
    } catch (e) {
      const status = statusOf(e);
      // A 4xx (a refusal, a read-only token) created nothing; anything else may have.
      if (status !== undefined && status < 500) throw e;
      const found = await gh.rest.checks.listForRef({
        owner: target.owner,
        repo: target.repo,
        ref: target.sha,
        check_name: name,
        filter: 'all',
        per_page: 100,
      });
      const mine = found.data.check_runs.find((r) => r.external_id === key);
      if (mine) return mine.id;
      if (attempt >= 2) throw e;
      await clockOf(gh).sleep(1000 * (attempt + 1));
    }
  }
}

/** Creates the run `in_progress`, so the pull request shows PolicyGate working from the start. */
export async function startCheckRun(gh: GitHubClient, target: CheckRunTarget): Promise<number> {
  return createOnce(gh, target, { status: 'in_progress', started_at: new Date().toISOString() });
}

/**
 * The run in progress before the scan, if it is wanted and can be made: a token that may not
 * create it (a fork's `pull_request`) is expected and said once; the caller falls back to
 * annotations. Not wanted (no check run, or nothing to scan): the run is created done, later.
 */
export async function startCheck(
  gh: GitHubClient,
  target: CheckRunTarget,
  wanted: boolean,
  warn: (m: string) => void,
): Promise<{ id: number | undefined; forbidden: boolean }> {
  if (!wanted) return { id: undefined, forbidden: false };
  try {
    return { id: await startCheckRun(gh, target), forbidden: false };
  } catch (e) {
    const forbidden = isForbidden(e);
    warn(
      forbidden
        ? `the token cannot create the ${target.name ?? CHECK_NAME} check run (${(e as Error).message}); this is expected on pull requests from forks. The job summary, annotations, SARIF and the exit code still carry the result.`
        : `could not create the ${target.name ?? CHECK_NAME} check run: ${(e as Error).message}`,
    );
    return { id: undefined, forbidden };
  }
}

/** Completes a run as failure with a reason: whatever went wrong before, the gate never stays open. */
export async function abandonCheckRun(
  gh: GitHubClient,
  where: { owner: string; repo: string; id: number },
  title: string,
  reason: string,
): Promise<void> {
  await gh.rest.checks.update({
    owner: where.owner,
    repo: where.repo,
    check_run_id: where.id,
    status: 'completed',
    conclusion: 'failure',
    completed_at: new Date().toISOString(),
    output: { title: truncateChars(title, MAX_TITLE), summary: truncateUtf8(reason, MAX_SUMMARY_BYTES) },
    request: { essential: true },
  });
}

export interface CheckRunOutcome {
  id?: number;
  /** The run was completed with its conclusion. */
  completed: boolean;
}

/**
 * Annotations in batches (a refused batch costs only itself), then the completion, which is
 * tried again without annotations if GitHub refuses it with them. Errors go to `failed`.
 */
export async function publishCheckRun(
  gh: GitHubClient,
  input: CheckRunInput,
  startedId: number | undefined,
  failed: (what: string, e: unknown) => void,
): Promise<CheckRunOutcome> {
  const { owner, repo, sha } = input;
  const name = input.name ?? CHECK_NAME;
  const open = input.findings.filter((f) => !f.suppressed);
  const title = checkTitle(open, input.failure);
  const summary = truncateUtf8(input.summary, MAX_SUMMARY_BYTES);
  const target = { owner, repo, sha, name, key: input.key ?? newCheckRunKey() };
  const batches: Finding[][] = [];
  for (let i = 0; i < open.length; i += BATCH) batches.push(open.slice(i, i + BATCH));
  if (!batches.length) batches.push([]);
  const done = () => ({
    status: 'completed' as const,
    conclusion: input.conclusion,
    completed_at: new Date().toISOString(),
  });
  // Nothing was started and everything fits in one request: create the run already complete.
  if (startedId === undefined && batches.length === 1) {
    try {
      const id = await createOnce(gh, target, {
        ...done(),
        output: { title, summary, annotations: batches[0].map(annotation) },
        request: { essential: true },
      });
      return { id, completed: true };
    } catch (e) {
      failed(`create the ${name} check run`, e);
      return { completed: false };
    }
  }
  let id = startedId;
  if (id === undefined) {
    try {
      id = await startCheckRun(gh, target);
    } catch (e) {
      failed(`create the ${name} check run`, e);
      return { completed: false };
    }
  }
  for (let i = 0; i < batches.length - 1; i++) {
    try {
      await gh.rest.checks.update({
        owner,
        repo,
        check_run_id: id,
        output: { title, summary, annotations: batches[i].map(annotation) },
      });
    } catch (e) {
      failed(`add annotations ${i * BATCH + 1}–${(i + 1) * BATCH} to the ${name} check run`, e);
    }
  }
  const last = batches[batches.length - 1];
  for (const annotations of last.length ? [last.map(annotation), []] : [[]]) {
    try {
      await gh.rest.checks.update({
        owner,
        repo,
        check_run_id: id,
        ...done(),
        output: { title, summary, annotations },
        request: { essential: true },
      });
      return { id, completed: true };
    } catch (e) {
      failed(`complete the ${name} check run${annotations.length ? ' with its last annotations' : ''}`, e);
    }
  }
  return { id, completed: false };
}
