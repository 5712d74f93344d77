/**
 * The Markdown summary shown in the sticky pull-request comment, the job summary and the check
 * run: counts, the findings grouped as new / still open / fixed / suppressed with links to the
 * exact lines, and what was not analysed. Kept under a size limit in UTF-8 bytes (GitHub counts a
 * check run's summary in bytes), with a line saying what was cut; "What this change allows" has a
 * share of its own, so a pull request adding hundreds of policies cannot crowd out the findings.
 */
import {
  conclusion,
  countBySeverity,
  SEVERITIES,
  severityRank,
  type Finding,
  type PermissionChange,
  type Severity,
} from '../findings/types.js';
import { truncateUtf8, utf8Length } from './text-limits.js';
import type { ReportInput } from './types.js';
import { catalogueLine } from './catalogue.js';

export const SUMMARY_MARKER = '<!-- policygate:summary -->';

export interface FixedFinding {
  fingerprint: string;
  ruleId: string;
  file: string;
  line: number;
  severity: Severity;
  /** Absent in the compact state an earlier run left: the rule's title stands in. */
  message?: string;
}

export interface MarkdownOptions {
  /** Fingerprints already reported on this pull request before this run. */
  previous?: { has(fingerprint: string): boolean };
  fixed?: FixedFinding[];
  /** A link to a file and line range at the head commit. */
  link?: (file: string, line: number, endLine: number) => string;
  /** Longest output, in UTF-8 bytes (default 60,000). */
  limit?: number;
  /** Extra lines (the permission diff, notices) placed before the tables. */
  notes?: string[];
}

const ICON: Record<Severity, string> = { critical: '🟣', high: '🔴', medium: '🟠', low: '🔵', info: '⚪' };

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');

