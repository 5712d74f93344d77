/**
 * The one way a Finding is made, for every engine and stage: offline rules, Access Analyzer, the
 * parse and suppression stages. Positions, the fingerprint and the fix's range are computed here,
 * so every kind of finding lands on the same line for the same element.
 */
import type { Node } from '../parse/node.js';
import type { Range, SourceText } from '../parse/source.js';
import { fingerprint, helpUri as docsUri, locate, pathOf } from './locate.js';
import type { Finding, Severity } from './types.js';

/** What a finding needs to know of its rule (a rule's meta, or an Access Analyzer issue). */
export interface FindingRule {
  id: string;
  severity: Severity;
  title: string;
}

/** A place in a file: a node of its tree, or a range already computed (with its node's path). */
export type Place = { source: SourceText; node: Node } | { range: Range; path: string };

export interface FindingInput {
  rule: FindingRule;
  file: string;
  at: Place;
  message: string;
  /** The node is an ancestor of the element meant, which could not be found: the place is approximate. */
  approximate?: boolean;
  /** Overrides the rule's severity (rules with two severities, Access Analyzer's finding types). */
  severity?: Severity;
  resource?: string | null;
  policy?: string | null;
  /** Distinguishes two findings of one rule at one place, for the fingerprint. */
  key?: string;
  engine?: Finding['source'];
  /** Default: the rule's page in docs/rules/. */
  helpUri?: string;
  /** One certain edit that fixes the finding: the text of `node` becomes `replacement`. */
  fix?: { node: Node; replacement: string };
  /** PolicyGate failed on this file: never suppressed, never re-rated, fails the run. */
  internal?: boolean;
}

export function makeFinding(i: FindingInput): Finding {
  const { range, path } = 'node' in i.at ? { range: locate(i.at.source, i.at.node), path: pathOf(i.at.node) } : i.at;
  const resource = i.resource ?? null;
  const policy = i.policy ?? null;
  const f: Finding = {
    ruleId: i.rule.id,
    severity: i.severity ?? i.rule.severity,
    title: i.rule.title,
    message: i.message,
    file: i.file,
    // Written out, not spread: a spread copies through a slow path, once per finding.
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    resource,
    policy,
    source: i.engine ?? 'policygate',
    helpUri: i.helpUri ?? docsUri(i.rule.id),
    fingerprint: fingerprint([i.rule.id, i.file, resource, policy, path, i.key]),
    suppressed: false,
    suppression: null,
  };
  if (i.approximate) f.approximate = true;
  if (i.fix && 'source' in i.at) f.fix = fixAt(i.at.source, i.fix);
  if (i.internal) f.internal = true;
  return f;
}

/** The fix's range, its replacement quoted as the value it replaces was (JSON stays JSON). */
function fixAt(source: SourceText, fix: { node: Node; replacement: string }): NonNullable<Finding['fix']> {
  const written = source.text.slice(fix.node.start, fix.node.end);
  const q = written[0];
  const quoted =
    written.length >= 2 && (q === '"' || q === "'") && written.endsWith(q) && !/^["']/.test(fix.replacement);
  return { ...locate(source, fix.node), replacement: quoted ? `${q}${fix.replacement}${q}` : fix.replacement };
}
