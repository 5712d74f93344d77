/** `--format json`: the report contract of interface.md §3. */
import { conclusion, countBySeverity } from '../findings/types.js';
import type { Reporter } from './types.js';

export const jsonReport: Reporter = ({ result, failOn, toolVersion }) => {
  const bySeverity = countBySeverity(result.findings);
  const report = {
    version: 1,
    tool: { name: 'policygate', version: toolVersion },
    findings: result.findings,
    summary: {
      files: result.files,
      templates: result.templates,
      policies: result.policies,
      findings: result.findings.filter((f) => !f.suppressed).length,
      bySeverity,
      accessAnalyzer: result.accessAnalyzer,
    },
    conclusion: conclusion(result.findings, failOn),
    warnings: result.warnings,
    partial: result.partial,
    ...(result.changes ? { changes: result.changes } : {}),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};