export function markdownSummary({ result, failOn, rules }: ReportInput, opts: MarkdownOptions = {}): string {
  const limit = opts.limit ?? 60_000;
  const counts = countBySeverity(result.findings);
  const open = result.findings.filter((f) => !f.suppressed);
  const failing = conclusion(result.findings, failOn) === 'failure';
  const bySev = SEVERITIES.filter((s) => counts[s]).map((s) => `${counts[s]} ${s}`);
  const head: string[] = [
    SUMMARY_MARKER,
    `## PolicyGate: ${failing ? '❌' : '✅'} ${open.length} finding${open.length === 1 ? '' : 's'}${bySev.length ? ` (${bySev.join(', ')})` : ''}`,
    '',
    `${failing ? 'Fails' : 'Passes'} the gate (\`fail-on: ${failOn}\`). Scanned ${result.files} file${result.files === 1 ? '' : 's'}: ${result.templates} template${result.templates === 1 ? '' : 's'}, ${result.policies} polic${result.policies === 1 ? 'y' : 'ies'}.`,
  ];
  if (result.catalogue) head.push('', `${catalogueLine(result.catalogue)}.`);
  const aa = result.accessAnalyzer;
  if (!aa.ran && aa.skipped) head.push('', `Access Analyzer: not run (${aa.skipped}).`);
  if (aa.ran)
    head.push(
      '',
      `Access Analyzer: ${aa.calls} call${aa.calls === 1 ? '' : 's'} (${aa.billedCalls ?? 0} billed custom-check call${aa.billedCalls === 1 ? '' : 's'}).`,
    );
  if (aa.error) head.push('', `**Access Analyzer could not run:** ${aa.error}`);
  for (const n of aa.notes ?? []) head.push('', n);
  for (const n of opts.notes ?? []) head.push('', n);
  for (const line of permissionDiff(result.changes, 40, Math.floor(limit / 4))) head.push(line);

  const link = (f: Finding) => {
    const text = `${f.file}:${f.line}`;
    return opts.link ? `[${cell(text)}](${opts.link(f.file, f.line, f.endLine)})` : `\`${cell(text)}\``;
  };
  const row = (f: Finding) =>
    `| ${ICON[f.severity]} ${f.severity} | [\`${f.ruleId}\`](${f.helpUri}) | ${link(f)}${f.resource ? ` (${cell(f.resource)})` : ''} | ${cell(f.message)} |`;
  const sorted = [...open].sort(
    (a, b) => severityRank(a.severity) - severityRank(b.severity) || a.file.localeCompare(b.file) || a.line - b.line,
  );
  const previous = opts.previous;
  const fresh = previous ? sorted.filter((f) => !previous.has(f.fingerprint)) : sorted;
  const still = previous ? sorted.filter((f) => previous.has(f.fingerprint)) : [];
  const suppressed = result.findings.filter((f) => f.suppressed);

  const sections: { title: string; rows: string[]; header: string }[] = [];
  const table = '| severity | rule | where | finding |\n|---|---|---|---|';
  if (fresh.length)
    sections.push({
      title: previous ? `### New (${fresh.length})` : `### Findings (${fresh.length})`,
      header: table,
      rows: fresh.map(row),
    });
  if (still.length) sections.push({ title: `### Still open (${still.length})`, header: table, rows: still.map(row) });
  if (opts.fixed?.length) {
    const titles = new Map(rules.map((r) => [r.id, r.title]));
    sections.push({
      title: `### Fixed (${opts.fixed.length})`,
      header: '| severity | rule | was at | finding |\n|---|---|---|---|',
      rows: opts.fixed.map(
        (f) =>
          `| ~~${f.severity}~~ | \`${f.ruleId}\` | \`${cell(`${f.file}:${f.line}`)}\` | ~~${cell(f.message ?? titles.get(f.ruleId) ?? '')}~~ |`,
      ),
    });
  }
  if (suppressed.length) {
    sections.push({
      title: `### Suppressed (${suppressed.length})`,
      header: '| rule | where | reason |\n|---|---|---|',
      rows: suppressed.map(
        (f) =>
          `| \`${f.ruleId}\` | ${link(f)} | ${cell(`${f.suppression?.kind ?? ''}: ${f.suppression?.reason || 'no reason given'}`)} |`,
      ),
    });
  }
  const notAnalysed = [
    ...result.warnings.map((w) => `- \`${cell(w.file)}${w.line ? `:${w.line}` : ''}\`: ${cell(w.message)}`),
    ...result.partial
      .filter((p) => p.resource)
      .map((p) => `- \`${cell(p.file)}\` ${cell(p.resource!)}: partly analysed (${cell(p.reasons.join('; '))})`),
  ];
  if (notAnalysed.length)
    sections.push({ title: `### Not analysed (${notAnalysed.length})`, header: '', rows: notAnalysed });

  // Fill sections in order until the limit; say what was left out.
  const out = [...head];
  let size = utf8Length(out.join('\n'));
  let omitted = 0;
  for (const s of sections) {
    const block = ['', s.title, ...(s.header ? ['', s.header] : [''])];
    const blockSize = utf8Length(block.join('\n'));
    if (size + blockSize + 200 > limit) {
      omitted += s.rows.length;
      continue;
    }
    for (const line of block) out.push(line);
    size += blockSize;
    for (const r of s.rows) {
      const rowSize = utf8Length(r) + 1;
      if (size + rowSize + 200 > limit) {
        omitted++;
        continue;
      }
      out.push(r);
      size += rowSize;
    }
  }
  if (omitted)
    out.push(
      '',
      `_${omitted} more row${omitted === 1 ? '' : 's'} left out to stay within GitHub's size limit; the SARIF and JSON reports have every finding._`,
    );
  // The head (notes, Access Analyzer's notes) is not cut above; whatever happens, the limit holds.
  const text = `${out.join('\n')}\n`;
  return utf8Length(text) <= limit
    ? text
    : `${truncateUtf8(text, limit - 60)}\n\n_Summary cut to fit GitHub's limit._\n`;
}

/**
 * "What this change allows": per changed policy, a diff block of granted actions, at most
 * `maxLines` lines a policy and `maxBytes` in all; the policies left out are counted.
 */
export function permissionDiff(changes: PermissionChange[] | undefined, maxLines = 40, maxBytes = 15_000): string[] {
  if (!changes?.length) return [];
  const out = ['', `### What this change allows (${changes.length} polic${changes.length === 1 ? 'y' : 'ies'})`];
  let size = utf8Length(out.join('\n'));
  let shown = 0;
  for (const c of changes) {
    const where = [c.file, c.resource, c.policy].filter(Boolean).join(' · ');
    const rows = [...c.added.map((l) => `+ ${l}`), ...c.removed.map((l) => `- ${l}`)];
    const block = ['', `**${cell(where)}**`, '', '```diff', ...rows.slice(0, maxLines)];
    if (rows.length > maxLines) block.push(`# … and ${rows.length - maxLines} more`);
    block.push('```');
    const blockSize = utf8Length(block.join('\n')) + 1;
    // Room is kept for the line that counts what was left out.
    if (size + blockSize + 120 > maxBytes) break;
    out.push(...block);
    size += blockSize;
    shown++;
  }
  if (shown < changes.length)
    out.push(
      '',
      `_… and ${changes.length - shown} more polic${changes.length - shown === 1 ? 'y' : 'ies'}: the JSON report lists what each allows._`,
    );
  return out;
}
