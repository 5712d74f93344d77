/**
 * Suppressions, a stage after the rules (as ESLint's disable directives): YAML comments
 * (`# policygate-ignore RULE[,RULE] -- reason`) on a finding's line or the line above, resource
 * Metadata (`policygate.ignore`, and the peers' `cfn_nag.rules_to_suppress`, `checkov.skip`,
 * `cdk_nag.rules_to_suppress` through the ids in rules.md, and cfn-guard's
 * `guard.SuppressedRules` through the Guard Rules Registry table in guard-rules.ts), and config
 * `ignore:` entries. A
 * suppressed finding stays in the report, marked. Directives without a reason, and directives
 * that suppress nothing, are reported so they can be fixed or cleaned up.
 */
import picomatch from 'picomatch';
import { get, isMap, isSeq, pathOf, str, type Node } from '../parse/node.js';
import type { Range, SourceText } from '../parse/source.js';
import type { Template } from '../template/model.js';
import { GUARD_RULES } from './guard-rules.js';
import type { Finding, Suppression } from './types.js';

/**
 * A suppression as written, as plain data (it crosses from the per-file analysis to the one
 * suppression stage after every engine has run, for the findings of Access Analyzer too).
 */
export interface Directive {
  kind: Suppression['kind'];
  /** The file the directive is written in (the config file for config entries). */
  file: string;
  /** Our rule ids this directive covers (a peer id may cover several, or none). */
  rules: string[];
  /** As written: our id, or the peer's (`cfn_nag F3`). */
  written: string;
  reason: string;
  /** Where the directive is written, for findings about the directive itself. */
  at: Range;
  /** The structural path of that place, for those findings' fingerprints. */
  path: string;
  /** The lines a comment directive covers; undefined for resource and config directives. */
  lines?: [number, number];
  resource?: string;
  /** A config entry's `path:` glob over the findings' files. */
  glob?: string;
  /** Another tool's suppression (cfn_nag, checkov, cdk_nag Metadata), honoured through rules.md's ids. */
  peer: boolean;
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
  file: string,
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
      const at = source.range(start, start + text.length - hash);
      for (const id of m.ids) {
        out.push({
          kind: 'comment',
          file,
          rules: [id],
          written: id,
          reason: m.reason,
          at,
          path: '',
          lines: [line, line + 1],
          peer: false,
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
          file,
          rules,
          written: peer ? `${peer} ${raw}` : raw,
          reason,
          at: source.range(e.start, e.end),
          path: pathOf(e),
          resource: res.id,
          peer: Boolean(peer),
        });
      }
    };
    add(get(get(meta, 'policygate'), 'ignore'), 'rule', 'reason', undefined);
    add(get(get(meta, 'cfn_nag'), 'rules_to_suppress'), 'id', 'reason', 'cfn_nag');
    add(get(get(meta, 'checkov'), 'skip'), 'id', 'comment', 'checkov');
    add(get(get(meta, 'cdk_nag'), 'rules_to_suppress'), 'id', 'reason', 'cdk_nag');
    // cfn-guard: a list of rule names, with one optional `Reason` for them all.
    const guard = get(meta, 'guard');
    const suppressed = get(guard, 'SuppressedRules');
    if (isSeq(suppressed)) {
      const reason = str(get(guard, 'Reason')) ?? '';
      for (const e of suppressed.items) {
        // Some CDK helpers write `{id, reason}` entries, as for cfn_nag.
        const raw = isMap(e) ? str(get(e, 'id')) : str(e);
        if (!raw) continue;
        out.push({
          kind: 'metadata',
          file,
          rules: [...(GUARD_RULES.get(raw) ?? [])],
          written: `guard ${raw}`,
          reason: (isMap(e) ? str(get(e, 'reason')) : undefined) ?? reason,
          at: source.range(e.start, e.end),
          path: pathOf(e),
          resource: res.id,
          peer: true,
        });
      }
    }
  }
  return out;
}

export function configDirective(
  file: string,
  source: SourceText,
  entry: { rule: string; path?: string; resource?: string; reason?: string },
  node: Node,
): Directive {
  return {
    kind: 'config',
    file,
    rules: [entry.rule],
    written: entry.rule,
    reason: entry.reason ?? '',
    at: source.range(node.start, node.end),
    path: pathOf(node),
    resource: entry.resource,
    glob: entry.path,
    peer: false,
  };
}

const globs = new Map<string, (file: string) => boolean>();
const matcher = (glob: string) => {
  let m = globs.get(glob);
  if (!m) globs.set(glob, (m = picomatch(glob, { dot: true })));
  return m;
};

function covers(d: Directive, f: Finding): boolean {
  if (!d.rules.includes(f.ruleId) && !d.rules.includes('*')) return false;
  if (d.kind !== 'config' && d.file !== f.file) return false;
  if (d.lines) return f.line >= d.lines[0] && f.line <= d.lines[1];
  if (d.kind === 'metadata') return f.resource === d.resource;
  if (d.resource && f.resource !== d.resource) return false;
  return !d.glob || matcher(d.glob)(f.file);
}

/** Findings about suppressions are not themselves suppressed; nor is PolicyGate failing. */
export const SUPPRESSION_RULES = new Set(['suppression-without-reason', 'suppression-unused']);

/**
 * Marks the findings the directives cover (the first directive that covers a finding wins) and
 * returns the directives that covered at least one.
 */
export function applyDirectives(findings: Finding[], directives: Directive[]): Set<Directive> {
  const used = new Set<Directive>();
  if (!directives.length) return used;
  const byFile = new Map<string, Directive[]>();
  const everywhere: Directive[] = [];
  for (const d of directives) {
    if (d.kind === 'config') everywhere.push(d);
    else {
      const list = byFile.get(d.file);
      if (list) list.push(d);
      else byFile.set(d.file, [d]);
    }
  }
  for (const f of findings) {
    if (f.suppressed || f.internal || SUPPRESSION_RULES.has(f.ruleId)) continue;
    for (const d of (byFile.get(f.file) ?? []).concat(everywhere)) {
      if (!covers(d, f)) continue;
      used.add(d);
      const reason = d.peer ? `${d.reason || 'no reason given'} (${d.written})` : d.reason;
      f.suppressed = true;
      f.suppression = { kind: d.kind, reason };
      break;
    }
  }
  return used;
}
