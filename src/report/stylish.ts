/**
 * `--format stylish`: findings grouped by file, coloured on a terminal, counts at the end. Paths
 * are shown from where the user stands (a terminal makes `path:line:col` clickable); messages wrap
 * at word boundaries under their own column. `--compact` is one grep-able line a finding.
 */
import path from 'node:path';
import wrapAnsi from 'wrap-ansi';
import { conclusion, countBySeverity, fails, SEVERITIES, type Finding, type Severity } from '../findings/types.js';
import type { Reporter, StyleOptions } from './types.js';
import { catalogueLine } from './catalogue.js';

const COLOR: Record<Severity, string> = { critical: '35;1', high: '31', medium: '33', low: '36', info: '2' };
/** Partly analysed resources listed before "… and N more" (the JSON report has them all). */
const PARTIAL_SHOWN = 20;

/** A repository-relative file as seen from `cwd` (unchanged without both). */
export function fromCwd(file: string, opts: StyleOptions): string {
  if (!opts.cwd || !opts.workspace || file === '.' || file === '') return file;
  const rel = path.relative(opts.cwd, path.join(opts.workspace, file));
  return rel === '' ? '.' : rel;
}

/** The fix's first sentence: the rule's page (`policygate rules ID`) has the rest. */
const firstSentence = (s: string): string => /^.*?[.!?](?=\s|$)/s.exec(s.trim())?.[0] ?? s.trim();

export const stylishReport: Reporter = ({ result, failOn, rules, baselined }, opts = {}) => {
  const c = (code: string, s: string): string => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const width = Math.max(60, Math.min(opts.width ?? 100, 160));
  const shown = (f: Finding) => (f.suppressed ? Boolean(opts.showSuppressed) : !opts.quiet || fails(f, failOn));
  const fixOf = new Map(rules.map((r) => [r.id, r.fix]));
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of result.findings) {
    if (!shown(f)) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  const label = (f: Finding) => (f.suppressed ? c('2', 'suppressed') : c(COLOR[f.severity], f.severity));
  const tail = (f: Finding) =>
    `${f.resource ? ` [${f.resource}]` : ''}  ${f.ruleId}${f.suppressed && f.suppression ? ` (suppressed: ${f.suppression.reason || 'no reason'})` : ''}`;
  if (opts.compact) {
    for (const [file, list] of byFile) {
      const shownFile = fromCwd(file, opts);
      for (const f of list) out.push(`${shownFile}:${f.line}:${f.column}: ${label(f)} ${f.message}${c('2', tail(f))}`);
    }
    if (byFile.size) out.push('');
  } else {
    for (const [file, list] of byFile) {
      out.push(c('4', fromCwd(file, opts)));
      const pos = list.map((f) => `${f.line}:${f.column}`);
      const posWidth = pos.reduce((w, p) => Math.max(w, p.length), 0);
      const indent = ' '.repeat(2 + posWidth + 2 + 10 + 2);
      const textWidth = Math.max(40, width - indent.length);
      list.forEach((f, i) => {
        // Wrapped before colouring, so the dim tail's codes never split a line.
        const lines = wrapAnsi(`${f.message}${tail(f)}`, textWidth, { hard: true, trim: true }).split('\n');
        const plain = f.suppressed ? 'suppressed' : f.severity;
        out.push(`  ${c('2', pos[i].padEnd(posWidth))}  ${label(f)}${' '.repeat(10 - plain.length)}  ${lines[0]}`);
        for (const l of lines.slice(1)) out.push(`${indent}${l}`);
        const fix = !f.suppressed && fixOf.get(f.ruleId);
        if (fix) {
          for (const l of wrapAnsi(`Fix: ${firstSentence(fix)}`, textWidth, { hard: true, trim: true }).split('\n'))
            out.push(`${indent}${c('2', l)}`);
        }
      });
      out.push('');
    }
  }
  if (result.changes?.length) {
    out.push(c('1', 'Permission changes against the base:'));
    for (const ch of result.changes) {
      out.push(`  ${[fromCwd(ch.file, opts), ch.resource, ch.policy].filter(Boolean).join(' · ')}`);
      for (const l of ch.added) out.push(`    ${c('32', `+ ${l}`)}`);
      for (const l of ch.removed) out.push(`    ${c('31', `- ${l}`)}`);
    }
    out.push('');
  }
  if (result.warnings.length) {
    out.push(c('33', 'Not analysed:'));
    for (const w of result.warnings) {
      const where = `  ${fromCwd(w.file, opts)}${w.line ? `:${w.line}` : ''}  `;
      const lines = wrapAnsi(w.message, Math.max(40, width - 4), { hard: true, trim: true }).split('\n');
      out.push(`${where}${lines[0]}`, ...lines.slice(1).map((l) => `    ${l}`));
    }
    out.push('');
  }
  const partial = result.partial.filter((p) => p.resource);
  if (partial.length && !opts.quiet) {
    out.push(c('2', 'Partly analysed (values not known offline; the rules that need them stayed quiet):'));
    for (const p of partial.slice(0, PARTIAL_SHOWN)) {
      const line = `${fromCwd(p.file, opts)}  ${p.resource}${p.reasons.length ? `: ${p.reasons.join('; ')}` : ''}`;
      const lines = wrapAnsi(line, Math.max(40, width - 4), { hard: true, trim: true }).split('\n');
      out.push(...lines.map((l, i) => c('2', `${i ? '    ' : '  '}${l}`)));
    }
    if (partial.length > PARTIAL_SHOWN)
      out.push(c('2', `  … and ${partial.length - PARTIAL_SHOWN} more (--format json lists them all)`));
    out.push('');
  }
  const counts = countBySeverity(result.findings);
  const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  const suppressed = result.findings.length - total;
  const parts = SEVERITIES.filter((s) => counts[s]).map((s) => c(COLOR[s], `${counts[s]} ${s}`));
  const warned = result.warnings.length;
  const verdict = conclusion(result.findings, failOn) === 'failure' ? c('31;1', '✖') : c('32;1', '✔');
  out.push(
    `${verdict} ${total} finding${total === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''} in ${result.files} file${result.files === 1 ? '' : 's'} (${result.templates} template${result.templates === 1 ? '' : 's'}, ${result.policies} polic${result.policies === 1 ? 'y' : 'ies'})${suppressed ? `, ${suppressed} suppressed` : ''}${baselined ? `, ${baselined} in the baseline` : ''}; fail-on: ${failOn}${warned ? c('33', `; ${warned} warning${warned === 1 ? '' : 's'} (Not analysed, above)`) : ''}`,
  );
  if (result.catalogue) out.push(c('2', catalogueLine(result.catalogue)));
  const aa = result.accessAnalyzer;
  if (aa.ran) out.push(c('2', `Access Analyzer: ${aa.calls} calls (${aa.billedCalls ?? 0} billed custom-check calls)`));
  if (aa.error) out.push(c('31', `Access Analyzer could not run: ${aa.error}`));
  for (const n of aa.notes ?? []) out.push(c('2', n));
  if (!result.accessAnalyzer.ran && result.accessAnalyzer.skipped)
    out.push(c('2', `Access Analyzer: not run (${result.accessAnalyzer.skipped})`));
  return `${out.join('\n')}\n`;
};
