/**
 * One candidate file, read and analysed: the unit of work of a scan, in the main thread or in a
 * worker. What it returns is plain data (no model unless asked), so it crosses threads as is.
 */
import type { Candidate } from '../files/discover.js';
import { readAtRef } from '../files/git.js';
import { readCandidate } from '../files/read.js';
import { analyseText, type FileResult } from '../engines/analyse.js';
import type { Warning } from '../findings/types.js';
import type { Rule } from '../rules/types.js';
import type { ResolveOptions } from '../template/resolve.js';
import { MAY_NEST } from './nested.js';
import { configureCatalogue, type CatalogueSettings } from '../iam/catalogue.js';

export interface FileContext {
  cwd: string;
  /** Read the file at this commit rather than in the work tree (when it is there). */
  readAt?: string;
  options: ResolveOptions;
  /** The IAM catalogue of the run, set in each worker as in the main thread. */
  catalogue?: CatalogueSettings;
}

export interface FileScan {
  /** Why the file was not read (then `result` is undefined). */
  readWarnings: Warning[];
  result?: FileResult;
  /** The text may declare nested stacks: its model is needed to follow them. */
  mayNest: boolean;
  /**
   * A worker's answer for a file that may declare nested stacks: not analysed there, as its model
   * is needed in the main thread and does not cross threads; the main thread analyses it, so the
   * file is still parsed once.
   */
  deferred?: true;
}

/**
 * What becomes of the file's model once its rules ran: `keep` returns it; `nesting` returns it
 * only for a file that may declare nested stacks (the main thread's share of a threaded scan);
 * `worker` returns none, and leaves a file that may nest to the main thread (`deferred`).
 */
export type ModelUse = 'keep' | 'nesting' | 'worker';

export function scanFile(c: Candidate, ctx: FileContext, rules: readonly Rule[], use: ModelUse): FileScan {
  configureCatalogue(ctx.catalogue);
  const readWarnings: Warning[] = [];
  const disk = readCandidate(c, readWarnings);
  const text = disk !== undefined && ctx.readAt ? (readAtRef(ctx.cwd, ctx.readAt, c.rel) ?? disk) : disk;
  if (text === undefined) return { readWarnings, mayNest: false };
  const mentionsStacks = MAY_NEST.test(text);
  // The main thread reads it again, with its own warnings.
  if (use === 'worker' && mentionsStacks) return { readWarnings: [], mayNest: true, deferred: true };
  const result = analyseText(c.rel, text, ctx.options, rules);
  const mayNest = mentionsStacks && result.model?.template !== undefined;
  if (use === 'keep' || (use === 'nesting' && mayNest)) return { readWarnings, result, mayNest };
  delete result.model;
  return { readWarnings, result, mayNest };
}
