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
}

export type Reporter = (input: ReportInput, opts?: { color?: boolean }) => string;
