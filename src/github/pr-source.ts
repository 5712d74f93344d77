/**
 * Which files of a pull request are scanned, and from where. On `pull_request` the checkout holds
 * them; GitHub's list (and `git diff` where it falls short) says which changed. On
 * `pull_request_target` the fork's code is never checked out: its head is fetched into the
 * workspace's git as objects and read as data (every changed file, no API request), or, where
 * git cannot fetch it, read through the API (each blob once, the base from git when it is there).
 * Files that could not be listed at all are `unread`: the gate fails closed with that reason.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { GitHubClient } from './client.js';
import type { ActionEvent } from './event.js';
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

/**
 * The pull request's files the Action scans: on `pull_request_target` always the changed ones (the
 * head is not checked out, so `scan: all` cannot be honoured: said once); on `pull_request` with
 * `scan: changed` the changed ones; otherwise undefined (every file of the checkout).
 */
export async function filesToScan(o: {
  gh: GitHubClient;
  event: ActionEvent;
  scan: 'all' | 'changed';
  wanted: (path: string) => boolean;
  maxBytes: number;
  git: WorkspaceGit;
  log: { info: (m: string) => void; notice: (m: string) => void; warn: (m: string) => void };
}): Promise<PullRequestFiles | undefined> {
  const { event, log } = o;
  const { pr, target } = event;
  if (!pr) return undefined;
  if (target && o.scan === 'all')
    log.notice(
      'scan: all is not possible on pull_request_target (the head is not checked out); scanning the changed files',
    );
  if (!target && o.scan !== 'changed') return undefined;
  const got = await pullRequestFiles({
    gh: o.gh,
    pr,
    workspace: event.workspace,
    target,
    changedCount: event.changedCount,
    wanted: o.wanted,
    maxBytes: o.maxBytes,
    warn: log.warn,
    git: o.git,
  });
  log.info(`PolicyGate: ${got.files.length} changed files (read from the ${got.via})`);
  return got;
}

/**
 * What the scan reads, as the scan's options name it: the texts read as data and their base
 * versions; or the checkout, narrowed to the changed files (when only those are scanned), read at
 * the pull request's head and compared with its base. `anything`: whether a file is left to scan
 * (without one, the check run is created done rather than in progress).
 */
export function scanSelection(
  event: ActionEvent,
  source: PullRequestFiles | undefined,
  globs: { include: string[]; exclude: string[]; wanted: (path: string) => boolean },
) {
  const { pr, workspace } = event;
  const supplied = source?.supplied;
  const anything = !source || source.files.some((f) => globs.wanted(f.path));
  if (supplied) return { files: { given: supplied.files }, compareWith: supplied.base, anything };
  const changed = source && new Set(source.files.map((f) => path.resolve(workspace, f.path)));
  const { include, exclude } = globs;
  return { files: { paths: ['.'], include, exclude, changed, at: pr?.headSha }, compareWith: pr?.baseSha, anything };
}

/**
 * A file's line as the pull request's head has it, for suggestions: the texts read as data, else
 * the head commit in the workspace's git, else the work tree. Each file is read once.
 */
export function headLines(
  event: ActionEvent,
  supplied: SuppliedFiles | undefined,
  git: WorkspaceGit,
): (file: string, line: number) => string | undefined {
  const texts = new Map((supplied?.files ?? []).map((f) => [f.rel, f.text]));
  const lines = new Map<string, string[]>();
  return (file, line) => {
    let got = lines.get(file);
    if (!got) {
      let text: string | undefined;
      try {
        text =
          texts.get(file) ??
          ((event.pr && git.readAt(event.pr.headSha, file)) || readFileSync(path.join(event.workspace, file), 'utf8'));
      } catch {
        text = undefined;
      }
      got = text === undefined ? [] : text.split(/\r?\n/);
      lines.set(file, got);
    }
    return got[line - 1];
  };
}
