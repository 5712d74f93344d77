/** The Finding: where engines meet reporters (the JSON report's shape, interface.md §3). */

import { SEVERITIES, type FailOn, type Severity } from '../inputs/constants.js';
export { SEVERITIES, type FailOn, type Severity };

export interface Suppression {
  kind: 'comment' | 'metadata' | 'config';
  reason: string;
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  title: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  resource: string | null;
  policy: string | null;
  source: 'policygate' | 'access-analyzer';
  helpUri: string;
  fingerprint: string;
  suppressed: boolean;
  suppression: Suppression | null;
  /** CDK templates: the construct path of the resource (`aws:cdk:path`), to find it in the app. */
  constructPath?: string;
  /**
   * The element meant could not be found in the file (an Access Analyzer path the parsed policy
   * cannot follow, a stage that failed before a node was known): the position is that of the
   * nearest enclosing element.
   */
  approximate?: true;
  /**
   * One certain edit that fixes the finding: the text in this range (1-based, end exclusive as
   * the finding's own range) becomes `replacement`. Review comments offer it as a suggestion.
   */
  fix?: { line: number; column: number; endLine: number; endColumn: number; replacement: string };
  /**
   * Findings this one implies on the same element, folded into it (one problem, one finding;
   * src/findings/fold.ts): their rule ids and fingerprints, for suppressions and baselines, and
   * what they said. The message names them ("Also: …"). Absent when nothing was folded.
   */
  folded?: FoldedFinding[];
  /**
   * Only in the JSON report: this finding is implied by the one with this fingerprint and folded
   * into it. It is listed so that every rule's verdict stays machine-readable; counts, `fail-on`
   * and every other output count the one it is folded into.
   */
  foldedInto?: string;
  /**
   * PolicyGate itself failed on this file (a rule or a stage threw): the file is not fully
   * checked. Never suppressed, never re-rated by the config, and it fails the run under every
   * `fail-on` but `never`. Absent on ordinary findings.
   */
  internal?: true;
}

/** A file that was a candidate but could not be looked at (too large, unreadable, a link out). */
export interface Warning {
  file: string;
  line: number | null;
  message: string;
  /** The run could not do what was asked (a path that does not exist): the CLI exits 2. */
  fatal?: boolean;
}

/** A resource whose analysis rested on values that could not be resolved. */
export interface Partial {
  file: string;
  resource: string | null;
  reasons: string[];
}

/** What a changed policy newly allows (`added`) and no longer allows, as "action on resource". */
export interface PermissionChange {
  file: string;
  resource: string | null;
  policy: string | null;
  added: string[];
  removed: string[];
}

export interface ScanResult {
  findings: Finding[];
  warnings: Warning[];
  partial: Partial[];
  files: number;
  templates: number;
  policies: number;
  /**
   * The secret values masked in this result (parameter values given, NoEcho parameters), for
   * `core.setSecret`. Not enumerable: set by the scan, never serialised into a report.
   */
  readonly secrets?: readonly string[];
  /** Present when the scan compared with a base branch. */
  changes?: PermissionChange[];
  /** The IAM action catalogue the rules used: where from, its date and age in days. */
  catalogue?: { source: 'bundled' | 'file'; version: string; date: string; ageDays: number; allowed: number };
  accessAnalyzer: {
    ran: boolean;
    calls: number;
    /** Custom-check calls, which AWS bills. */
    billedCalls?: number;
    skipped: string | null;
    /** A requested check that could not run: the run fails with this reason. */
    error?: string;
    notes?: string[];
  };
}

export const severityRank = (s: Severity): number => SEVERITIES.indexOf(s);

/** Whether a finding counts toward failing the run. */
export function fails(f: Finding, failOn: FailOn): boolean {
  if (f.suppressed || failOn === 'never') return false;
  return f.internal === true || severityRank(f.severity) <= severityRank(failOn);
}

export function conclusion(findings: Finding[], failOn: FailOn): 'success' | 'failure' {
  return findings.some((f) => fails(f, failOn)) ? 'failure' : 'success';
}

/**
 * The gate's verdict: failure when something that was asked for could not be done (a required
 * check that did not run, changed files that were not read), else by the findings and `fail-on`.
 */
export function verdict(findings: Finding[], failOn: FailOn, couldNotRun?: string): 'success' | 'failure' {
  return couldNotRun ? 'failure' : conclusion(findings, failOn);
}

/** What a folded finding said, and where: enough to list it on its own in the JSON report. */
export interface FoldedFinding {
  ruleId: string;
  fingerprint: string;
  message: string;
  severity: Severity;
  title: string;
  helpUri: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** A finding's fingerprint and those of the findings folded into it: all are still open. */
export const fingerprintsOf = (f: Finding): string[] =>
  f.folded?.length ? [f.fingerprint, ...f.folded.map((x) => x.fingerprint)] : [f.fingerprint];

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const f of findings) if (!f.suppressed) out[f.severity]++;
  return out;
}

/** Most severe first, then by file and line: the order every reporter shows. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    a.file.localeCompare(b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    severityRank(a.severity) - severityRank(b.severity) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}
