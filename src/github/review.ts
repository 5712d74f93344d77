/**
 * One review per run (event COMMENT, never APPROVE). The inline comments of a pull request are
 * the 30 most severe findings at or above `comment-on` on lines of its diff; a run posts those of
 * them not commented before and not already reported by an earlier run, so a re-run on the same
 * commit posts nothing and a push comments only what is new in it. A comment whose finding is
 * gone is marked fixed and its thread resolved where the token allows. Only comments written by
 * a trusted author count; each write that fails costs only itself.
 */
import { fingerprintsOf, severityRank, type Finding, type Severity } from '../findings/types.js';
import type { RuleDescription } from '../report/types.js';
import { commentBody, escapeMarkers, FIXED_MARK, marker, MARKER } from './comment.js';
import { type GitHubClient } from './client.js';
import { RESOLVE_THREAD, REVIEW_THREADS, type ReviewThreadsPage } from './graphql.js';
import type { Trusted } from './identity.js';
import type { ChangedFile, PullRequestRef } from './pr-files.js';

export const MAX_INLINE = 30;

export interface ReviewInput {
  pr: PullRequestRef;
  findings: Finding[];
  files: ChangedFile[];
  rules: Map<string, RuleDescription>;
  /** The text of a line of a file at the head commit, for suggestions. */
  lineText: (file: string, line: number) => string | undefined;
  warn: (m: string) => void;
  /** Lowest severity that gets an inline comment (default medium). */
  commentOn?: Severity;
  /** Fingerprints an earlier run already reported (the summary's state): not new in this push. */
  reported?: { has(fingerprint: string): boolean };
  trusted?: Trusted;
  /** A write GitHub refused: reported by the caller; the review goes on with the next one. */
  failed?: (what: string, e: unknown) => void;
}

export interface ReviewResult {
  posted: number;
  /** New findings on diff lines that did not fit in the review, or all of them after a refusal. */
  notPosted: number;
  alreadyCommented: number;
  markedFixed: number;
  resolved: number;
  /** Fingerprints our earlier comments carry (for new / still-open grouping). */
  previous: Set<string>;
}

interface OurComment {
  id: number;
  nodeId: string;
  fingerprint: string;
  ruleId: string;
  body: string;
}

const bySeverity = (a: Finding, b: Finding) =>
  severityRank(a.severity) - severityRank(b.severity) ||
  a.file.localeCompare(b.file) ||
  a.line - b.line ||
  a.ruleId.localeCompare(b.ruleId) ||
  a.fingerprint.localeCompare(b.fingerprint);

/** The findings that deserve an inline comment on this pull request, most severe first. */
export function inlineCandidates(findings: Finding[], files: ChangedFile[], commentOn: Severity): Finding[] {
  const linesOf = new Map(files.map((f) => [f.path, f.lines]));
  return findings
    .filter(
      (f) =>
        !f.suppressed &&
        severityRank(f.severity) <= severityRank(commentOn) &&
        linesOf.get(f.file)?.has(f.line) === true,
    )
    .sort(bySeverity)
    .slice(0, MAX_INLINE);
}

