/**
 * Reads one candidate file, or says in a warning why it was not read. The file is opened without
 * blocking and checked on the open handle, so a FIFO or device (or a file swapped for one after
 * discovery) never blocks the run.
 */
import { constants, promises as fs } from 'node:fs';
import type { Warning } from '../findings/types.js';
import type { Candidate } from './discover.js';
import { decodeText } from './decode.js';

/** CloudFormation accepts templates up to 1 MB; anything far beyond is not a template. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

export async function readCandidate(c: Candidate, warnings: Warning[]): Promise<string | undefined> {
  let handle: fs.FileHandle | undefined;
  try {
    const st = await fs.stat(c.abs);
    if (!st.isFile()) {
      warnings.push({ file: c.rel, line: null, message: `${kindOf(st)}, not a regular file; not scanned` });
      return undefined;
    }
    handle = await fs.open(c.abs, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
    const opened = await handle.stat();
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
    const decoded = decodeText(await handle.readFile());
    if ('binary' in decoded) {
      warnings.push({ file: c.rel, line: null, message: 'a binary file (it holds NUL bytes); not scanned' });
      return undefined;
    }
    return decoded.text;
  } catch (e) {
    warnings.push({
      file: c.rel,
      line: null,
      message: `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).name}); not scanned`,
    });
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
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
