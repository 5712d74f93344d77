/**
 * What the Action leaves on the runner: the JSON report (and SARIF when asked) before anything is
 * posted, then the job summary, workflow-command annotations when the check run could not carry
 * the result, the step's outputs, one log line and the step's result.
 */
import * as core from '@actions/core';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { countBySeverity, severityRank, verdict, type FailOn, type ScanResult } from '../findings/types.js';
import { annotation } from '../report/github.js';
import { REPORTERS } from '../report/index.js';
import type { RuleDescription } from '../report/types.js';
import type { Published } from './publish.js';

export interface Reports {
  result: ScanResult;
  failOn: FailOn;
  toolVersion: string;
  rules: RuleDescription[];
}

/**
 * Logs what the scan could not do (warnings on their files and lines; Access Analyzer not run when
 * it was left to decide) and returns why the gate fails closed, if it must: changed files left
 * unread, or a requested check that could not run.
 */
export function logScan(result: ScanResult, unread: string | undefined, accessAnalyzer: string): string | undefined {
  const aa = result.accessAnalyzer;
  if (!aa.ran && aa.skipped && accessAnalyzer === 'auto') core.notice(`Access Analyzer: not run (${aa.skipped}).`);
  for (const w of result.warnings) core.warning(w.message, { file: w.file, startLine: w.line ?? undefined });
  return [unread, aa.error].filter(Boolean).join('; ') || undefined;
}

/** Writes the JSON report to the runner's temp folder and SARIF where asked; returns the report's path. */
export function writeReports(report: Reports, workspace: string, sarifPath: string | undefined): string {
  const reportFile = path.join(process.env.RUNNER_TEMP ?? workspace, 'policygate-report.json');
  writeFileSync(reportFile, REPORTERS.json(report));
  if (sarifPath) writeFileSync(sarifPath, REPORTERS.sarif(report));
  return reportFile;
}

export async function finish(o: {
  result: ScanResult;
  failOn: FailOn;
  /** Set when a requested check could not run: the step fails with it. */
  failure: string | undefined;
  published: Published;
  /** Whether the check run was asked for (input `check-run`). */
  checkRun: boolean;
  outputs: { 'sarif-file': string; 'report-file': string };
  requests: number;
}): Promise<void> {
  const { result, published, failure } = o;
  if (published.forbidden || !o.checkRun || !published.checkCompleted) annotate(result);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const notWritten = published.notWritten.length
      ? `\n\n### Not written to GitHub\n\n${published.notWritten.map((w) => `- ${w}`).join('\n')}\n`
      : '';
    await core.summary.addRaw(published.markdown + notWritten).write();
  }
  const counts = countBySeverity(result.findings);
  const outcome = verdict(result.findings, o.failOn, failure);
  core.setOutput('findings', String(result.findings.filter((f) => !f.suppressed).length));
  for (const [s, n] of Object.entries(counts)) core.setOutput(s, String(n));
  core.setOutput('conclusion', outcome);
  for (const [name, value] of Object.entries(o.outputs)) core.setOutput(name, value);
  const bySeverity = Object.entries(counts)
    .map(([s, n]) => `${n} ${s}`)
    .join(', ');
  core.info(
    `PolicyGate: ${outcome} (${bySeverity}); review: ${published.review?.posted ?? 0} new comments, ${published.review?.markedFixed ?? 0} marked fixed; not written: ${published.notWritten.length}; GitHub requests: ${o.requests}`,
  );
  if (failure) core.setFailed(failure);
  else if (outcome === 'failure') core.setFailed(`PolicyGate: findings at or above ${o.failOn}`);
}

/** Workflow-command annotations, most severe first (the runner shows only the first few). */
function annotate(result: ScanResult): void {
  const open = result.findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  for (const f of open) process.stdout.write(`${annotation(f)}\n`);
}
