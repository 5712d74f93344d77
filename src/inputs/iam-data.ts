/**
 * `--iam-data bundled|FILE`: AWS's service reference JSON (the machine-readable Service
 * Authorization Reference) saved to a file, read here. A file that does not exist or cannot be
 * read is exit 2, like any path the user names; one that is not JSON falls back to the bundled
 * catalogue with a warning (the shape of its content is checked where it is packed, in src/iam/).
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

/** Every service's document together is some tens of megabytes; past this the file is not read. */
export const MAX_IAM_DATA_BYTES = 256 * 1048576;

export type IamData = { file: string; data: unknown; date: string } | { file: string; warning: string };

export function readIamData(cwd: string, given: string): IamData | undefined {
  if (given === 'bundled') return undefined;
  const abs = path.resolve(cwd, given);
  const fail = (why: string) => new UsageError(`--iam-data ${given}: ${why}`);
  let st;
  try {
    st = statSync(abs);
  } catch (e) {
    throw fail(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'}); expected bundled or a file`);
  }
  if (!st.isFile()) throw fail('not a regular file');
  if (st.size > MAX_IAM_DATA_BYTES) throw fail(`larger than ${MAX_IAM_DATA_BYTES / 1048576} MB`);
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch (e) {
    throw fail(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  // The day the file was saved: the reference has no date of its own.
  const date = st.mtime.toISOString().slice(0, 10);
  try {
    return { file: given, data: JSON.parse(text) as unknown, date };
  } catch (e) {
    return { file: given, warning: `not JSON (${(e as Error).message})` };
  }
}
