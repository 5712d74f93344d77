/**
 * Which files to read: the paths given, walked for files matching the include globs and not the
 * exclude globs. Links that lead outside the scanned folder are not followed (a warning says so),
 * nor are .git and node_modules folders.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { Warning } from '../findings/types.js';

import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../inputs/constants.js';
export { DEFAULT_EXCLUDE, DEFAULT_INCLUDE };

export interface Candidate {
  /** Absolute path. */
  abs: string;
  /** Relative to the scan's root (the repository, see inputs/paths.ts), forward slashes: the path reports show. */
  rel: string;
}

export interface DiscoverOptions {
  cwd: string;
  paths: string[];
  include?: string[];
  exclude?: string[];
}

/** Whether a path (relative to the scanned folder) is a candidate: it matches `include` and not `exclude`. */
export function candidateMatcher(include: string[], exclude: string[]): (rel: string) => boolean {
  const included = picomatch(include.length ? include : DEFAULT_INCLUDE, { dot: true });
  const excluded = exclude.length ? picomatch(exclude, { dot: true }) : () => false;
  return (rel) => included(rel) && !excluded(rel);
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);

export const toRel = (cwd: string, abs: string): string => {
  const rel = path.relative(cwd, abs).split(path.sep).join('/');
  return rel === '' ? '.' : rel;
};

export async function discover(opts: DiscoverOptions): Promise<{ candidates: Candidate[]; warnings: Warning[] }> {
  const include = picomatch(opts.include?.length ? opts.include : DEFAULT_INCLUDE, { dot: true });
  const excludeGlobs = opts.exclude ?? DEFAULT_EXCLUDE;
  const exclude = excludeGlobs.length ? picomatch(excludeGlobs, { dot: true }) : () => false;
  const candidates: Candidate[] = [];
  const warnings: Warning[] = [];
  const seen = new Set<string>();

  /**
   * Globs match paths relative to the folder being scanned, wherever it is (`scan /elsewhere`,
   * `scan ../repo`, `scan infra`): `**` never matches `..`, so globs matched from the working
   * directory would find nothing outside it.
   */
  const globRel = (abs: string, root: string): string => toRel(root, abs);

  const add = (abs: string, explicit: boolean, root: string): void => {
    const rel = toRel(opts.cwd, abs);
    if (seen.has(abs)) return;
    // A file named on the command line is read whatever its name; a walked one must match.
    const g = globRel(abs, root);
    if (!explicit && (!include(g) || exclude(g))) return;
    seen.add(abs);
    candidates.push({ abs, rel });
  };

  const walk = async (dir: string, root: string, visited: Set<string>): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      warnings.push({
        file: toRel(opts.cwd, dir),
        line: null,
        message: `cannot read this folder: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const abs = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name) && !exclude(`${globRel(abs, root)}/`)) await walk(abs, root, visited);
      } else if (entry.isFile()) add(abs, false, root);
      else if (!entry.isSymbolicLink()) {
        // A FIFO, socket or device with a candidate's name: never opened, but never skipped in silence.
        const rel = toRel(opts.cwd, abs);
        const g = globRel(abs, root);
        if (include(g) && !exclude(g) && !seen.has(abs)) {
          seen.add(abs);
          const kind = entry.isFIFO() ? 'a FIFO (named pipe)' : entry.isSocket() ? 'a socket' : 'a device';
          warnings.push({ file: rel, line: null, message: `${kind}, not a regular file; not scanned` });
        }
      } else if (entry.isSymbolicLink()) {
        const rel = toRel(opts.cwd, abs);
        if (!include(globRel(abs, root)) && !(await isDir(abs))) continue;
        let real: string;
        try {
          real = await fs.realpath(abs);
        } catch {
          warnings.push({ file: rel, line: null, message: 'a link whose target does not exist; not read' });
          continue;
        }
        const realRoot = await fs.realpath(root);
        if (real !== realRoot && !real.startsWith(realRoot + path.sep)) {
          warnings.push({
            file: rel,
            line: null,
            message: `a link to ${real}, outside the scanned folder; not followed`,
          });
          continue;
        }
        if (await isDir(real)) {
          if (!visited.has(real)) {
            visited.add(real);
            await walk(abs, root, visited);
          }
        } else add(abs, false, root);
      }
    }
  };

  for (const p of opts.paths.length ? opts.paths : ['.']) {
    const abs = path.resolve(opts.cwd, p);
    let st;
    try {
      st = await fs.stat(abs);
    } catch (e) {
      warnings.push({
        file: p,
        line: null,
        message: `no such file or folder (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
        fatal: true,
      });
      continue;
    }
    const warned = warnings.length;
    if (st.isDirectory()) await walk(abs, abs, new Set([await fs.realpath(abs)]));
    else add(abs, true, path.dirname(abs));
    const found = seen.has(abs) || candidates.some((c) => c.abs.startsWith(abs + path.sep));
    if (!found && warnings.length === warned) {
      // Never a silent success: say that this path gave nothing to scan.
      // Relative to the scan's root; absolute when it is that root ('.' would say little).
      const rel = toRel(opts.cwd, abs);
      const file = rel === '.' || rel.startsWith('../') ? abs : rel;
      warnings.push({ file, line: null, message: 'holds no file matching the paths globs; nothing scanned there' });
    }
  }
  return { candidates, warnings };
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}
