/** `--format stylish`: findings grouped by file, coloured on a terminal, counts at the end. */
import { conclusion, countBySeverity, SEVERITIES, type Severity } from '../findings/types.js';
import type { Reporter } from './types.js';
import { catalogueLine } from './catalogue.js';

const COLOR: Record<Severity, string> = { critical: '35;1', high: '31', medium: '33', low: '36', info: '2' };

export const stylishReport: Reporter = ({ result, failOn }, opts = {}) => {
  const c = (code: string, s: string): string => (opts.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  const byFile = new Map<string, typeof result.findings>();
  for (const f of result.findings) {
    if (f.suppressed) continue;
    const list = byFile.get(f.file) ?? [];
    list.push(f);
    byFile.set(f.file, list);
  }
  for (const [file, list] of byFile) {
    out.push(c('4', file));
    const pos = list.map((f) => `${f.line}:${f.column}`);
    const width = pos.reduce((w, p) => Math.max(w, p.length), 0);
    list.forEach((f, i) => {
      const where = f.resource ? c('2', ` [${f.resource}]`) : '';
      out.push(
        `  ${c('2', pos[i].padEnd(width))}  ${c(COLOR[f.severity], f.severity.padEnd(8))}  ${f.message}${where}  ${c('2', f.ruleId)}`,
      );
    });
    out.push('');
  }
  if (result.changes?.length) {
    out.push(c('1', 'Permission changes against the base:'));
    for (const ch of result.changes) {
      out.push(`  ${[ch.file, ch.resource, ch.policy].filter(Boolean).join(' · ')}`);
      for (const l of ch.added) out.push(`    ${c('32', `+ ${l}`)}`);
      for (const l of ch.removed) out.push(`    ${c('31', `- ${l}`)}`);
    }
    out.push('');
  }
  if (result.warnings.length) {
    out.push(c('33', 'Not analysed:'));
    for (const w of result.warnings) out.push(`  ${w.file}${w.line ? `:${w.line}` : ''}  ${w.message}`);
    out.push('');
  }
  const partial = result.partial.filter((p) => p.resource);
  if (partial.length) {
    out.push(
      c(
        '2',
        `Partly analysed (values not known offline): ${partial
          .map((p) => `${p.file}#${p.resource}`)
          .slice(0, 10)
          .join(', ')}${partial.length > 10 ? ` and ${partial.length - 10} more` : ''}`,
      ),
    );
    out.push('');
  }
  const counts = countBySeverity(result.findings);
  const total = SEVERITIES.reduce((n, s) => n + counts[s], 0);
  const suppressed = result.findings.length - total;
  const parts = SEVERITIES.filter((s) => counts[s]).map((s) => c(COLOR[s], `${counts[s]} ${s}`));
  const warned = result.warnings.length;
  const verdict = conclusion(result.findings, failOn) === 'failure' ? c('31;1', '✖') : c('32;1', '✔');
  out.push(
    `${verdict} ${total} finding${total === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''} in ${result.files} file${result.files === 1 ? '' : 's'} (${result.templates} template${result.templates === 1 ? '' : 's'}, ${result.policies} polic${result.policies === 1 ? 'y' : 'ies'})${suppressed ? `, ${suppressed} suppressed` : ''}; fail-on: ${failOn}${warned ? c('33', `; ${warned} warning${warned === 1 ? '' : 's'} (Not analysed, above)`) : ''}`,
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
