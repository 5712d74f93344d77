/**
 * Runs the offline rules over one file's model: every policy rule on every policy, every template
 * rule once. A rule that throws does not stop the others; the failure is reported as a warning
 * marked fatal, so the run cannot pass as if that rule had run.
 */
import type { Finding, Warning } from '../findings/types.js';
import { fingerprint, helpUri, locate, pathOf } from '../findings/locate.js';
import type { FileModel, Report, Rule, RuleContext } from '../rules/types.js';

export function runRules(model: FileModel, rules: readonly Rule[]): { findings: Finding[]; warnings: Warning[] } {
  const findings: Finding[] = [];
  const warnings: Warning[] = [];
  for (const rule of rules) {
    const ctx: RuleContext = { ...model, report: (r) => findings.push(toFinding(model, rule, r)) };
    try {
      if (rule.checkPolicy) for (const p of model.policies) rule.checkPolicy(p, ctx);
      if (rule.checkTemplate && model.template) rule.checkTemplate(model.template, ctx);
    } catch (e) {
      warnings.push({
        file: model.file,
        line: null,
        message: `rule ${rule.meta.id} failed on this file and did not finish: ${(e as Error).message}`,
        fatal: true,
      });
    }
  }
  return { findings, warnings };
}

export function toFinding(model: Pick<FileModel, 'file' | 'source'>, rule: Rule, r: Report): Finding {
  const pos = locate(model.source, r.node);
  const resource = r.resource?.id ?? r.policy?.resource?.id ?? null;
  const policy = r.policy?.path ?? null;
  return {
    ruleId: rule.meta.id,
    severity: r.severity ?? rule.meta.severity,
    title: rule.meta.title,
    message: r.message,
    file: model.file,
    ...pos,
    resource,
    policy,
    source: 'policygate',
    helpUri: helpUri(rule.meta.id),
    fingerprint: fingerprint([rule.meta.id, model.file, resource, policy, pathOf(r.node), r.key]),
    suppressed: false,
    suppression: null,
  };
}
