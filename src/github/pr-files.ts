/**
 * What a pull request changed: its files from the API (100 a page, every page), each with the
 * head-side lines a review comment may use. A file without a `patch` (too large, binary) or a
 * pull request at the API's 3,000-file cap falls back to `git diff` between base and head in the
 * workspace; a capped list git cannot complete is reported as unread (the gate fails closed).
 */
import { execFileSync } from 'node:child_process';
import type { GitHubClient } from './client.js';
import { commentableLines, splitGitDiff } from './diff.js';

export interface ChangedFile {
  path: string;
  status: string;
  /** Head-side lines in the diff; null when they could not be known (no patch, no git). */
  lines: Set<number> | null;
  /** The blob at the head commit, when GitHub named it (read once, by this id). */
  sha?: string;
  /** The path at the base, for a renamed file. */
  previousPath?: string;
}

export interface PullRequestRef {
  owner: string;
  repo: string;
  number: number;
  baseSha: string;
  headSha: string;
}

/** GitHub lists at most this many files of a pull request. */
export const API_FILE_CAP = 3000;

export interface ChangedFiles {
  files: ChangedFile[];
  /** Why some changed files are not in `files` (GitHub's list cap, and git could not fill it). */
  unread?: string;
}

/** The pull request's files as GitHub lists them (removed ones left out), and whether the list hit the cap. */
export async function listedFiles(
  gh: GitHubClient,
  pr: PullRequestRef,
): Promise<{ files: ChangedFile[]; capped: boolean }> {
  const files = await gh.paginate(gh.rest.pulls.listFiles, {
    owner: pr.owner,
    repo: pr.repo,
    pull_number: pr.number,
    per_page: 100,
  });
  return {
    capped: files.length >= API_FILE_CAP,
    files: files
      .filter((f) => f.status !== 'removed')
      .map((f) => ({
        path: f.filename,
        status: f.status,
        lines: f.patch ? commentableLines(f.patch) : null,
        sha: f.sha ?? undefined,
        ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
      })),
  };
}

/** Says how many changed files GitHub's list left out, if it hit its cap. */
export function unreadMessage(listed: number, changed: number | undefined): string {
  const more = changed !== undefined && changed > listed ? `${changed - listed} of the ${changed}` : 'some of the';
  return `GitHub lists at most ${API_FILE_CAP.toLocaleString('en-US')} files of a pull request, and ${more} files this pull request changes were not read (git could not list them in the workspace): they were not scanned, so the check fails`;
}

export async function changedFiles(
  gh: GitHubClient,
  pr: PullRequestRef,
  /** Where git may fill gaps; undefined when the workspace does not hold the head (pull_request_target). */
  workspace: string | undefined,
  warn: (m: string) => void,
  /** The pull request's own count of changed files (the event's `changed_files`), if known. */
  changedCount?: number,
): Promise<ChangedFiles> {
  const { files: out, capped } = await listedFiles(gh, pr);
  const short = capped && (changedCount === undefined || changedCount > out.length);
  if (!workspace || (!short && out.every((f) => f.lines)))
    return short ? { files: out, unread: unreadMessage(out.length, changedCount) } : { files: out };
  const local = gitDiff(workspace, pr, warn);
  if (!local) return short ? { files: out, unread: unreadMessage(out.length, changedCount) } : { files: out };
  if (short) {
    warn(`the pull request lists ${out.length} files, GitHub's limit; using git diff in the workspace for the rest`);
    const known = new Set(out.map((f) => f.path));
    for (const [path, lines] of local) if (!known.has(path)) out.push({ path, status: 'modified', lines });
  }
  for (const f of out) if (!f.lines) f.lines = local.get(f.path) ?? null;
  return { files: out };
}

/** Head-side diff lines per file from the local repository, or undefined when git cannot tell. */
export function gitDiff(workspace: string, pr: Pick<PullRequestRef, 'baseSha' | 'headSha'>, warn: (m: string) => void) {
  try {
    const diff = execFileSync(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'diff',
        '--no-color',
        '--no-ext-diff',
        '--unified=3',
        '--diff-filter=ACMRT',
        `${pr.baseSha}...${pr.headSha}`,
      ],
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
