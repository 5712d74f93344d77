/** Findings about the suppressions themselves: no reason given, or nothing suppressed. */
import type { Finding } from '../findings/types.js';
import type { Directive } from '../findings/suppressions.js';
import type { SourceText } from '../parse/source.js';
import { ruleById } from '../rules/index.js';
import { toFinding } from './offline.js';

export function directiveFindings(file: string, source: SourceText, directives: Directive[]): Finding[] {
  const out: Finding[] = [];
  for (const d of directives) {
    // A peer's suppression of a check PolicyGate does not have is that tool's business.
    if (d.peer && !d.rules.length) continue;
    const where =
      d.kind === 'comment' ? 'comment' : d.kind === 'metadata' ? `Metadata of ${d.resource}` : 'config entry';
    if (!d.reason.trim()) {
      out.push(
        toFinding({ file, source }, ruleById.get('suppression-without-reason')!, {
          node: d.node,
          message: `The suppression of ${d.written} (${where}) gives no reason.`,
          key: `${d.kind}:${d.written}`,
        }),
      );
    }
    // Access Analyzer may not run (no credentials); its rules' suppressions are not judged stale.
    if (!d.used && !d.rules.every((r) => r.startsWith('access-analyzer/'))) {
      out.push(
        toFinding({ file, source }, ruleById.get('suppression-unused')!, {
          node: d.node,
          message: `The suppression of ${d.written} (${where}) matches no finding; remove it if it is stale.`,
          key: `${d.kind}:${d.written}`,
        }),
      );
    }
  }
  return out;
}
