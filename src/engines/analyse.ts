/**
 * One file's text → findings: parse once, decide what the file is, build the model, extract the
 * policies and run every rule on that one model. Pure: no I/O, so tests drive it on strings.
 */
import { parseText, ParseFailure } from '../parse/index.js';
import { SourceText } from '../parse/source.js';
import type { MapNode, Node } from '../parse/node.js';
import { Template, looksLikeTemplate } from '../template/model.js';
import { Resolver, givenParameter, type ResolveOptions } from '../template/resolve.js';
import { checkResourceTypes } from '../template/resource-types.js';
import { closest } from '../inputs/suggest.js';
import { extractFromPolicyFile, extractFromTemplate, looksLikePolicy } from '../policies/extract.js';
import type { Finding, Partial, Warning } from '../findings/types.js';
import type { FileModel, Rule } from '../rules/types.js';
import { RULES, aliasIndex, ruleById } from '../rules/index.js';
import { fileDirectives, type Directive } from '../findings/suppressions.js';
import { suppressionStage } from './suppression-stage.js';
import { internalError, runRules, toFinding } from './offline.js';
import { withConstructPaths } from './construct-paths.js';
import { branchFindings } from './branch-findings.js';

export type FileKind = 'template' | 'policy' | 'other' | 'unparsed';

export interface FileResult {
  kind: FileKind;
  /** The rules' findings, not yet suppressed: suppression is one stage after every engine. */
  findings: Finding[];
  /** The suppressions written in the file (comments, Metadata), as data for that stage. */
  directives: Directive[];
  warnings: Warning[];
  partial: Partial[];
  policies: number;
  /** The model, for callers that go on (Access Analyzer, the permission diff). */
  model?: FileModel;
  /** Values of the template's NoEcho parameters (given or default), to be masked in every output. */
  secrets?: string[];
}

/** Text that mentions CloudFormation or IAM: if it does not parse, that is a finding. */
const LOOKS_RELEVANT = /AWSTemplateFormatVersion|"?Resources"?\s*:|"?Statement"?\s*:|AWS::/;

/**
 * Never throws: a stage that fails on this file (parse, model, resolution, extraction,
 * suppressions) costs this file only, as an internal-error `parse-error` that fails the run.
 */
export function analyseText(
  file: string,
  raw: string,
  options: ResolveOptions = {},
  rules: readonly Rule[] = RULES,
): FileResult {
  try {
    return analyse(file, raw, options, rules);
  } catch (e) {
    const finding = internalError(
      { file, source: new SourceText(raw) },
      ruleById.get('parse-error')!,
      undefined,
      'PolicyGate failed while analysing this file',
      e,
    );
    return { kind: 'unparsed', findings: [finding], directives: [], warnings: [], partial: [], policies: 0 };
  }
}

/**
 * One text checked on its own, as a scan of that one file would: analysed, then through the
 * suppression stage (Access Analyzer not run). For tests and single-text callers.
 */
export function checkText(
  file: string,
  raw: string,
  options: ResolveOptions = {},
  rules: readonly Rule[] = RULES,
): FileResult {
  const r = analyseText(file, raw, options, rules);
  return {
    ...r,
    findings: suppressionStage({ findings: r.findings, directives: r.directives, accessAnalyzerRan: false }),
  };
}

function analyse(file: string, raw: string, options: ResolveOptions, rules: readonly Rule[]): FileResult {
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
        directives: [],
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
      messageId: 'syntax',
      data: { problem: e.message },
      key: 'syntax',
    });
    return { kind: 'unparsed', findings: [finding], directives: [], warnings: [], partial: [], policies: 0 };
  }
  const { source, root } = parsed;
  const kind: FileKind = looksLikeTemplate(root) ? 'template' : looksLikePolicy(root) ? 'policy' : 'other';
  if (kind === 'other') {
    // A stream whose first document is something else may still hide a template further on.
    const later = parsed.extraDocument !== undefined ? source.text.slice(parsed.extraDocument) : '';
    const warnings: Warning[] =
      later && LOOKS_RELEVANT.test(later)
        ? [
            {
              file,
              line: source.position(parsed.extraDocument!).line,
              message: `holds ${parsed.documents} YAML documents, and a later one looks like a template or policy; only the first is analysed (and it is neither)`,
            },
          ]
        : [];
    return { kind, findings: [], directives: [], warnings, partial: [], policies: 0 };
  }
  const template = kind === 'template' ? new Template(root as MapNode, options) : undefined;

  const resolver = new Resolver(template, options);
  const { policies, managed, notAnalysed } = template
    ? extractFromTemplate(file, template, resolver, source.text)
    : { policies: [extractFromPolicyFile(file, root!, resolver)], managed: [], notAnalysed: [] };
  const model: FileModel = { file, source, template, resolver, policies, managed };
  const { findings } = runRules(model, rules);
  if (template) {
    for (const f of branchFindings(model, findings, options, rules)) findings.push(f);
    withConstructPaths(findings, template);
  }
  const warnings: Warning[] = [];
  if (parsed.extraDocument !== undefined) {
    warnings.push({
      file,
      line: source.position(parsed.extraDocument).line,
      message: `holds ${parsed.documents} YAML documents; only the first is analysed (CloudFormation reads one document per template)`,
    });
  }
  for (const c of resolver.cycles) {
    warnings.push({
      file,
      line: source.position(c.node.start).line,
      message: `condition ${c.name} refers to itself (${c.path.join(' → ')}); it is treated as unknown, and the resources it guards are analysed as if created`,
    });
  }
  for (const n of notAnalysed) {
    warnings.push({
      file,
      line: source.position(n.node.start).line,
      message: `not analysed: the policy in ${n.resource.id}.${n.path}: ${n.reason}`,
    });
  }
  if (template) {
    for (const p of checkResourceTypes(template, closest))
      warnings.push({ file, line: source.position(p.node.start).line, message: p.message });
  }
  const malformed: number[] = [];
  const directives = fileDirectives(file, source, template, aliasIndex, parsed.format === 'yaml', malformed);
  for (const line of malformed) {
    warnings.push({
      file,
      line,
      message:
        'a policygate-ignore comment whose rule list cannot be read (expected `# policygate-ignore RULE[,RULE] -- reason`); it suppresses nothing',
    });
  }
  return {
    kind,
    findings,
    directives,
    warnings,
    partial: partialResources(file, resolver),
    policies: policies.length,
    model,
    secrets: noEchoValues(template, resolver, options),
  };
}

function noEchoValues(template: Template | undefined, r: Resolver, options: ResolveOptions): string[] {
  const out: string[] = [];
  for (const p of template?.parameters.values() ?? []) {
    if (!p.noEcho) continue;
    const given = givenParameter(options, p.id);
    if (given !== undefined) out.push(given);
    const dflt = p.default ? r.string(p.default) : undefined;
    if (dflt !== undefined) out.push(dflt);
  }
  return out;
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

/** The top-level key (`Transform`, `Mappings`, `Outputs`, …) a node sits under. */
function sectionOf(node: Node): string | null {
  let n = node;
  while (n.parent?.parent) n = n.parent;
  return typeof n.key === 'string' ? n.key : null;
}
