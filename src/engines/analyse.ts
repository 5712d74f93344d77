/**
 * One file's text → findings: parse once, decide what the file is, build the model, extract the
 * policies and run every rule on that one model. Pure: no I/O, so tests drive it on strings.
 */
import { parseText, ParseFailure } from '../parse/index.js';
import { SourceText } from '../parse/source.js';
import type { MapNode, Node } from '../parse/node.js';
import { Template, looksLikeTemplate } from '../template/model.js';
import { Resolver, type ResolveOptions } from '../template/resolve.js';
import { extractFromPolicyFile, extractFromTemplate, looksLikePolicy } from '../policies/extract.js';
import type { Finding, Partial, Warning } from '../findings/types.js';
import type { FileModel, Rule } from '../rules/types.js';
import { RULES, aliasIndex, ruleById } from '../rules/index.js';
import { applyDirectives, fileDirectives, type Directive } from '../findings/suppressions.js';
import { directiveFindings } from './directives.js';
import { runRules, toFinding } from './offline.js';
import { withConstructPaths } from './construct-paths.js';

export type FileKind = 'template' | 'policy' | 'other' | 'unparsed';

export interface FileResult {
  kind: FileKind;
  findings: Finding[];
  warnings: Warning[];
  partial: Partial[];
  policies: number;
  /** The model, for callers that go on (Access Analyzer, the permission diff). */
  model?: FileModel;
}

/** Text that mentions CloudFormation or IAM: if it does not parse, that is a finding. */
const LOOKS_RELEVANT = /AWSTemplateFormatVersion|"?Resources"?\s*:|"?Statement"?\s*:|AWS::/;

export function analyseText(
  file: string,
  raw: string,
  options: ResolveOptions = {},
  rules: readonly Rule[] = RULES,
): FileResult {
  let parsed;
  try {
    parsed = parseText(file, raw);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    const source = new SourceText(raw);
    if (!LOOKS_RELEVANT.test(source.text)) {
      const { line } = source.position(e.offset);
      return {
        kind: 'unparsed',
        findings: [],
        warnings: [
          {
            file,
            line,
            message: `not valid ${/\.json$/i.test(file) ? 'JSON' : 'YAML'} (${e.message}); it does not look like a template or policy, so it was skipped`,
          },
        ],
        partial: [],
        policies: 0,
      };
    }
    const node: Node = { kind: 'scalar', start: e.offset, end: e.offset + 1, value: null };
    const finding = toFinding({ file, source }, ruleById.get('parse-error')!, {
      node,
      message: e.message,
      key: 'syntax',
    });
    return { kind: 'unparsed', findings: [finding], warnings: [], partial: [], policies: 0 };
  }
  const { source, root } = parsed;
  const kind: FileKind = looksLikeTemplate(root) ? 'template' : looksLikePolicy(root) ? 'policy' : 'other';
  if (kind === 'other') return { kind, findings: [], warnings: [], partial: [], policies: 0 };
  const template = kind === 'template' ? new Template(root as MapNode, options) : undefined;

  const resolver = new Resolver(template, options);
  const { policies, managed } = template
    ? extractFromTemplate(file, template, resolver)
    : { policies: [extractFromPolicyFile(file, root!, resolver)], managed: [] };
  const model: FileModel = { file, source, template, resolver, policies, managed };
  const { findings, warnings } = runRules(model, rules);
  if (template) withConstructPaths(findings, template);
  const directives = fileDirectives(source, template, aliasIndex, parsed.format === 'yaml');
  applyDirectives(findings, directives);
  findings.push(...directiveFindings(file, source, onePerLoopBody(directives)));
  return { kind, findings, warnings, partial: partialResources(file, resolver), policies: policies.length, model };
}

/** Resources whose analysis met values that could not be resolved, with the first reasons. */
function partialResources(file: string, r: Resolver): Partial[] {
  const byResource = new Map<string | null, Set<string>>();
  // A section left unanalysed (a macro, an included snippet) is named by its section, so the
  // summary lists it like a resource.
  const placeholders = new Set<object>(r.template?.notAnalysed ?? []);
  for (const u of r.unknowns) {
    let n: Node | undefined = u.node;
    while (n?.parent?.parent?.parent) n = n.parent;
    const id =
      n?.parent?.key === 'Resources' && typeof n.key === 'string'
        ? n.key
        : placeholders.has(u)
          ? sectionOf(u.node)
          : null;
    const set = byResource.get(id) ?? new Set<string>();
    set.add(u.reason);
    byResource.set(id, set);
  }
  return [...byResource].map(([resource, reasons]) => ({ file, resource, reasons: [...reasons].slice(0, 3) }));
}

/**
 * The copies an `Fn::ForEach` makes of a resource's Metadata suppression are one suppression as
 * written: it is used when any copy is, and is reported (unused, without a reason) once.
 */
function onePerLoopBody(directives: Directive[]): Directive[] {
  const byPlace = new Map<string, Directive>();
  for (const d of directives) {
    const k = `${d.kind}:${d.node.start}:${d.node.end}:${d.written}`;
    const first = byPlace.get(k);
    if (first) first.used ||= d.used;
    else byPlace.set(k, d);
  }
  return [...byPlace.values()];
}

/** The top-level key (`Transform`, `Mappings`, `Outputs`, …) a node sits under. */
function sectionOf(node: Node): string | null {
  let n = node;
  while (n.parent?.parent) n = n.parent;
  return typeof n.key === 'string' ? n.key : null;
}
