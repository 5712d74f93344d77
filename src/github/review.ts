/**
 * One review per run (event COMMENT, never APPROVE) with an inline comment for each new finding
 * on a line of the diff, at most 30 (GitHub's abuse limits bite beyond). A finding already
 * commented on (its fingerprint is in a comment's hidden marker) is not commented again; a
 * comment whose finding is gone is marked fixed and its thread resolved where the token allows.
 */
import { severityRank, type Finding } from '../findings/types.js';
import type { RuleDescription } from '../report/types.js';
import { commentBody, FIXED_MARK, MARKER } from './comment.js';
import { statusOf, type GitHubClient } from './client.js';
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
}

export interface ReviewResult {
  posted: number;
  /** New findings on diff lines that did not fit in the review, or all of them after a 422. */
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
  body: string;
}

export async function publishReview(gh: GitHubClient, input: ReviewInput): Promise<ReviewResult> {
  const { pr } = input;
  const existing = await gh.paginate(gh.rest.pulls.listReviewComments, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const ours: OurComment[] = [];
  for (const c of existing) {
    const m = MARKER.exec(c.body ?? '');
    if (m) ours.push({ id: c.id, nodeId: c.node_id, fingerprint: m[1], body: c.body });
  }
  const previous = new Set(ours.map((c) => c.fingerprint));
  const open = input.findings.filter((f) => !f.suppressed);
  const current = new Set(open.map((f) => f.fingerprint));
  const linesOf = new Map(input.files.map((f) => [f.path, f.lines]));
  const onDiff = open
    .filter((f) => !previous.has(f.fingerprint) && linesOf.get(f.file)?.has(f.line))
    .sort(
      (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.file.localeCompare(b.file) || a.line - b.line,
    );
  const alreadyCommented = open.filter((f) => previous.has(f.fingerprint)).length;
  const inline = onDiff.slice(0, MAX_INLINE);
  const result: ReviewResult = {
    posted: 0,
    notPosted: onDiff.length - inline.length,
    alreadyCommented,
    markedFixed: 0,
    resolved: 0,
    previous,
  };

  if (inline.length) {
    const more = onDiff.length - inline.length;
    const body = [
      `PolicyGate found ${onDiff.length} new finding${onDiff.length === 1 ? '' : 's'} on lines this pull request changes.`,
      more ? `${more} more are listed in the summary comment (a review carries at most ${MAX_INLINE}).` : '',
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
      if (statusOf(e) !== 422) throw e;
      // One comment GitHub will not place fails the whole review; the summary still has them all.
      input.warn(
        `GitHub refused the review (422: ${(e as Error).message}); the findings are in the summary comment instead`,
      );
      result.notPosted += inline.length;
    }
  }

  const gone = ours.filter((c) => !current.has(c.fingerprint) && !c.body.startsWith(FIXED_MARK));
  if (gone.length) {
    const threads = await threadIds(gh, pr, input.warn);
    for (const c of gone) {
      await gh.rest.pulls.updateReviewComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: c.id,
        body: `${FIXED_MARK} in ${pr.headSha.slice(0, 7)}: this finding is gone.\n\n<details><summary>Original comment</summary>\n\n${c.body}\n\n</details>`,
      });
      result.markedFixed++;
      const thread = threads?.get(c.id);
      if (thread && (await resolveThread(gh, thread, input.warn))) result.resolved++;
    }
  }
  return result;
}

/** Review-thread ids by the id of their first comment, through GraphQL; undefined if refused. */
async function threadIds(
  gh: GitHubClient,
  pr: PullRequestRef,
  warn: (m: string) => void,
): Promise<Map<number, string> | undefined> {
  try {
    const out = new Map<number, string>();
    let after: string | null = null;
    for (let page = 0; page < 20; page++) {
      const res: {
        repository: {
          pullRequest: {
            reviewThreads: {
              nodes: { id: string; isResolved: boolean; comments: { nodes: { databaseId: number }[] } }[];
              pageInfo: { hasNextPage: boolean; endCursor: string | null };
            };
          };
        };
      } = await gh.graphql(
        `query($owner: String!, $repo: String!, $number: Int!, $after: String) {
          repository(owner: $owner, name: $repo) { pullRequest(number: $number) {
            reviewThreads(first: 100, after: $after) { nodes { id isResolved comments(first: 1) { nodes { databaseId } } } pageInfo { hasNextPage endCursor } }
          } }
        }`,
        { owner: pr.owner, repo: pr.repo, number: pr.number, after },
      );
      const threads = res.repository.pullRequest.reviewThreads;
      for (const t of threads.nodes)
        if (!t.isResolved && t.comments.nodes[0]) out.set(t.comments.nodes[0].databaseId, t.id);
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
    await gh.graphql(
      'mutation($id: ID!) { resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } } }',
      { id: threadId },
    );
    return true;
  } catch (e) {
    warn(`could not resolve a fixed thread (${(e as Error).message}); the comment is marked fixed`);
    return false;
  }
}
