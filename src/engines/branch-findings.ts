/**
 * Every branch of a template (src/template/branches.ts): the rules run again with each condition
 * the resources use taken the other way, so a resource that the Defaults leave out (a NAT
 * instance only when `UseNatInstance` is true) is still reviewed. A finding that only another
 * branch has is added, saying when it holds; a finding of the Defaults' branch that another
 * branch does not have says so too. Findings are matched by fingerprint (rule, file, resource,
 * element), so one problem found in every branch stays one finding.
 */
import type { Finding } from '../findings/types.js';
import { extractFromTemplate } from '../policies/extract.js';
import type { FileModel, Rule } from '../rules/types.js';
import { otherBranches, whenBranch } from '../template/branches.js';
import { Resolver, type ResolveOptions } from '../template/resolve.js';
import { runRules } from './offline.js';

const withWhen = (message: string, when: string[]): string => `${message.replace(/\.$/, '')} (${when.join(' and ')}).`;

/**
 * The findings of the other branches, and the Defaults' findings (`base`, changed in place) told
 * when they hold. Returns the findings to add.
 */
export function branchFindings(
  model: FileModel,
  base: Finding[],
  options: ResolveOptions,
  rules: readonly Rule[],
): Finding[] {
  const template = model.template;
  if (!template?.conditions.size) return [];
  const known = new Set(base.map((f) => f.fingerprint));
  const added = new Map<string, { finding: Finding; when: string[] }>();
  const onlyDefault = new Map<Finding, string[]>();
  for (const b of otherBranches(template, model.resolver)) {
    const resolver = new Resolver(template, { ...options, conditions: { [b.condition]: b.value } });
    const { policies, managed } = extractFromTemplate(model.file, template, resolver);
    const { findings } = runRules({ ...model, resolver, policies, managed }, rules);
    const here = new Set<string>();
    for (const f of findings) {
      if (f.internal) continue;
      here.add(f.fingerprint);
      if (known.has(f.fingerprint)) continue;
      const seen = added.get(f.fingerprint);
      if (seen) seen.when.push(whenBranch(b));
      else added.set(f.fingerprint, { finding: f, when: [whenBranch(b)] });
    }
    if (b.otherwise === 'unknown') continue;
    for (const f of base) {
      if (f.internal || here.has(f.fingerprint)) continue;
      const when = onlyDefault.get(f) ?? [];
      when.push(whenBranch({ condition: b.condition, value: b.otherwise }));
      onlyDefault.set(f, when);
    }
  }
  for (const [f, when] of onlyDefault) f.message = withWhen(f.message, when);
  // Found in several branches of one condition (both values of an unknown one): it holds in each.
  return [...added.values()].map(({ finding, when }) => ({
    ...finding,
    message:
      when.length > 1 && new Set(when.map((w) => w.split(' is ')[0])).size === 1
        ? finding.message
        : withWhen(finding.message, when.length > 1 ? [when.join(' or ')] : when),
  }));
}
