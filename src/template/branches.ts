/**
 * The branches of a template: a resource behind a `Condition`, or a value behind `Fn::If`, exists
 * in some deployments and not in others. The parameter Defaults (and an assumed region) pick one
 * branch; the other is analysed too, by taking each condition the resources use as the value it
 * does not have by default (both values when it cannot be known offline). A finding that holds in
 * one branch only says so ("when condition IsProd is false").
 */
import { isMap, isSeq, str, type Node } from '../parse/node.js';
import type { Template } from './model.js';
import type { Resolver } from './resolve.js';
import { isUnknown } from './values.js';

/**
 * Branches looked at per template, in the order the resources use their conditions. Each costs
 * one more run of the rules over the file (a condition unknown offline takes two); templates of
 * samples use a handful, and a template with dozens keeps its first ones.
 */
export const MAX_BRANCHES = 8;

export interface Branch {
  condition: string;
  /** The value the condition is taken as in this branch. */
  value: boolean;
  /** What the condition is under the Defaults: the other value, or unknown offline. */
  otherwise: boolean | 'unknown';
}

/** The conditions the resources use: `Condition:` of a resource, and the first argument of `Fn::If`. */
export function usedConditions(template: Template): string[] {
  const out = new Set<string>();
  const walk = (n: Node | undefined, depth: number): void => {
    if (!n || depth > 64) return;
    if (isMap(n)) {
      for (const { key, value } of n.pairs) {
        if (key.value === 'Fn::If' && isSeq(value)) {
          const c = str(value.items[0]);
          if (c) out.add(c);
        }
        walk(value, depth + 1);
      }
    } else if (isSeq(n)) for (const i of n.items) walk(i, depth + 1);
  };
  for (const r of template.resources) {
    if (r.condition) out.add(r.condition);
    walk(r.node, 0);
  }
  return [...out].filter((c) => template.conditions.has(c));
}

/**
 * Whether a condition can differ between deployments: its definition refers (directly or through
 * other conditions) to a parameter or a pseudo parameter such as `AWS::Region`. `!Equals [a, b]`
 * is false in every deployment, and has no other branch.
 */
export function varies(template: Template, condition: string, seen = new Set<string>()): boolean {
  if (seen.has(condition)) return false;
  seen.add(condition);
  const refers = (n: Node | undefined, depth: number): boolean => {
    if (!n || depth > 64) return false;
    if (isMap(n)) {
      return n.pairs.some(({ key, value }) => {
        if (key.value === 'Ref') return true;
        if (key.value === 'Condition') {
          const c = str(value);
          return c !== undefined && varies(template, c, seen);
        }
        return refers(value, depth + 1);
      });
    }
    return isSeq(n) && n.items.some((i) => refers(i, depth + 1));
  };
  return refers(template.conditions.get(condition), 0);
}

/** The branches other than the Defaults' one, one per condition and value, bounded. */
export function otherBranches(template: Template, resolver: Resolver): Branch[] {
  const out: Branch[] = [];
  const conditions = usedConditions(template).filter((c) => varies(template, c));
  for (const condition of conditions) {
    if (out.length >= MAX_BRANCHES) break;
    const v = resolver.condition(condition, 0);
    if (isUnknown(v)) {
      out.push({ condition, value: true, otherwise: 'unknown' }, { condition, value: false, otherwise: 'unknown' });
    } else out.push({ condition, value: !v, otherwise: v });
  }
  return out.slice(0, MAX_BRANCHES);
}

/** "when condition IsProd is false": appended to a finding that holds only in that branch. */
export const whenBranch = (b: Pick<Branch, 'condition' | 'value'>): string =>
  `when condition ${b.condition} is ${b.value}`;
