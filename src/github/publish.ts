/**
 * Everything the pull request shows, each behind its input: the check run, one review, the
 * sticky summary. A token that may not write (a fork's pull request) is not an error: what cannot
 * be posted is skipped with one warning, and the caller falls back to workflow annotations.
 */
import type { FailOn, Finding, ScanResult } from '../findings/types.js';
import { conclusion } from '../findings/types.js';
import { markdownSummary, type FixedFinding } from '../report/markdown.js';
import type { RuleDescription } from '../report/types.js';
import { isForbidden, statusOf, type GitHubClient } from './client.js';
import { publishCheckRun } from './check-run.js';
import type { ChangedFile, PullRequestRef } from './pr-files.js';
import { publishReview, type ReviewResult } from './review.js';
import { findSticky, upsertSticky, withState } from './sticky.js';

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
  warn: (m: string) => void;
}

export interface Published {
  markdown: string;
  checkRunId?: number;
  review?: ReviewResult;
  sticky?: 'created' | 'updated';
  /** Some output could not be posted (read-only token): annotations must carry the result. */
  forbidden: boolean;
}

export async function publish(input: PublishInput, alreadyForbidden = false): Promise<Published> {
  const { gh, pr } = input;
  let forbidden = alreadyForbidden;
  const refused = (what: string, e: unknown): boolean => {
    if (!isForbidden(e)) return false;
    if (!forbidden) {
      input.warn(
        `the token cannot ${what} (${statusOf(e)}: ${(e as Error).message}); this is expected on pull requests from forks. The job summary, annotations, SARIF and the exit code still carry the result.`,
      );
    }
    forbidden = true;
    return true;
  };
  const attempt = async <T>(what: string, fn: () => Promise<T>): Promise<T | undefined> => {
    if (forbidden) return undefined;
    try {
      return await fn();
    } catch (e) {
      if (refused(what, e)) return undefined;
      input.warn(`could not ${what}: ${(e as Error).message}`);
      return undefined;
    }
  };

  const sticky =
    pr && input.flags.summaryComment
      ? await attempt('read the pull request comments', () => findSticky(gh, pr))
      : undefined;
  const review =
    pr && input.flags.review && input.files
      ? await attempt('post a review', () =>
          publishReview(gh, {
            pr,
            findings: input.result.findings,
            files: input.files!,
            rules: new Map(input.rules.map((r) => [r.id, r])),
            lineText: input.lineText,
            warn: input.warn,
          }),
        )
      : undefined;

  const open = input.result.findings.filter((f) => !f.suppressed);
  const current = new Set(open.map((f) => f.fingerprint));
  const previous = new Set<string>([...(sticky?.previous.keys() ?? []), ...(review?.previous ?? [])]);
  const fixed: FixedFinding[] = [...(sticky?.previous.values() ?? [])].filter((f) => !current.has(f.fingerprint));
  const link = (file: string, line: number, endLine: number) =>
    `${input.serverUrl}/${input.owner}/${input.repo}/blob/${input.sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}${endLine > line ? `-L${endLine}` : ''}`;
  const notes = input.failure ? [`**Could not run:** ${input.failure}`] : [];
  const markdown = markdownSummary(
    { result: input.result, failOn: input.failOn, toolVersion: '', rules: input.rules },
    { previous: pr ? previous : undefined, fixed, link, notes },
  );

  const verdict = input.failure ? 'failure' : conclusion(input.result.findings, input.failOn);
  const checkRunId = input.flags.checkRun
    ? await attempt('create the PolicyGate check run', () =>
        publishCheckRun(
          gh,
          {
            owner: input.owner,
            repo: input.repo,
            sha: input.sha,
            findings: open as Finding[],
            conclusion: verdict,
            summary: markdown,
            failure: input.failure,
          },
          input.checkRunId,
        ),
      )
    : undefined;
  // A pull request with nothing to report gets no new comment; an existing one is updated.
  const worthSaying =
    input.result.findings.length > 0 || input.result.warnings.length > 0 || (sticky?.id ?? undefined) !== undefined;
  const stickyResult =
    pr && input.flags.summaryComment && sticky && worthSaying
      ? await attempt('update the summary comment', () =>
          upsertSticky(gh, pr, sticky, withState(markdown, input.result.findings)),
        )
      : undefined;
  return { markdown, checkRunId, review, sticky: stickyResult, forbidden };
}
