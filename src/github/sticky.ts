/**
 * The one sticky summary comment (`<!-- policygate:summary -->`), found across every page of the
 * pull request's comments and updated in place. It also carries the state of the last run, so the
 * next run can tell new, still-open and fixed findings apart and does not comment again what was
 * reported before.
 *
 * The state has a budget of its own (GitHub refuses a comment over 65,536 characters, and the
 * summary needs the rest): a fingerprint is kept as its first 16 hex digits (64 bits: two of a
 * pull request's findings sharing them is a one-in-10^13 chance at 10,000 findings), with the
 * rule, file, line and severity the "Fixed" list shows, packed and deflated. The most severe
 * findings come first, so a pull request with more than the budget holds still has every finding
 * an inline comment could be about.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { SEVERITIES, severityRank, type Finding, type Severity } from '../findings/types.js';
import { SUMMARY_MARKER, type FixedFinding } from '../report/markdown.js';
import { truncateChars } from '../report/text-limits.js';
import type { GitHubClient } from './client.js';
import { escapeMarkers } from './comment.js';
import type { Trusted } from './identity.js';
import type { PullRequestRef } from './pr-files.js';

/** The state tag closes the comment; any other marker-like text in it has been escaped. */
const STATE = /<!-- policygate:state ([A-Za-z0-9+/=]+) -->\s*$/;
/** GitHub's limit for a comment body, in characters. */
export const MAX_BODY = 65_536;
/** The state tag's share of the comment, in characters. */
export const STATE_BUDGET = 20_000;
const KEY = 16;
const MAX_STATE_BYTES = 4 << 20;

const key = (fingerprint: string): string => fingerprint.slice(0, KEY);

/** What the last run left: the findings it reported, by fingerprint. */
export class PriorState {
  private readonly byKey = new Map<string, FixedFinding>();

  add(f: FixedFinding): void {
    this.byKey.set(key(f.fingerprint), f);
  }

  get size(): number {
    return this.byKey.size;
  }

  /** Whether the last run reported this finding. */
  has(fingerprint: string): boolean {
    return this.byKey.has(key(fingerprint));
  }

  /** The findings the last run reported that are no longer among `current` (fingerprints). */
  gone(current: Iterable<string>): FixedFinding[] {
    const now = new Set([...current].map(key));
    return [...this.byKey.entries()].filter(([k]) => !now.has(k)).map(([, f]) => f);
  }
}

export interface Sticky {
  id: number | undefined;
  previous: PriorState;
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
  const m = mine?.body ? STATE.exec(mine.body) : null;
  return { id: mine?.id, previous: m ? readState(m[1]) : new PriorState() };
}

interface PackedState {
  v: 2;
  /** Rule ids and files, each once. */
  r: string[];
  f: string[];
  /** The fingerprints' keys. */
  k: string[];
  /** Per finding: rule index, file index, line, severity index. */
  d: number[];
}

/** Reads a state tag: this version's packed form, or the earlier plain JSON list. */
export function readState(base64: string): PriorState {
  const state = new PriorState();
  try {
    const raw = Buffer.from(base64, 'base64');
    let parsed: unknown;
    try {
      parsed = JSON.parse(inflateRawSync(raw, { maxOutputLength: MAX_STATE_BYTES }).toString('utf8'));
    } catch {
      parsed = JSON.parse(raw.toString('utf8'));
    }
    if (Array.isArray(parsed)) {
      for (const f of parsed as FixedFinding[]) if (typeof f?.fingerprint === 'string') state.add(f);
      return state;
    }
    const p = parsed as PackedState;
    if (p?.v !== 2 || !Array.isArray(p.k) || !Array.isArray(p.d)) return state;
    for (let i = 0; i < p.k.length; i++) {
      const [r, f, line, sev] = p.d.slice(i * 4, i * 4 + 4);
      state.add({
        fingerprint: String(p.k[i]),
        ruleId: String(p.r[r] ?? ''),
        file: String(p.f[f] ?? ''),
        line: Number(line) || 0,
        severity: SEVERITIES[sev] ?? ('info' as Severity),
      });
    }
  } catch {
    // A damaged state only costs the new/fixed grouping of this one run.
  }
  return state;
}

function pack(findings: Finding[]): string {
  const rules = new Map<string, number>();
  const files = new Map<string, number>();
  const index = (m: Map<string, number>, v: string) => m.get(v) ?? m.set(v, m.size).get(v)!;
  const d: number[] = [];
  const k: string[] = [];
  for (const f of findings) {
    k.push(key(f.fingerprint));
    d.push(index(rules, f.ruleId), index(files, f.file), f.line, SEVERITIES.indexOf(f.severity));
  }
  const state: PackedState = { v: 2, r: [...rules.keys()], f: [...files.keys()], k, d };
  return deflateRawSync(JSON.stringify(state), { level: 9 }).toString('base64');
}

/** The state tag for this run's open findings, within `budget` characters (the most severe kept). */
export function stateTag(findings: Finding[], budget = STATE_BUDGET): string {
  const open = findings
    .filter((f) => !f.suppressed)
    // A folded finding is still open: the next run must not call it new, nor fixed.
    .flatMap((f) => [f, ...(f.folded ?? []).map((x) => ({ ...f, ruleId: x.ruleId, fingerprint: x.fingerprint }))])
    .sort(
      (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.file.localeCompare(b.file) || a.line - b.line,
    );
  const tag = (n: number) => `<!-- policygate:state ${pack(open.slice(0, n))} -->`;
  let n = open.length;
  let out = tag(n);
  // Deflate's output is not linear in its input: shrink in proportion until it fits.
  while (out.length > budget && n > 0) {
    n = Math.min(n - 1, Math.floor(((n * budget) / out.length) * 0.97));
    out = tag(Math.max(0, n));
  }
  return out;
}

/** The comment: our marker, the summary (marker-like text escaped) cut to fit, then the state. */
export function stickyBody(markdown: string, tag: string): string {
  // Our own marker opens the comment; every other `<!--` in it came from findings and is escaped.
  const body = `${SUMMARY_MARKER}${escapeMarkers(markdown.startsWith(SUMMARY_MARKER) ? markdown.slice(SUMMARY_MARKER.length) : `\n${markdown}`)}`;
  const room = MAX_BODY - tag.length - 2;
  const cut = "\n\n_Summary cut to fit GitHub's comment limit._";
  return `${body.length > room ? `${truncateChars(body, room - cut.length)}${cut}` : body}\n${tag}\n`;
}

/** The summary comment for this run's findings (the state computed here). */
export function withState(markdown: string, findings: Finding[]): string {
  return stickyBody(markdown, stateTag(findings));
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
