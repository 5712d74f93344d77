/**
 * Suppressions, a stage after the rules (as ESLint's disable directives): YAML comments
 * (`# policygate-ignore RULE[,RULE] -- reason`) on a finding's line or the line above, resource
 * Metadata (`policygate.ignore`, and the peers' `cfn_nag.rules_to_suppress`, `checkov.skip`,
 * `cdk_nag.rules_to_suppress` through the ids in rules.md), and config `ignore:` entries. A
 * suppressed finding stays in the report, marked. Directives without a reason, and directives
 * that suppress nothing, are reported so they can be fixed or cleaned up.
 */
import picomatch from 'picomatch';
import { get, isMap, isSeq, str, type Node } from '../parse/node.js';
import type { SourceText } from '../parse/source.js';
import type { Template } from '../template/model.js';
import type { Finding, Suppression } from './types.js';

export interface Directive {
  kind: Suppression['kind'];
  /** Our rule ids this directive covers (a peer id may cover several, or none). */
  rules: string[];
  /** As written: our id, or the peer's (`cfn_nag F3`). */
  written: string;
  reason: string;
  /** Where the directive is written, for findings about the directive itself. */
  node: Node;
  /** The lines a comment directive covers; undefined for resource and config directives. */
  lines?: [number, number];
  resource?: string;
  path?: (file: string) => boolean;
  /** Peer directives naming checks PolicyGate does not have are not reported as unused. */
  peer: boolean;
  used: boolean;
}

/** Peer id (`cfn_nag:F3`, `checkov:CKV_AWS_62`, `cdk_nag:AwsSolutions-IAM5`) → our rule ids. */
export type AliasIndex = Map<string, string[]>;

const MARKER = /#\s*policygate-ignore(?=\s)/;
const RULE_LIST = /^[A-Za-z0-9_/,\s-]*$/;

/**
 * `# policygate-ignore RULE[,RULE] -- reason` taken apart by hand: comments come from the pull
 * request, and a single pattern with lazy and greedy runs over the same spaces backtracked for
 * minutes on a long line. Each step here is one linear scan.
 */
export function parseIgnoreComment(comment: string): { ids: string[]; reason: string } | null | undefined {
  const m = MARKER.exec(comment);
  if (!m) return undefined;
  const rest = comment.slice(m.index + m[0].length);
  const dash = rest.indexOf('--');
  const list = dash < 0 ? rest : rest.slice(0, dash);
  // null: the marker is there but the rule list is not (a typo suppresses nothing; say so).
  if (!RULE_LIST.test(list)) return null;
  const ids = list.split(/[,\s]+/).filter(Boolean);
  if (!ids.length) return null;
  return { ids, reason: dash < 0 ? '' : rest.slice(dash + 2).trim() };
}

/**
 * Directives written in a file: its YAML comments and its resources' Metadata. The lines of
 * `# policygate-ignore` comments that cannot be read are added to `malformed`.
 */
export function fileDirectives(
  source: SourceText,
  template: Template | undefined,
  aliases: AliasIndex,
  yaml: boolean,
  malformed: number[] = [],
): Directive[] {
  const out: Directive[] = [];
  if (yaml) {
    for (let line = 1; line <= source.lineCount; line++) {
      const text = source.lineText(line);
      const hash = text.indexOf('#');
      if (hash < 0 || !text.includes('policygate-ignore')) continue;
      const m = parseIgnoreComment(text.slice(hash));
      if (m === null) malformed.push(line);
      if (!m) continue;
      const start = source.offsetOf(line, hash);
      const node: Node = { kind: 'scalar', start, end: start + text.length - hash, value: null };
      for (const id of m.ids) {
        out.push({
          kind: 'comment',
          rules: [id],
          written: id,
          reason: m.reason,
          node,
          lines: [line, line + 1],
          peer: false,
          used: false,
        });
      }
    }
  }
  for (const res of template?.resources ?? []) {
    const meta = res.metadata;
    if (!isMap(meta)) continue;
    const add = (entries: Node | undefined, idKey: string, reasonKey: string, peer: string | undefined) => {
      if (!isSeq(entries)) return;
      for (const e of entries.items) {
        const raw = isMap(e) ? str(get(e, idKey)) : str(e);
        if (!raw) continue;
        const reason = (isMap(e) ? str(get(e, reasonKey)) : undefined) ?? '';
        const rules = peer ? (aliases.get(`${peer}:${raw}`) ?? []) : [raw];
        out.push({
          kind: 'metadata',
          rules,
          written: peer ? `${peer} ${raw}` : raw,
          reason,
          node: e,
          resource: res.id,
          peer: Boolean(peer),
          used: false,
        });
      }
    };
    add(get(get(meta, 'policygate'), 'ignore'), 'rule', 'reason', undefined);
    add(get(get(meta, 'cfn_nag'), 'rules_to_suppress'), 'id', 'reason', 'cfn_nag');
    add(get(get(meta, 'checkov'), 'skip'), 'id', 'comment', 'checkov');
    add(get(get(meta, 'cdk_nag'), 'rules_to_suppress'), 'id', 'reason', 'cdk_nag');
  }
  return out;
}

export function configDirective(
  entry: { rule: string; path?: string; resource?: string; reason?: string },
  node: Node,
): Directive {
  const match = entry.path ? picomatch(entry.path, { dot: true }) : undefined;
  return {
    kind: 'config',
    rules: [entry.rule],
    written: entry.rule,
    reason: entry.reason ?? '',
    node,
    resource: entry.resource,
    path: match,
    peer: false,
    used: false,
  };
}

function covers(d: Directive, f: Finding): boolean {
  if (!d.rules.includes(f.ruleId) && !d.rules.includes('*')) return false;
  if (d.lines) return f.line >= d.lines[0] && f.line <= d.lines[1];
  if (d.kind === 'metadata') return f.resource === d.resource;
  if (d.resource && f.resource !== d.resource) return false;
  return !d.path || d.path(f.file);
}

/** Marks the findings the directives cover; the first directive that covers a finding wins. */
export function applyDirectives(findings: Finding[], directives: Directive[]): void {
  if (!directives.length) return;
  for (const f of findings) {
    if (f.suppressed || f.internal || f.ruleId === 'suppression-without-reason' || f.ruleId === 'suppression-unused')
      continue;
    for (const d of directives) {
      if (!covers(d, f)) continue;
      d.used = true;
      const reason = d.peer ? `${d.reason || 'no reason given'} (${d.written})` : d.reason;
      f.suppressed = true;
      f.suppression = { kind: d.kind, reason };
      break;
    }
  }
}
