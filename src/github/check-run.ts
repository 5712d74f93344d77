/**
 * The `PolicyGate` check run on the pull request's head commit: created in progress, annotations
 * added 50 a request (GitHub's limit), completed with a title carrying the counts, the Markdown
 * summary and a conclusion by `fail-on`.
 */
import { countBySeverity, SEVERITIES, type Finding } from '../findings/types.js';
import type { GitHubClient } from './client.js';

export const CHECK_NAME = 'PolicyGate';
const BATCH = 50;
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
}

export function checkTitle(findings: Finding[], failure?: string): string {
  if (failure) return `Could not run: ${failure}`.slice(0, 255);
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
    title: `${f.severity.toUpperCase()} ${f.ruleId}`.slice(0, 255),
    message: f.message.slice(0, 60_000),
  };
}

/** Creates the run `in_progress`, so the pull request shows PolicyGate working from the start. */
export async function startCheckRun(
  gh: GitHubClient,
  owner: string,
  repo: string,
  sha: string,
  name = CHECK_NAME,
): Promise<number> {
  const created = await gh.rest.checks.create({
    owner,
    repo,
    name,
    head_sha: sha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
  });
  return created.data.id;
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
    output: { title: title.slice(0, 255), summary: reason.slice(0, 60_000) },
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
  const summary = input.summary.slice(0, 65_000);
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
      const created = await gh.rest.checks.create({
        owner,
        repo,
        name,
        head_sha: sha,
        ...done(),
        output: { title, summary, annotations: batches[0].map(annotation) },
        request: { essential: true },
      });
      return { id: created.data.id, completed: true };
    } catch (e) {
      failed(`create the ${name} check run`, e);
      return { completed: false };
    }
  }
  let id = startedId;
  if (id === undefined) {
    try {
      id = await startCheckRun(gh, owner, repo, sha, name);
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
