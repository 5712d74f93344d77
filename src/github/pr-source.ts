/**
 * Which files of a pull request are scanned, and from where. On `pull_request` the checkout holds
 * them; GitHub's list (and `git diff` where it falls short) says which changed. On
 * `pull_request_target` the fork's code is never checked out: its head is fetched into the
 * workspace's git as objects and read as data (every changed file, no API request), or, where
 * git cannot fetch it, read through the API (each blob once, the base from git when it is there).
 * Files that could not be listed at all are `unread`: the gate fails closed with that reason.
 */
import type { GitHubClient } from './client.js';
import { readPullRequestFiles, type SuppliedFiles } from './pr-contents.js';
import { changedFiles, gitDiff, type ChangedFile, type PullRequestRef } from './pr-files.js';

/** The workspace's git (files/git-objects.ts), handed in by the entry: this layer runs no git itself. */
export interface WorkspaceGit {
  fetchPullRequest(number: number, headSha: string, baseSha: string): boolean;
  changedPaths(baseSha: string, headSha: string): { path: string; status: string; previousPath?: string }[];
  readBlobs(sha: string, paths: string[], maxBytes: number): Map<string, { text: string } | { skipped: string }>;
  hasCommit(sha: string): boolean;
  readAt(sha: string, path: string): string | undefined;
}

export interface PullRequestFiles {
  files: ChangedFile[];
  /** The files' texts, read as data (`pull_request_target`); undefined when the checkout holds them. */
  supplied?: SuppliedFiles;
  /** Why changed files were left unread: the check run fails with it. */
  unread?: string;
  /** Where the files came from, for the log. */
  via: 'checkout' | 'git objects' | 'api';
}

export async function pullRequestFiles(o: {
  gh: GitHubClient;
  pr: PullRequestRef;
  workspace: string;
  /** `pull_request_target`: the workspace holds the base only. */
  target: boolean;
  /** The event's `changed_files`, GitHub's own count. */
  changedCount?: number;
  /** Whether a path is a candidate for the scan (the `paths` and `exclude` inputs). */
  wanted: (path: string) => boolean;
  maxBytes: number;
  warn: (m: string) => void;
  git: WorkspaceGit;
}): Promise<PullRequestFiles> {
  const { gh, pr, workspace, warn, git } = o;
  if (!o.target) {
    const listed = await changedFiles(gh, pr, workspace, warn, o.changedCount);
    return { ...listed, via: 'checkout' };
  }
  if (git.fetchPullRequest(pr.number, pr.headSha, pr.baseSha)) {
    const lines = gitDiff(workspace, pr, warn);
    const paths = git.changedPaths(pr.baseSha, pr.headSha);
    const files: ChangedFile[] = paths.map((p) => ({ ...p, lines: lines?.get(p.path) ?? null }));
    const chosen = paths.filter((p) => o.wanted(p.path));
    const head = git.readBlobs(
      pr.headSha,
      chosen.map((p) => p.path),
      o.maxBytes,
    );
    const changed = chosen.filter((p) => p.status !== 'added');
    const base = git.readBlobs(
      pr.baseSha,
      changed.map((p) => p.previousPath ?? p.path),
      o.maxBytes,
    );
    const supplied: SuppliedFiles = { files: [], base: new Map(), warnings: [] };
    for (const p of chosen) {
      const h = head.get(p.path);
      if (!h)
        supplied.warnings.push({ file: p.path, line: null, message: 'not a file at the head commit; not scanned' });
      else if ('skipped' in h)
        supplied.warnings.push({ file: p.path, line: null, message: `${h.skipped}; not scanned` });
      else {
        supplied.files.push({ rel: p.path, text: h.text });
        const b = base.get(p.previousPath ?? p.path);
        if (b && 'text' in b) supplied.base.set(p.path, b.text);
      }
    }
    return { files, supplied, via: 'git objects' };
  }
  const listed = await changedFiles(gh, pr, undefined, warn, o.changedCount);
  const readBase = git.hasCommit(pr.baseSha) ? (path: string) => git.readAt(pr.baseSha, path) : undefined;
  const supplied = await readPullRequestFiles(
    gh,
    pr,
    listed.files.filter((f) => o.wanted(f.path)),
    o.maxBytes,
    readBase,
  );
  return { ...listed, supplied, via: 'api' };
}
