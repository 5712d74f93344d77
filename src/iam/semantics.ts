/**
 * IAM semantics the rules share: what a statement grants, what "unconstrained" means and which
 * principals are public. Conditions are read in conditions.ts, Denies applied in evaluation.ts.
 */
import type { Item, Policy, PrincipalItem, Statement } from '../policies/types.js';
import { actionInfo, allActions, expand, matches, type ActionInfo } from './catalogue.js';
import { detached } from './detached.js';

export { conditionEntries, type ConditionEntry } from './conditions.js';

export const known = (i: Item): i is Item & { value: string } => typeof i.value === 'string';

/** `*`, or an ARN pattern made only of wildcards (`arn:aws:*:*:*:*`, `arn:*`). */
export function isStarResource(value: string): boolean {
  if (value === '*') return true;
  // Asked of every resource of every statement by several rules: ARNs that cannot qualify (not
  // ending in `*`, or not ARNs at all) are answered before splitting.
  if (!value.endsWith('*') || !value.startsWith('arn:')) return false;
  const parts = value.split(':');
  const rest = parts.slice(1);
  const last = rest[rest.length - 1];
  return last === '*' && rest.every((p, i) => p === '*' || p === '' || (i === 0 && /^aws(-[a-z-]+)?$/.test(p)));
}

/** The statement applies to every resource: `Resource: "*"` or any `NotResource`. */
export function onAllResources(st: Statement): boolean {
  if (st.notResource) return true;
  return (st.resource?.items ?? []).some((i) => known(i) && isStarResource(i.value));
}

export function hasCondition(st: Statement): boolean {
  return st.conditions !== undefined;
}

/** Whether an Allow statement grants one action (Action or NotAction, wildcards, any case). */
export function grants(st: Statement, action: string): boolean {
  if (st.effect !== 'Allow') return false;
  if (st.action) return st.action.items.some((i) => known(i) && matches(i.value, action));
  if (st.notAction) return !st.notAction.items.some((i) => !known(i) || matches(i.value, action));
  return false;
}

/**
 * The catalogue actions one statement names, shared by every statement with the same patterns
 * (a policy corpus repeats `*`, `s3:*` and friends thousands of times): the list, a set for
 * membership, and per-access-level and scopable sub-lists computed on first use.
 */
export class ActionGroup {
  readonly set: ReadonlySet<ActionInfo>;
  /** Names the group in the shape of an `Unconstrained` (groups are shared, so ids are too). */
  readonly id = nextGroupId++;
  private readonly levels = new Map<string, readonly ActionInfo[]>();
  private scopableList?: readonly ActionInfo[];
  private requiringList?: readonly ActionInfo[];

  constructor(readonly list: readonly ActionInfo[]) {
    this.set = new Set(list);
  }

  withLevel(letter: string): readonly ActionInfo[] {
    let l = this.levels.get(letter);
    if (!l) {
      l = this.list.filter((a) => a.levels.includes(letter));
      this.levels.set(letter, l);
    }
    return l;
  }

  scopable(): readonly ActionInfo[] {
    return (this.scopableList ??= this.list.filter((a) => a.scopable));
  }

  /** The actions whose requests always name a resource (see `ActionInfo.requiresResource`). */
  requiring(): readonly ActionInfo[] {
    return (this.requiringList ??= this.list.filter((a) => a.requiresResource));
  }
}

let nextGroupId = 0;
const groups = new Map<string, ActionGroup>();
const EMPTY = new ActionGroup([]);

/** The group of actions a statement names (for NotAction, every action it does not name). */
export function statementGroup(st: Statement): ActionGroup {
  const el = st.action ?? st.notAction;
  if (!el) return EMPTY;
  if (st.notAction && el.items.some((i) => !known(i))) return EMPTY;
  const patterns = el.items.filter(known).map((i) => i.value.toLowerCase());
  // Most elements name one pattern, whose key needs no de-duplicating and sorting.
  const names = patterns.length === 1 ? patterns[0] : [...new Set(patterns)].sort().join('|');
  const key = `${st.action ? 'A' : 'N'}|${names}`;
  let g = groups.get(key);
  if (!g) {
    const named = new Set<ActionInfo>();
    for (const p of patterns) for (const a of expand(p)) named.add(a);
    g = new ActionGroup(st.action ? [...named] : allActions().filter((a) => !named.has(a)));
    groups.set(detached(key), g);
  }
  return g;
}

export function statementActions(st: Statement): readonly ActionInfo[] {
  return statementGroup(st).list;
}

/**
 * The actions a policy allows with no constraint, as cloudsplaining counts them: an Allow with no
 * Condition, on `*` for actions that take resource-level permissions (on anything for those that
 * do not), less any action a Deny on all resources without a condition removes. Answered per
 * question rather than materialised: `*` alone is some 22,000 actions.
 *
 * The answer depends only on the policy's shape (which action groups its unconditioned Allows and
 * Denies name, and whether each Allow is on every resource), and a scan meets the same few shapes
 * thousands of times: policies of one shape share one instance, which remembers its answers.
 */
