/** `policygate rules`: the catalogue as a table or JSON. */
import wrapAnsi from 'wrap-ansi';
import { UsageError } from '../inputs/errors.js';
import { didYouMean } from '../inputs/suggest.js';
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

/**
 * `policygate rules ID`: one rule's page in the terminal: what it flags, why, the fix, the peers'
 * ids and where the full page (with examples) is. An unknown id is a usage error with the
 * nearest known one.
 */
export function rulePage(rules: RuleDescription[], meta: Aka[], id: string, format: 'stylish' | 'json'): string {
  const r = rules.find((x) => x.id === id);
  if (!r)
    throw new UsageError(
      `unknown rule "${id}"${didYouMean(
        id,
        rules.map((x) => x.id),
      )}; \`policygate rules\` lists them`,
    );
  const aka = meta.find((m) => m.id === id)?.aka ?? {};
  if (format === 'json') return `${JSON.stringify({ ...r, alsoKnownAs: aka }, null, 2)}\n`;
  const peers = [
    aka.checkov?.length ? `checkov ${aka.checkov.join(', ')}` : '',
    aka.cfnNag?.length ? `cfn_nag ${aka.cfnNag.join(', ')}` : '',
    aka.cdkNag?.length ? `cdk-nag ${aka.cdkNag.join(', ')}` : '',
  ].filter(Boolean);
  const para = (title: string, text: string) => [
    title,
    ...wrapAnsi(text, 78, { hard: true })
      .split('\n')
      .map((l) => `  ${l}`),
    '',
  ];
  return `${[
    `${r.id} · ${r.severity}`,
    r.title,
    '',
    ...para('Why it matters', r.why),
    ...para('How to fix it', r.fix),
    ...(peers.length ? ['Also known as', `  ${peers.join('; ')}`, ''] : []),
    `Examples and details: ${r.helpUri}`,
  ].join('\n')}\n`;
}
