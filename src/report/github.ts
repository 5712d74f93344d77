/** `--format github`: workflow-command annotations, most severe first. */
import { severityRank, type Finding, type Severity } from '../findings/types.js';
import type { Reporter } from './types.js';

export const LEVEL: Record<Severity, 'error' | 'warning' | 'notice'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'notice',
  info: 'notice',
};

// Workflow commands end at a newline and split properties at commas and colons.
const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(f: Finding): string {
  const props = [
    `file=${escapeProperty(f.file)}`,
    `line=${f.line}`,
    `endLine=${f.endLine}`,
    ...(f.line === f.endLine ? [`col=${f.column}`, `endColumn=${f.endColumn}`] : []),
    `title=${escapeProperty(`${f.severity.toUpperCase()} ${f.ruleId}: ${f.title}`)}`,
  ];
  return `::${LEVEL[f.severity]} ${props.join(',')}::${escapeData(f.message)}`;
}

export const githubReport: Reporter = ({ result }) => {
  const open = result.findings.filter((f) => !f.suppressed);
  const sorted = [...open].sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  const lines = sorted.map(annotation);
  for (const w of result.warnings) {
    lines.push(
      `::warning file=${escapeProperty(w.file)}${w.line ? `,line=${w.line}` : ''},title=PolicyGate::${escapeData(w.message)}`,
    );
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
};
