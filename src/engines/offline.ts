/**
 * Runs the offline rules over one file's model: every policy rule on every policy, every template
 * rule once. A rule that throws does not stop the others: its failure is an internal-error finding
 * under the rule's own id (high, never suppressed, failing the run), so the run cannot pass as if
 * that rule had run, and every other file and rule is still reported.
 */
import type { Finding } from '../findings/types.js';
import { makeFinding } from '../findings/finding.js';
import type { Node } from '../parse/node.js';
import { messageOf, type FileModel, type Report, type Rule, type RuleContext } from '../rules/types.js';
import { defaultParameterOf, type Resolver } from '../template/resolve.js';
import { forgetTemplate } from '../rules/utils/properties.js';

export function runRules(model: FileModel, rules: readonly Rule[]): { findings: Finding[] } {
  const findings: Finding[] = [];
  // One context for the file, reporting for the rule that runs: a copy of the model per rule and
  // file was a visible share of a large scan. Rules report only while they run.
  let rule: Rule = rules[0];
  const ctx: RuleContext = { ...model, report: (r) => findings.push(toFinding(model, rule, r)) };
  for (rule of rules) {
    let at: Node | undefined = model.template?.root;
    try {
      if (rule.checkPolicy) {
        for (const p of model.policies) {
          at = p.node;
          rule.checkPolicy(p, ctx);
        }
      }
      at = model.template?.root;
      if (rule.checkTemplate && model.template) rule.checkTemplate(model.template, ctx);
    } catch (e) {
      findings.push(internalError(model, rule, at, `rule ${rule.meta.id} failed on this file`, e));
    }
  }
  forgetTemplate();
  return { findings };
}

/**
 * The finding for a stage or rule that threw on this file. The message names the error's kind
 * and message only (never file content) and says the file is not fully checked.
 */
export function internalError(
  model: Pick<FileModel, 'file' | 'source'>,
  rule: Rule,
  node: Node | undefined,
  what: string,
  e: unknown,
): Finding {
  const err = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return makeFinding({
    rule: rule.meta,
    file: model.file,
    at: { source: model.source, node: node ?? { kind: 'scalar', start: 0, end: 0, value: null } },
    approximate: node === undefined,
    severity: 'high',
    message: `Internal error: ${what} (${err.slice(0, 200)}), so the file is not fully checked. Please report it; this finding cannot be suppressed.`,
    key: 'internal-error',
    internal: true,
  });
}

export function toFinding(
  model: Pick<FileModel, 'file' | 'source'> & { resolver?: Resolver },
  rule: Rule,
  r: Report,
): Finding {
  // A value that is a parameter's Default is changed in the parameter: the message says which.
  const found = model.resolver ? defaultParameterOf(model.resolver, r.node) : undefined;
  const message = messageOf(rule.meta, r);
  // A message that already names the parameter (hardcoded-secret's) says where the value comes from.
  const param = found && !message.includes(found) ? found : undefined;
  return makeFinding({
    rule: rule.meta,
    file: model.file,
    at: { source: model.source, node: r.node },
    message: param
      ? `${message.replace(/\.$/, '')}: the value is the Default of parameter \`${param}\`; change that Default (or constrain it with AllowedValues or AllowedPattern), or pass a value at deploy time.`
      : message,
    severity: r.severity,
    resource: r.resource?.id ?? r.policy?.resource?.id ?? null,
    policy: r.policy?.path ?? null,
    key: r.key,
    fix: r.fix,
  });
}
