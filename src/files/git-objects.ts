/**
 * A pull request read from git objects, as data: on `pull_request_target` the fork's head is
 * fetched into the workspace's object store (never checked out, nothing in it run) and its files
 * are read as blobs. This lists every changed file (GitHub's REST list stops at 3,000) and costs
 * no API request (the workflow token has 1,000 an hour).
 */
import { execFileSync } from 'node:child_process';
import { decodeText } from './decode.js';
import { hasCommit, readAtRef } from './git.js';

const GIT_TIMEOUT_MS = 120_000;

const git = (cwd: string, args: string[], input?: string): Buffer =>
  execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
    cwd,
    input,
    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
    timeout: GIT_TIMEOUT_MS,
    // Never ask for credentials: a prompt would hang the run.
    env: { ...process.env, GIT_TERMINAL_PROMPT: '0' },
  });

/**
 * Brings the pull request's head (and its base, if missing) into the workspace's object store
 * from `origin`; true when both commits are then there. Nothing is checked out.
 */
export function fetchPullRequest(workspace: string, number: number, headSha: string, baseSha: string): boolean {
  const wanted = [
    ...(hasCommit(workspace, headSha) ? [] : [`refs/pull/${number}/head`]),
    ...(hasCommit(workspace, baseSha) ? [] : [baseSha]),
  ];
  if (wanted.length) {
    try {
      git(workspace, ['fetch', '--quiet', '--no-tags', '--no-recurse-submodules', 'origin', ...wanted]);
    } catch {
      return false;
    }
  }
  return hasCommit(workspace, headSha) && hasCommit(workspace, baseSha);
}

export interface ChangedPath {
  path: string;
  status: 'added' | 'modified' | 'renamed' | 'copied' | 'changed';
  /** The path at the base, for a renamed or copied file. */
  previousPath?: string;
}

const STATUS: Record<string, ChangedPath['status']> = {
  A: 'added',
  M: 'modified',
  R: 'renamed',
  C: 'copied',
  T: 'changed',
};

/** The files a pull request changes, as GitHub lists them (merge base to head), deletions left out. */
export function changedPaths(workspace: string, baseSha: string, headSha: string): ChangedPath[] {
  const out = git(workspace, [
    'diff',
    '--name-status',
    '-z',
    '--find-renames',
    '--diff-filter=ACMRT',
    `${baseSha}...${headSha}`,
  ])
    .toString('utf8')
    .split('\0');
  const paths: ChangedPath[] = [];
  for (let i = 0; i < out.length - 1;) {
    const code = out[i++];
    const status = STATUS[code[0]];
    if (code[0] === 'R' || code[0] === 'C') {
      const previousPath = out[i++];
      paths.push({ path: out[i++], status, previousPath });
    } else paths.push({ path: out[i++], status });
  }
  return paths;
}

export type BlobText = { text: string } | { skipped: string };

/**
 * The text of each path at a commit, read in two `git cat-file` calls whatever the count: sizes
 * first, then the blobs under `maxBytes`. A path absent at that commit is left out of the map.
 */
export function readBlobs(workspace: string, sha: string, paths: string[], maxBytes: number): Map<string, BlobText> {
  const out = new Map<string, BlobText>();
  // cat-file's batch input is one name a line: a path with a line break cannot be named there.
  const named: string[] = [];
  for (const p of paths) {
    if (/[\r\n]/.test(p)) out.set(p, { skipped: 'its name holds a line break' });
    else named.push(p);
  }
  if (!named.length) return out;
  const spec = (p: string) => `${sha}:${p}`;
  const sizes = git(
    workspace,
    ['cat-file', '--batch-check=%(objecttype) %(objectsize)'],
    named.map(spec).join('\n') + '\n',
  )
    .toString('utf8')
    .split('\n');
  const small: string[] = [];
  named.forEach((p, i) => {
    const [type, size] = (sizes[i] ?? '').split(' ');
    if (type !== 'blob') return; // missing at this commit, or a submodule / folder
    if (Number(size) > maxBytes) out.set(p, { skipped: `over the ${maxBytes / 1048576} MB PolicyGate reads` });
    else small.push(p);
  });
  if (!small.length) return out;
  const batch = git(workspace, ['cat-file', '--batch'], small.map(spec).join('\n') + '\n');
  let at = 0;
  for (const p of small) {
    const eol = batch.indexOf(0x0a, at);
    const size = Number(batch.subarray(at, eol).toString('latin1').split(' ')[2]);
    const bytes = batch.subarray(eol + 1, eol + 1 + size);
    at = eol + 1 + size + 1;
    const decoded = decodeText(bytes);
    out.set(p, 'text' in decoded ? { text: decoded.text } : { skipped: 'a binary file (it holds NUL bytes)' });
  }
  return out;
}

/** The workspace's git as the pull-request reader uses it (handed over by the entry). */
export function workspaceGit(workspace: string) {
  return {
    fetchPullRequest: (number: number, headSha: string, baseSha: string) =>
      fetchPullRequest(workspace, number, headSha, baseSha),
    changedPaths: (baseSha: string, headSha: string) => changedPaths(workspace, baseSha, headSha),
    readBlobs: (sha: string, paths: string[], maxBytes: number) => readBlobs(workspace, sha, paths, maxBytes),
    hasCommit: (sha: string) => hasCommit(workspace, sha),
    readAt: (sha: string, path: string) => readAtRef(workspace, sha, path),
  };
}
