/** `policygate rules`: the catalogue as a table or JSON. */
import type { RuleDescription } from './types.js';

interface Aka {
  id: string;
  aka?: { cfnNag?: string[]; checkov?: string[]; cdkNag?: string[] };
}

export function rulesReport(rules: RuleDescription[], meta: Aka[], format: 'stylish' | 'json'): string {
  const akaOf = new Map(meta.map((m) => [m.id, m.aka ?? {}]));
  if (format === 'json') {
    return `${JSON.stringify(
      rules.map((r) => ({
        id: r.id,
        severity: r.severity,
        title: r.title,
        why: r.why,
        fix: r.fix,
        helpUri: r.helpUri,
        alsoKnownAs: akaOf.get(r.id) ?? {},
      })),
      null,
      2,
    )}\n`;
  }
  const w = rules.reduce((m, r) => Math.max(m, r.id.length), 0);
  return `${rules.map((r) => `${r.id.padEnd(w)}  ${r.severity.padEnd(8)}  ${r.title}`).join('\n')}\n`;
}
