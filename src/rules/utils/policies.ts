/** Small predicates several rules share. */
import type { Item, Policy, Statement } from '../../policies/types.js';
import { known } from '../../iam/semantics.js';
import { actionInfo, matches, type ActionInfo } from '../../iam/catalogue.js';
import { iotPolicies } from '../../policies/iot.js';
import { perTemplate } from './properties.js';

export const isIdentity = (p: Policy): boolean => p.kind === 'identity';

export const allows = (st: Statement): boolean => st.effect === 'Allow';

/** The first action item of an Allow statement that grants `action`, for pointing a finding. */
export function grantingItem(st: Statement, action: string): Item | undefined {
  if (st.action) return st.action.items.find((i) => known(i) && matches(i.value, action));
  return undefined;
}

/** Where to point a finding about an action granted somewhere in a policy. */
export function whereGranted(policy: Policy, action: string): Item['node'] {
  for (const st of policy.statements) {
    if (st.effect !== 'Allow') continue;
    const it = grantingItem(st, action);
    if (it) return it.node;
    if (st.notAction && !st.notAction.items.some((i) => known(i) && matches(i.value, action))) return st.notAction.node;
  }
  return policy.node;
}

/** "a, b, c and 4 more" */
export function listSome(names: readonly string[], max = 4): string {
  if (names.length <= max) return names.join(', ');
  return `${names.slice(0, max).join(', ')} and ${names.length - max} more`;
}

/** Access levels by risk: permissions management first, then write, tagging, read, list. */
const RISK = ['P', 'W', 'T', 'R', 'L'];
const riskOf = (a: ActionInfo | undefined): number => {
  if (!a) return RISK.length;
  let best = RISK.length;
  for (const l of a.levels) best = Math.min(best, RISK.indexOf(l) < 0 ? RISK.length : RISK.indexOf(l));
  return best;
};

/**
 * The first `max` actions by risk (permissions management, write, tagging, read, list), in their
 * order within a level: a message names the most dangerous actions first, not the alphabet's.
 * One pass: a statement's group can hold thousands of actions.
 */
function riskiest<T>(items: readonly T[], info: (t: T) => ActionInfo | undefined, max: number): T[] {
  const byLevel: T[][] = RISK.map(() => []).concat([[]]);
  for (const t of items) {
    const bucket = byLevel[riskOf(info(t))];
    if (bucket.length < max) bucket.push(t);
    // The riskiest level is full: nothing later can be shown.
    if (byLevel[0].length === max) break;
  }
  return byLevel.flat().slice(0, max);
}

/** `listSome` of action names, the riskiest first. */
export function listActions(names: readonly string[], max = 4): string {
  const shown = riskiest(names, actionInfo, max);
  return names.length <= max ? shown.join(', ') : `${shown.join(', ')} and ${names.length - max} more`;
}

/**
 * `listSome` of the actions' names, the riskiest first, naming only those shown: a statement's
 * group can hold thousands of actions, and listing every name to show three was a visible cost.
 * The lists are the catalogue's shared ones (a group's, or what remains of a service), so the text
 * is remembered per list: ranking `Action: *`'s thousands again for every finding was the largest
 * cost the IAM rules added (55–89 ms per 1,000 templates for iam-wildcard-resource, 4–7 with it).
 */
export function listSomeActions(actions: readonly ActionInfo[], max = 4): string {
  let byMax = someActions.get(actions);
  if (!byMax) someActions.set(actions, (byMax = new Map()));
  let text = byMax.get(max);
  if (text === undefined) byMax.set(max, (text = rankedNames(actions, max)));
  return text;
}

const someActions = new WeakMap<readonly ActionInfo[], Map<number, string>>();

function rankedNames(actions: readonly ActionInfo[], max: number): string {
  const shown = riskiest(actions, (a) => a, max)
    .map((a) => a.name)
    .join(', ');
  return actions.length <= max ? shown : `${shown} and ${actions.length - max} more`;
}

/**
 * Where the actions apply, said truthfully: "on every resource" of actions that take a resource
 * ARN (found unconstrained, so allowed on `*`); for actions that take none, that no Resource can
 * narrow them (the Service Authorization Reference lists no resource type for them).
 */
export function onEveryResource(names: readonly string[]): string {
  const scoped = names.filter((n) => actionInfo(n)?.scopable !== false);
  const account = names.filter((n) => actionInfo(n)?.scopable === false);
  const parts: string[] = [];
  if (scoped.length) parts.push(`on every resource: ${listActions(scoped)}`);
  if (account.length)
    parts.push(
      `${scoped.length ? 'and ' : ''}${listActions(account)}, which take${account.length > 1 ? '' : 's'} no resource ARN (no Resource can narrow ${account.length > 1 ? 'them' : 'it'})`,
    );
  return parts.join('; ');
}

/** The template's IoT policies, read once for the two rules that ask. */
export const iotPoliciesOf = perTemplate((t, ctx) => iotPolicies(t, ctx.resolver));
