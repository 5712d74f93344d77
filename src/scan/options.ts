/**
 * What a scan is asked to do: which files (and at which version), with which settings. Its own
 * module so the scan's parts (nested stacks, workers) can name it without importing the scan.
 */
import type { IAMClient } from '@aws-sdk/client-iam';
import type { AccessAnalyzerOptions } from '../engines/access-analyzer/engine.js';
import type { CatalogueSettings } from '../iam/catalogue.js';
import type { Config } from '../inputs/config.js';
import type { ResolveOptions } from '../template/resolve.js';

export interface ScanOptions extends ResolveOptions {
  cwd: string;
  paths: string[];
  include?: string[];
  exclude?: string[];
  /** Only files changed since the merge base with this git ref (`--base`), compared with it. */
  base?: string;
  /** Only these files (absolute paths), e.g. the ones a pull request changed. */
  only?: Set<string>;
  /** The config file: `rules:` overrides and `ignore:` entries. */
  config?: Config;
  /** Run the Access Analyzer checks on the scanned policies (undefined or mode off: do not). */
  accessAnalyzer?: Omit<AccessAnalyzerOptions, 'base' | 'mode'> & { mode: 'auto' | 'on' | 'off' };
  /**
   * A git ref to compare each policy with (the permission diff, CheckNoNewAccess) when the files
   * are not chosen by `base` (which is compared with already): a pull request's base commit.
   */
  compareWith?: string;
  /**
   * Read the files as they are at this commit rather than in the work tree: on a pull request the
   * checkout is the merge commit, but review comments and diff lines are in the head's coordinates.
   */
  readAt?: string;
  /**
   * The files as data instead of from disk: on `pull_request_target`, the pull request's files read
   * through the GitHub API (never checked out), with their base versions (by path) for the
   * comparisons. Replaces discovery, `base`, `only` and `readAt`.
   */
  supplied?: { files: { rel: string; text: string }[]; base: Map<string, string> };
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
