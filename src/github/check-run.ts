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
export async function startCheckRun(gh: GitHubClient, owner: string, repo: string, sha: string): Promise<number> {
  const created = await gh.rest.checks.create({
    owner,
    repo,
    name: CHECK_NAME,
    head_sha: sha,
    status: 'in_progress',
    started_at: new Date().toISOString(),
  });
  return created.data.id;
}

export async function publishCheckRun(gh: GitHubClient, input: CheckRunInput, startedId?: number): Promise<number> {
  const { owner, repo, sha } = input;
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
    const created = await gh.rest.checks.create({
      owner,
      repo,
      name: CHECK_NAME,
      head_sha: sha,
      ...done(),
      output: { title, summary, annotations: batches[0].map(annotation) },
    });
    return created.data.id;
  }
  const id = startedId ?? (await startCheckRun(gh, owner, repo, sha));
  for (let i = 0; i < batches.length; i++) {
    const last = i === batches.length - 1;
    await gh.rest.checks.update({
      owner,
      repo,
      check_run_id: id,
      ...(last ? done() : {}),
      output: { title, summary, annotations: batches[i].map(annotation) },
    });
  }
  return id;
}
