/**
 * What a pull request changed: its files from the API (100 a page, every page), each with the
 * head-side lines a review comment may use. A file without a `patch` (too large, binary) or a
 * pull request at the API's 3,000-file cap falls back to `git diff` between base and head in the
 * workspace.
 */
import { execFileSync } from 'node:child_process';
import type { GitHubClient } from './client.js';
import { commentableLines, splitGitDiff } from './diff.js';

export interface ChangedFile {
  path: string;
  status: string;
  /** Head-side lines in the diff; null when they could not be known (no patch, no git). */
  lines: Set<number> | null;
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
}

const API_FILE_CAP = 3000;

export async function changedFiles(
  gh: GitHubClient,
  pr: PullRequestRef,
  /** Where git may fill gaps; undefined when the workspace does not hold the head (pull_request_target). */
  workspace: string | undefined,
  warn: (m: string) => void,
): Promise<ChangedFile[]> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  const out: ChangedFile[] = files
    .filter((f) => f.status !== 'removed')
    .map((f) => ({ path: f.filename, status: f.status, lines: f.patch ? commentableLines(f.patch) : null }));
  const capped = files.length >= API_FILE_CAP;
  if (!workspace || (!capped && out.every((f) => f.lines))) {
    if (capped) warn(`the pull request lists ${files.length} files, GitHub's limit; only those are scanned`);
    return out;
  }
  const local = gitDiff(workspace, pr, warn);
  if (!local) return out;
  if (capped) {
    warn(`the pull request lists ${files.length} files, GitHub's limit; using git diff in the workspace for the rest`);
    const known = new Set(out.map((f) => f.path));
    for (const [path, lines] of local) if (!known.has(path)) out.push({ path, status: 'modified', lines });
  }
  for (const f of out) if (!f.lines) f.lines = local.get(f.path) ?? null;
  return out;
}

/** Head-side diff lines per file from the local repository, or undefined when git cannot tell. */
export function gitDiff(workspace: string, pr: Pick<PullRequestRef, 'baseSha' | 'headSha'>, warn: (m: string) => void) {
  try {
    const diff = execFileSync(
      'git',
      ['diff', '--no-color', '--unified=3', '--diff-filter=ACMRT', `${pr.baseSha}...${pr.headSha}`],
      {
        cwd: workspace,
        encoding: 'utf8',
        timeout: 60_000,
        maxBuffer: 256 << 20,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    return new Map([...splitGitDiff(diff)].map(([path, patch]) => [path, commentableLines(patch)]));
  } catch (e) {
    warn(
      `git diff between base and head failed in the workspace (${(e as Error).message.split('\n')[0]}); fetch both commits (fetch-depth: 0) for exact diff lines`,
    );
    return undefined;
  }
}
