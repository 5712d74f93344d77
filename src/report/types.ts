/** What every reporter receives: the findings and the run's facts, plus rule descriptions as data. */
import type { FailOn, ScanResult } from '../findings/types.js';

export interface RuleDescription {
  id: string;
  severity: string;
  title: string;
  why: string;
  fix: string;
  helpUri: string;
}

export interface ReportInput {
  result: ScanResult;
  failOn: FailOn;
  toolVersion: string;
  /** Descriptions of the rules findings may name (SARIF's rule table); reporters never import rules. */
  rules: RuleDescription[];
  /** Findings left out because their fingerprint is in the `--baseline`. */
  baselined?: number;
}

/** How the stylish report is laid out (the other formats take none of it but `color`). */
export interface StyleOptions {
  color?: boolean;
  /** One line a finding, no fix text. */
  compact?: boolean;
  /** List suppressed findings too. */
  showSuppressed?: boolean;
  /** Only the findings at or above fail-on. */
  quiet?: boolean;
  /** Where the user stands and the folder findings' files are relative to: paths are shown from `cwd`. */
  cwd?: string;
  workspace?: string;
  /** Columns to wrap at. */
  width?: number;
}

export type Reporter = (input: ReportInput, opts?: StyleOptions) => string;
