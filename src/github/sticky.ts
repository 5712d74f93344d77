/**
 * The one sticky summary comment (`<!-- policygate:summary -->`), found across every page of the
 * pull request's comments and updated in place. It also carries the state of the last run (the
 * fingerprints then open) so the next run can tell new, still-open and fixed findings apart.
 */
import type { Finding } from '../findings/types.js';
import { SUMMARY_MARKER, type FixedFinding } from '../report/markdown.js';
import type { GitHubClient } from './client.js';
import { escapeMarkers } from './comment.js';
import type { Trusted } from './identity.js';
import type { PullRequestRef } from './pr-files.js';

/** The state tag closes the comment; any other marker-like text in it has been escaped. */
const STATE = /<!-- policygate:state ([A-Za-z0-9+/=]+) -->\s*$/;
const MAX_BODY = 65_536;

export interface Sticky {
  id: number | undefined;
  /** Findings open at the last run, by fingerprint. */
  previous: Map<string, FixedFinding>;
}

/** The last summary comment written by a trusted author; anyone else's copy is ignored. */
export async function findSticky(gh: GitHubClient, pr: PullRequestRef, trusted: Trusted): Promise<Sticky> {
  const comments = await gh.paginate(gh.rest.issues.listComments, {
    owner: pr.owner,
    repo: pr.repo,
    issue_number: pr.number,
    per_page: 100,
  });
  const mine = comments.filter((c) => trusted(c.user?.login) && c.body?.startsWith(SUMMARY_MARKER)).pop();
  const previous = new Map<string, FixedFinding>();
  const m = mine?.body ? STATE.exec(mine.body) : null;
  if (m) {
    try {
      for (const f of JSON.parse(Buffer.from(m[1], 'base64').toString('utf8')) as FixedFinding[])
        previous.set(f.fingerprint, f);
    } catch {
      // A damaged state only costs the new/fixed grouping of this one run.
    }
  }
  return { id: mine?.id, previous };
}

export function withState(markdown: string, findings: Finding[]): string {
  const state: FixedFinding[] = findings
    .filter((f) => !f.suppressed)
    .slice(0, 400)
    .map((f) => ({
      fingerprint: f.fingerprint,
      ruleId: f.ruleId,
      file: f.file,
      line: f.line,
      severity: f.severity,
      message: f.message.slice(0, 160),
    }));
  const tag = `<!-- policygate:state ${Buffer.from(JSON.stringify(state)).toString('base64')} -->`;
  // Our own marker opens the comment; every other `<!--` in it came from findings and is escaped.
  const body = `${SUMMARY_MARKER}${escapeMarkers(markdown.startsWith(SUMMARY_MARKER) ? markdown.slice(SUMMARY_MARKER.length) : `\n${markdown}`)}`;
  const room = MAX_BODY - tag.length - 2;
  return `${body.length > room ? `${body.slice(0, room - 80)}\n\n_Summary cut to fit GitHub's comment limit._` : body}\n${tag}\n`;
}

export async function upsertSticky(
  gh: GitHubClient,
  pr: PullRequestRef,
  sticky: Sticky,
  body: string,
): Promise<'created' | 'updated'> {
  if (sticky.id !== undefined) {
    await gh.rest.issues.updateComment({ owner: pr.owner, repo: pr.repo, comment_id: sticky.id, body });
    return 'updated';
  }
  await gh.rest.issues.createComment({ owner: pr.owner, repo: pr.repo, issue_number: pr.number, body });
  return 'created';
}
