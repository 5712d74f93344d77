/**
 * What a scan is asked to do: which files (and at which version), with which settings. Its own
 * module so the scan's parts (nested stacks, workers) can name it without importing the scan.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import type { AccessAnalyzerOptions } from '../engines/access-analyzer/engine.js';
import type { CatalogueSettings } from '../iam/catalogue.js';
import type { Config } from '../inputs/config.js';
import type { ResolveOptions } from '../template/resolve.js';

/** A file given as data rather than read from disk. */
export interface GivenFile {
  rel: string;
  text: string;
}

/**
 * Which files the scan reads, and which version of them: one way each.
 * - Found on disk under `paths` (with the include/exclude globs); `changed` narrows them to a
 *   change's files (absolute paths: `--base`'s, or a pull request's); `at` reads each at that commit
 *   instead of the work tree (a pull request's head, when the checkout is the merge commit).
 * - Given as data (standard input; a `pull_request_target` pull request's files, never checked out).
 */
export type FileSelection =
  | { paths: string[]; include?: string[]; exclude?: string[]; changed?: ReadonlySet<string>; at?: string }
  | { given: readonly GivenFile[] };

export interface ScanOptions extends ResolveOptions {
  cwd: string;
  files: FileSelection;
  /**
   * What each policy is compared with (the permission diff, CheckNoNewAccess): the same files at a
   * git ref (`--base`, a pull request's base commit), or their earlier texts by path (read with
   * the given files).
   */
  compareWith?: string | ReadonlyMap<string, string>;
  /** The config file: `rules:` overrides and `ignore:` entries. */
  config?: Config;
  /** Run the Access Analyzer checks on the scanned policies (undefined or mode off: do not). */
  accessAnalyzer?: Omit<AccessAnalyzerOptions, 'base' | 'mode'> & { mode: 'auto' | 'on' | 'off' };
  /** The IAM action catalogue's replacement services (`--iam-data FILE`); `allow-actions` comes from `config`. */
  catalogue?: Omit<CatalogueSettings, 'allow'>;
  /** For tests: the IAM client that fetches managed policies. */
  iamClient?: IAMClient;
  /**
   * Worker threads for the files (when the entry enabled them): given, exactly that many;
   * undefined, one per core for scans of at least MIN_FILES_FOR_WORKERS files.
   */
  jobs?: number;
}