export class Unconstrained {
  private readonly hasCache = new Map<string, boolean>();
  private readonly levelCache = new Map<string, ActionInfo[]>();
  private readonly derivedCache = new Map<object, unknown>();

  constructor(
    private readonly allows: readonly { group: ActionGroup; all: boolean }[],
    private readonly denies: readonly ActionGroup[],
  ) {}

  private counts(a: ActionInfo, all: boolean): boolean {
    if (!all && a.scopable) return false;
    for (const d of this.denies) if (d.set.has(a)) return false;
    return true;
  }

  get empty(): boolean {
    return this.allows.length === 0;
  }

  /**
   * Remembered per action: the rules ask every policy about the same constant lists of actions,
   * so this holds at most those.
   */
  has(action: string): boolean {
    let h = this.hasCache.get(action);
    if (h === undefined) {
      const a = actionInfo(action);
      h = false;
      if (a) {
        for (const x of this.allows) {
          if (x.group.set.has(a) && this.counts(a, x.all)) {
            h = true;
            break;
          }
        }
      }
      this.hasCache.set(action, h);
    }
    return h;
  }

  /** The unconstrained actions of one access level (`P`: permissions management). */
  withLevel(letter: string): readonly ActionInfo[] {
    let l = this.levelCache.get(letter);
    if (!l) {
      const out = new Set<ActionInfo>();
      for (const x of this.allows) for (const a of x.group.withLevel(letter)) if (this.counts(a, x.all)) out.add(a);
      l = [...out];
      this.levelCache.set(letter, l);
    }
    return l;
  }

  /**
   * A rule's answer about this set, computed once per shape: `key` is a constant of the rule
   * (its list of actions), `compute` must depend only on this set.
   */
  derived<T>(key: object, compute: (u: Unconstrained) => T): T {
    if (this.derivedCache.has(key)) return this.derivedCache.get(key) as T;
    const v = compute(this);
    this.derivedCache.set(key, v);
    return v;
  }
}

const unconstrainedCache = new WeakMap<Policy, Unconstrained>();
/** Instances by shape; bounded, so a repository of countless distinct policies cannot grow it without end. */
const byShape = new Map<string, Unconstrained>();
const MAX_SHAPES = 10_000;

export function unconstrainedActions(policy: Policy): Unconstrained {
  let u = unconstrainedCache.get(policy);
  if (!u) {
    u = sharedUnconstrained(policy);
    unconstrainedCache.set(policy, u);
  }
  return u;
}

function sharedUnconstrained(policy: Policy): Unconstrained {
  const allows: { group: ActionGroup; all: boolean }[] = [];
  const denies: ActionGroup[] = [];
  let shape = '';
  for (const st of policy.statements) {
    if (hasCondition(st)) continue;
    if (st.effect === 'Allow') {
      const resourceKnown = st.notResource || (st.resource?.items ?? []).some(known);
      if (resourceKnown) {
        const x = { group: statementGroup(st), all: onAllResources(st) };
        allows.push(x);
        shape += `${x.all ? 'A' : 'a'}${x.group.id},`;
      }
    } else if (st.effect === 'Deny' && !st.notResource && onAllResources(st)) {
      // A Deny with NotResource leaves the listed resources allowed: it removes nothing everywhere.
      const g = statementGroup(st);
      denies.push(g);
      shape += `D${g.id},`;
    }
  }
  let u = byShape.get(shape);
  if (!u) {
    u = new Unconstrained(allows, denies);
    if (byShape.size >= MAX_SHAPES) byShape.clear();
    byShape.set(shape, u);
  }
  return u;
}

// ---------------------------------------------------------------------------------------------
// Principals and conditions
// ---------------------------------------------------------------------------------------------

/** `*`, `{AWS: "*"}`: anyone, in any account (and anonymous, for resource policies). */
export function isPublicPrincipal(p: PrincipalItem): boolean {
  return known(p) && (p.value === '*' || (p.type === 'AWS' && /^arn:aws[\w-]*:iam::\*:root$/.test(p.value)));
}

/** Service principal `lambda.amazonaws.com`, or its legacy forms. */
export function isServicePrincipal(p: PrincipalItem): boolean {
  return p.type === 'Service' || (known(p) && /\.amazonaws\.com(\.cn)?$/.test(p.value));
}

/** The 12-digit account a principal ARN or id names, if any. */
export function principalAccount(value: string): string | undefined {
  if (/^\d{12}$/.test(value)) return value;
  const m = /^arn:aws[\w-]*:(?:iam|sts)::(\d{12}):/.exec(value);
  return m?.[1];
}
