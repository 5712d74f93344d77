/**
 * Everything the pull request shows, each behind its input: the check run, one review, the
 * sticky summary. Each write stands alone: one GitHub refuses is logged and named in `notWritten`,
 * and the others still go. A token that may not write (a fork's `pull_request`) is not an error:
 * what cannot be posted is skipped with one warning, and the caller falls back to annotations.
 */
import type { FailOn, Finding, ScanResult, Severity } from '../findings/types.js';
import { fingerprintsOf, verdict } from '../findings/types.js';
import { markdownSummary, type FixedFinding } from '../report/markdown.js';
import type { RuleDescription } from '../report/types.js';
import { isForbidden, NotMadeError, statusOf, type GitHubClient } from './client.js';
import { trustedAuthors } from './identity.js';
import { publishCheckRun } from './check-run.js';
import type { ChangedFile, PullRequestRef } from './pr-files.js';
import { publishReview, type ReviewResult } from './review.js';
import { findSticky, MAX_BODY, stateTag, stickyBody, upsertSticky } from './sticky.js';

export interface PublishInput {
  gh: GitHubClient;
  owner: string;
  repo: string;
  /** The commit the check run goes on: the pull request's head, never the merge commit. */
  sha: string;
  pr: PullRequestRef | undefined;
  files: ChangedFile[] | undefined;
  result: ScanResult;
  failOn: FailOn;
  rules: RuleDescription[];
  flags: { review: boolean; checkRun: boolean; summaryComment: boolean };
  serverUrl: string;
  lineText: (file: string, line: number) => string | undefined;
  /** Set when a requested check could not run: the check run fails with it. */
  failure?: string;
  /** The check run created in progress before the scan, if it could be. */
  checkRunId?: number;
  /** Name of the check run (input `check-name`). */
  checkName?: string;
  /** The key (`external_id`) the run was started with, so an uncertain create is found again. */
  checkRunKey?: string;
  /** Lowest severity that gets an inline comment. */
  commentOn?: Severity;
  /** Extra lines for the summary (the config the pull request changes, for one). */
  notes?: string[];
  warn: (m: string) => void;
}

export interface Published {
  markdown: string;
  checkRunId?: number;
  /** The check run was completed with its conclusion. */
  checkCompleted: boolean;
  review?: ReviewResult;
  sticky?: 'created' | 'updated';
  /** Some output could not be posted (read-only token): annotations must carry the result. */
  forbidden: boolean;
  /** What GitHub refused or what could not be sent in time, one line each (not the read-only case). */
  notWritten: string[];
}

export async function publish(input: PublishInput, alreadyForbidden = false): Promise<Published> {
  const { gh, pr } = input;
  let forbidden = alreadyForbidden;
  const notWritten: string[] = [];
  /** Every failed read or write lands here: logged, named for the job summary, never thrown. */
  const failed = (what: string, e: unknown): void => {
    if (isForbidden(e)) {
      if (!forbidden) {
        input.warn(
          `the token cannot ${what} (${statusOf(e)}: ${(e as Error).message}); this is expected on pull requests from forks. The job summary, annotations, SARIF and the exit code still carry the result.`,
        );
      }
      forbidden = true;
      return;
    }
    const why = e instanceof NotMadeError ? e.message : `${statusOf(e) ?? 'error'}: ${(e as Error).message}`;
    input.warn(`could not ${what} (${why.split('\n')[0]})`);
    notWritten.push(`${what} (${why.split('\n')[0].slice(0, 300)})`);
  };
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    if (forbidden) return undefined;
    try {
      return await fn();
    } catch (e) {
      failed(what, e);
      return undefined;
    }
  };

  const trusted = pr && (input.flags.summaryComment || input.flags.review) ? await trustedAuthors(gh) : undefined;
  const sticky =
    pr && input.flags.summaryComment
      ? await attempt('read the pull request comments', () => findSticky(gh, pr, trusted!))
      : undefined;
  const review =
    pr && input.flags.review && input.files
      ? await attempt('read the review comments', () =>
          publishReview(gh, {
            pr,
            findings: input.result.findings,
            files: input.files!,
            rules: new Map(input.rules.map((r) => [r.id, r])),
            lineText: input.lineText,
            warn: input.warn,
            commentOn: input.commentOn,
            reported: sticky?.previous,
            trusted,
            failed: (what, e) => (forbidden ? undefined : failed(what, e)),
          }),
        )
      : undefined;

  const open = input.result.findings.filter((f) => !f.suppressed);
  // A finding folded into another is still open, not fixed.
  const current = open.flatMap(fingerprintsOf);
  const previous = { has: (fp: string) => sticky?.previous.has(fp) === true || review?.previous.has(fp) === true };
  const fixed: FixedFinding[] = sticky?.previous.gone(current) ?? [];
  const link = (file: string, line: number, endLine: number) =>
    `${input.serverUrl}/${input.owner}/${input.repo}/blob/${input.sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}${endLine > line ? `-L${endLine}` : ''}`;
  const notes = [...(input.failure ? [`**Could not run:** ${input.failure}`] : []), ...(input.notes ?? [])];
  /** The summary within `limit` bytes: the check run's and the job summary's, or the comment's. */
  const summary = (limit?: number) =>
    markdownSummary(
      { result: input.result, failOn: input.failOn, toolVersion: '', rules: input.rules },
      { previous: pr ? previous : undefined, fixed, link, notes, limit, couldNotRun: input.failure },
    );
  const markdown = summary();

  const outcome = verdict(input.result.findings, input.failOn, input.failure);
  const check =
    input.flags.checkRun && !forbidden
      ? await publishCheckRun(
          gh,
          {
            name: input.checkName,
            owner: input.owner,
            repo: input.repo,
            sha: input.sha,
            findings: open as Finding[],
            conclusion: outcome,
            summary: markdown,
            failure: input.failure,
            key: input.checkRunKey,
          },
          input.checkRunId,
          failed,
        )
      : { id: input.checkRunId, completed: false };
  // A pull request with nothing to report gets no new comment; an existing one is updated.
  const worthSaying =
    input.result.findings.length > 0 || input.result.warnings.length > 0 || (sticky?.id ?? undefined) !== undefined;
  const stickyResult =
    pr && input.flags.summaryComment && sticky && worthSaying
      ? await attempt('update the summary comment', () => {
          const tag = stateTag(input.result.findings);
          return upsertSticky(gh, pr, sticky, stickyBody(summary(MAX_BODY - tag.length - 200), tag));
        })
      : undefined;
  return {
    markdown,
    checkRunId: check.id,
    checkCompleted: check.completed,
    review,
    sticky: stickyResult,
    forbidden,
    notWritten,
  };
}
