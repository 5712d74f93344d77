/**
 * Paths that come from the repository (the config file, and the paths it names) are untrusted:
 * after following links they must stay inside the workspace, or the run stops with exit 2 naming
 * the setting. Messages name the setting and the path, never anything read from the file.
 */
import { existsSync, realpathSync, statSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** Whether `p` is `root` or below it (both absolute, links already resolved). */
export function isInside(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * `p` resolved against the workspace, with links followed; a path that does not exist yet (an
 * output file) is resolved through its nearest existing parent. Throws a UsageError naming
 * `setting` when the result is outside the workspace. Returns the absolute path.
 */
export function containedPath(workspace: string, p: string, setting: string): string {
  const root = realpathSync(workspace);
  const abs = path.resolve(workspace, p);
  let real: string;
  let existing = abs;
  const rest: string[] = [];
  for (;;) {
    try {
      real = path.join(realpathSync(existing), ...rest.reverse());
      break;
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) throw new UsageError(`${setting}: ${p} cannot be resolved`);
      rest.push(path.basename(existing));
      existing = parent;
    }
  }
  if (!isInside(root, real)) {
    throw new UsageError(`${setting}: ${p} is outside the workspace (after following links); it must stay inside it`);
  }
  return real;
}

/** A glob from the config must not climb out of the workspace (`..`) or start at the root. */
export function containedGlob(glob: string, setting: string): string {
  const g = glob.trim();
  if (path.isAbsolute(g) || /^[A-Za-z]:[\\/]/.test(g) || g.split(/[\\/]/).includes('..')) {
    throw new UsageError(`${setting}: the glob ${g} reaches outside the workspace; globs are relative to it`);
  }
  return g;
}

/** Files named by the config are small text files (parameters); this bounds what is read. */
export const MAX_CONFIG_FILE_BYTES = 1024 * 1024;

/**
 * Reads a file the repository names (`setting` says which): inside the workspace, a regular file
 * (never a FIFO or device, never /proc), at most MAX_CONFIG_FILE_BYTES.
 */
export function readContainedFile(workspace: string, p: string, setting: string): string {
  const real = containedPath(workspace, p, setting);
  let st;
  try {
    st = statSync(real);
  } catch (e) {
    throw new UsageError(`${setting}: ${p} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!st.isFile()) throw new UsageError(`${setting}: ${p} is not a regular file`);
  if (st.size > MAX_CONFIG_FILE_BYTES) {
    throw new UsageError(`${setting}: ${p} is larger than ${MAX_CONFIG_FILE_BYTES / 1048576} MB`);
  }
  try {
    return readFileSync(real, 'utf8');
  } catch (e) {
    throw new UsageError(`${setting}: ${p} cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** A file the user named on the command line (`--parameters`): theirs to choose, wherever it is. */
export function readUserFile(cwd: string, p: string, setting: string): string {
  const abs = path.resolve(cwd, p);
  let st;
  try {
    st = statSync(abs);
  } catch (e) {
    throw new UsageError(`${setting} ${p}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!st.isFile()) throw new UsageError(`${setting} ${p}: not a regular file`);
  if (st.size > MAX_CONFIG_FILE_BYTES)
    throw new UsageError(`${setting} ${p}: larger than ${MAX_CONFIG_FILE_BYTES / 1048576} MB`);
  try {
    return readFileSync(abs, 'utf8');
  } catch (e) {
    throw new UsageError(`${setting} ${p}: cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a worktree's file), if any. */
export function repositoryRoot(dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (existsSync(path.join(d, '.git'))) return d;
    if (path.dirname(d) === d) return undefined;
  }
}

/** The paths a CLI scan was given, checked, and the folder its report is relative to. */
export interface Targets {
  /** Absolute, each an existing file or folder. */
  paths: string[];
  /**
   * Reports name files relative to this folder, so a folder scanned from inside, by absolute path
   * or as `../folder` gives the same findings: the repository holding every path; else the working
   * directory when it holds them all; else their nearest common folder.
   */
  root: string;
}

export function resolveTargets(cwd: string, given: string[]): Targets {
  const paths = (given.length ? given : ['.']).map((p) => {
    const abs = path.resolve(cwd, p);
    try {
      statSync(abs);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new UsageError(
        code === 'ENOENT' ? `${p}: no such file or folder` : `${p}: cannot be read (${code ?? 'error'})`,
      );
    }
    return abs;
  });
  const folders = paths.map((p) => (statSync(p).isDirectory() ? p : path.dirname(p)));
  const holdsAll = (root: string) => folders.every((f) => isInside(root, f));
  const repo = repositoryRoot(folders[0]);
  if (repo && holdsAll(repo)) return { paths, root: repo };
  if (holdsAll(path.resolve(cwd))) return { paths, root: path.resolve(cwd) };
  let common = folders[0];
  while (!holdsAll(common)) common = path.dirname(common);
  return { paths, root: common };
}

/**
 * The config file for a scan of `folder`: `.github/policygate.yml` there, or in the nearest parent
 * up to `root` (the repository). Returns its path relative to `root`, or undefined.
 */
export function findConfig(folder: string, root: string, name: string): string | undefined {
  for (let d = folder; isInside(root, d); d = path.dirname(d)) {
    if (existsSync(path.join(d, name))) return path.relative(root, path.join(d, name)).split(path.sep).join('/');
    if (d === root || path.dirname(d) === d) break;
  }
  return undefined;
}
