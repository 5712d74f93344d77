/** `--base REF`: the files changed since the merge base with REF, from git. */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { decodeText } from './decode.js';
import { UsageError } from '../inputs/errors.js';

/** git's own first line of complaint, or why git could not run. */
const gitReason = (e: unknown): string =>
  (
    String((e as { stderr?: unknown }).stderr ?? '')
      .trim()
      .split('\n')[0] || (e as Error).message.split('\n')[0]
  ).replace(/^fatal: /, '');

/** No git call may hang a run (a lock, a credential prompt, a huge repository). */
const GIT_TIMEOUT_MS = 60_000;

export function changedSince(cwd: string, base: string): Set<string> {
  const git = (dir: string, ...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 << 20,
      timeout: GIT_TIMEOUT_MS,
    });
  let top: string;
  try {
    top = git(cwd, 'rev-parse', '--show-toplevel').trim();
  } catch (e) {
    throw new UsageError(`--base ${base}: ${cwd} is not in a git repository (${gitReason(e)})`);
  }
  if (!hasCommit(top, base))
    throw new UsageError(`--base ${base}: git does not know this ref (fetch it, or check its name)`);
  let mergeBase: string;
  try {
    mergeBase = git(top, 'merge-base', base, 'HEAD').trim();
  } catch (e) {
    throw new UsageError(`--base ${base}: no merge base with HEAD (${gitReason(e)})`);
  }
  // Committed and uncommitted changes since the merge base (renames under their new name), and new files.
  const names = git(top, 'diff', '--name-only', '--diff-filter=ACMRT', '-z', mergeBase).split('\0').filter(Boolean);
  const untracked = git(top, 'ls-files', '--others', '--exclude-standard', '-z').split('\0').filter(Boolean);
  return new Set([...names, ...untracked].map((n) => path.join(top, n)));
}

/** A file's text at a git ref, or undefined when the ref or the file is not there. */
export function readAtRef(cwd: string, ref: string, relPath: string): string | undefined {
  let bytes: Buffer;
  try {
    bytes = execFileSync('git', ['show', `${ref}:./${relPath}`], {
      cwd,
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 << 20,
      timeout: GIT_TIMEOUT_MS,
    });
  } catch {
    return undefined;
  }
  const decoded = decodeText(bytes);
  return 'text' in decoded ? decoded.text : undefined;
}

/** Whether a ref names a commit in the local repository (a shallow checkout may lack it). */
export function hasCommit(cwd: string, ref: string): boolean {
  try {
    execFileSync('git', ['cat-file', '-e', `${ref}^{commit}`], { cwd, stdio: 'ignore', timeout: GIT_TIMEOUT_MS });
    return true;
  } catch {
    return false;
  }
}