export async function publishReview(gh: GitHubClient, input: ReviewInput): Promise<ReviewResult> {
  const { pr } = input;
  const trusted = input.trusted ?? (() => true);
  const failed =
    input.failed ?? ((what: string, e: unknown) => input.warn(`could not ${what}: ${(e as Error).message}`));
  const existing = await gh.paginate(gh.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const ours: OurComment[] = [];
  for (const c of existing) {
    const m = trusted(c.user?.login) ? MARKER.exec(c.body ?? '') : null;
    if (m) ours.push({ id: c.id, nodeId: c.node_id, fingerprint: m[1], ruleId: m[2], body: c.body });
  }
  const previous = new Set(ours.map((c) => c.fingerprint));
  const open = input.findings.filter((f) => !f.suppressed);
  // A finding folded into another is still there: its comment is not "fixed".
  const current = new Set(open.flatMap(fingerprintsOf));
  const chosen = inlineCandidates(open, input.files, input.commentOn ?? 'medium');
  // The cap picks the comments the pull request should carry; what is already said is then dropped.
  const inline = chosen.filter((f) => !previous.has(f.fingerprint) && !input.reported?.has(f.fingerprint));
  const onDiffNew = open.filter(
    (f) => !previous.has(f.fingerprint) && input.files.some((c) => c.path === f.file && c.lines?.has(f.line)),
  ).length;
  const result: ReviewResult = {
    posted: 0,
    notPosted: Math.max(0, onDiffNew - inline.length),
    alreadyCommented: open.filter((f) => previous.has(f.fingerprint)).length,
    markedFixed: 0,
    resolved: 0,
    previous,
  };

  if (inline.length) {
    const more = onDiffNew - inline.length;
    const body = [
      `PolicyGate found ${inline.length} new finding${inline.length === 1 ? '' : 's'} on lines this pull request changes.`,
      more > 0
        ? `${more} more are listed in the summary comment (inline comments are kept to the ${MAX_INLINE} most severe at or above ${input.commentOn ?? 'medium'}).`
        : '',
    ]
      .filter(Boolean)
      .join(' ');
    try {
      await gh.rest.pulls.createReview({
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        commit_id: pr.headSha,
        event: 'COMMENT',
        body,
        comments: inline.map((f) => ({
          path: f.file,
          line: f.line,
          side: 'RIGHT' as const,
          body: commentBody(f, input.rules.get(f.ruleId), input.lineText(f.file, f.line)),
        })),
      });
      result.posted = inline.length;
    } catch (e) {
      // One comment GitHub will not place fails the whole review; the summary still has them all.
      failed(`post the review (${inline.length} inline comments; the findings are in the summary)`, e);
      result.notPosted += inline.length;
    }
  }

  const gone = ours.filter((c) => !current.has(c.fingerprint) && !c.body.startsWith(FIXED_MARK));
  if (gone.length) {
    const threads = await threadIds(gh, pr, input.warn);
    for (const c of gone) {
      const original = c.body.replace(MARKER, '').trimEnd();
      try {
        await gh.rest.pulls.updateReviewComment({
          owner: pr.owner,
          repo: pr.repo,
          comment_id: c.id,
          body: `${FIXED_MARK} in ${pr.headSha.slice(0, 7)}: this finding is gone.\n\n<details><summary>Original comment</summary>\n\n${escapeMarkers(original)}\n\n</details>\n\n${marker(c.fingerprint, c.ruleId)}`,
        });
      } catch (e) {
        failed(`mark review comment ${c.id} as fixed`, e);
        continue;
      }
      result.markedFixed++;
      const thread = threads?.get(String(c.id));
      if (thread && (await resolveThread(gh, thread, input.warn))) result.resolved++;
    }
  }
  return result;
}

/**
 * Open review-thread ids by the id of their first comment (as a string: ids are past 2^31 and
 * GraphQL gives them as BigInt strings), through GraphQL; undefined if refused.
 */
async function threadIds(
  gh: GitHubClient,
  pr: PullRequestRef,
  warn: (m: string) => void,
): Promise<Map<string, string> | undefined> {
  try {
    const out = new Map<string, string>();
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: ReviewThreadsPage = await gh.graphql(REVIEW_THREADS, {
        owner: pr.owner,
        repo: pr.repo,
        number: pr.number,
        after,
      });
      const threads = res.repository?.pullRequest?.reviewThreads;
      if (!threads) break;
      for (const t of threads.nodes) {
        const first = t.comments.nodes[0]?.fullDatabaseId;
        if (!t.isResolved && first) out.set(first, t.id);
      }
      if (!threads.pageInfo.hasNextPage) break;
      after = threads.pageInfo.endCursor;
    }
    return out;
  } catch (e) {
    warn(`could not list review threads to resolve fixed ones (${(e as Error).message})`);
    return undefined;
  }
}

async function resolveThread(gh: GitHubClient, threadId: string, warn: (m: string) => void): Promise<boolean> {
  try {
    await gh.graphql(RESOLVE_THREAD, { id: threadId });
    return true;
  } catch (e) {
    warn(`could not resolve a fixed thread (${(e as Error).message}); the comment is marked fixed`);
    return false;
  }
}
