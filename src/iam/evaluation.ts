/**
 * The evaluation model every IAM rule asks: is action A effectively allowed by an Allow statement
 * once the policy's explicit Denies are applied, and do the statement's conditions pin the
 * caller? AWS's order is an explicit Deny first, then an Allow, else the implicit deny; a Deny
 * removes an action for certain only when it has no condition (a conditional Deny applies to some
 * requests, so it removes nothing for certain), names the action, and reaches every resource and
 * principal the Allow does. Within one policy document: Denies in other policies of the same
 * principal, SCPs, RCPs, permission boundaries and session policies are not combined (listed in
 * docs/accuracy.md, "IAM semantics").
 */
import type { Policy, PrincipalItem, PrincipalType, Statement } from '../policies/types.js';
import { isUnknown } from '../template/values.js';
import { actionInfo, matches, resourceCovers, type ActionInfo } from './catalogue.js';
import { deniesOutsideParty, loopholes, pinsCaller } from './conditions.js';
import { isPublicPrincipal, isStarResource, known, statementGroup } from './semantics.js';

// ---------------------------------------------------------------------------------------------
// Reach of a Deny: resources and principals
// ---------------------------------------------------------------------------------------------

/** Whether `d`'s Resource reaches every resource `st` applies to. */
function coversResources(d: Statement, st: Statement): boolean {
  // NotResource in a Deny leaves the listed resources allowed: it covers nothing for certain.
  if (d.notResource) return false;
  const deny = d.resource?.items ?? [];
  // No Resource at all: a trust policy, whose only resource is the role.
  if (!d.resource) return !st.resource && !st.notResource;
  if (deny.some((i) => known(i) && isStarResource(i.value))) return true;
  if (st.notResource || !st.resource) return false;
  const patterns = deny.filter(known).map((i) => i.value);
  return st.resource.items.every((i) => known(i) && patterns.some((p) => resourceCovers(p, i.value)));
}

/** Whether `d`'s Principal reaches every principal of `st` (identity policies have none). */
function coversPrincipals(d: Statement, st: Statement): boolean {
  if (d.notPrincipal) return false;
  if (!d.principal) return true;
  if (d.principal.items.some(isPublicPrincipal)) return true;
  const denied = new Set(d.principal.items.filter(known).map((p) => `${p.type}|${p.value}`));
  const allowed = st.principal?.items ?? [];
  return allowed.length > 0 && allowed.every((p) => known(p) && denied.has(`${p.type}|${p.value}`));
}

/**
 * Kept only for statements of policies that have a Deny (few): a weak entry for every statement
 * a scan reads made garbage collection a visible share of a large scan (weak entries are traced
 * apart), and with no Deny the answer is empty at once.
 */
const deniesCache = new WeakMap<Statement, readonly Statement[]>();
const NO_DENIES: readonly Statement[] = [];

/**
 * The Deny statements of the policy that apply for certain wherever `st` applies: no condition,
 * every resource and principal of `st` in reach. Their actions are removed from what `st` allows.
 */
export function certainDenies(policy: Policy, st: Statement): readonly Statement[] {
  if (!policy.statements.some((d) => d.effect === 'Deny')) return NO_DENIES;
  let out = deniesCache.get(st);
  if (!out) {
    out = policy.statements.filter(
      (d) =>
        d !== st &&
        d.effect === 'Deny' &&
        d.conditions === undefined &&
        (d.action !== undefined || d.notAction !== undefined) &&
        coversResources(d, st) &&
        coversPrincipals(d, st),
    );
    deniesCache.set(st, out);
  }
  return out;
}

/** Whether a Deny statement names the action (Action or NotAction, wildcards, any case). */
function denyNames(d: Statement, action: string, info: ActionInfo | undefined): boolean {
  if (info) return statementGroup(d).set.has(info);
  // Not in the catalogue (an action newer than it): match the patterns as written.
  if (d.action) return d.action.items.some((i) => known(i) && matches(i.value, action));
  if (d.notAction) return !d.notAction.items.some((i) => !known(i) || matches(i.value, action));
  return false;
}

/** Whether an Allow statement names the action. */
function allowNames(st: Statement, action: string, info: ActionInfo | undefined): boolean {
  if (st.effect !== 'Allow') return false;
  if (info) return statementGroup(st).set.has(info);
  if (st.action) return st.action.items.some((i) => known(i) && matches(i.value, action));
  if (st.notAction) return !st.notAction.items.some((i) => !known(i) || matches(i.value, action));
  return false;
}

/** Whether `st` allows `action` and no certain Deny of the policy takes it away. */
export function effectivelyAllows(policy: Policy, st: Statement, action: string): boolean {
  const info = actionInfo(action);
  if (!allowNames(st, action, info)) return false;
  return !certainDenies(policy, st).some((d) => denyNames(d, action, info));
}

/** By list (the catalogue's lists are shared, frozen objects), then by the Denies' groups. */
const remainingCache = new WeakMap<readonly ActionInfo[], Map<string, readonly ActionInfo[]>>();

/**
 * Of `actions` (a list `st` allows), those no certain Deny removes. The same Allow and Deny
 * shapes recur across a scan (`*` less `NotAction s3:*`), so answers are kept by shape.
 */
export function remaining(policy: Policy, st: Statement, actions: readonly ActionInfo[]): readonly ActionInfo[] {
  const denies = certainDenies(policy, st);
  if (!denies.length || !actions.length) return actions;
  const groups = denies.map(statementGroup);
  const key = groups.map((g) => g.id).join(',');
  let byDenies = remainingCache.get(actions);
  if (!byDenies) remainingCache.set(actions, (byDenies = new Map()));
  let out = byDenies.get(key);
  if (!out) {
    out = actions.filter((a) => !groups.some((g) => g.set.has(a)));
    if (byDenies.size > 1000) byDenies.clear();
    byDenies.set(key, out);
  }
  return out;
}

/** Every action of the statement is taken away by certain Denies (an Allow that grants nothing). */
export function deniedOutright(policy: Policy, st: Statement): boolean {
  const actions = statementGroup(st).list;
  return actions.length > 0 && remaining(policy, st, actions).length === 0;
}

// ---------------------------------------------------------------------------------------------
// Who may call: public principals and conditions
// ---------------------------------------------------------------------------------------------

/**
 * Whether an Allow statement of a resource or trust policy is fenced to one party: its own
 * conditions pin the caller, or a Deny of the same policy refuses every caller outside a party
 * for all of its actions, or for `action` when given (`Deny` `Principal: "*"` with
 * `StringNotEquals aws:PrincipalOrgID`).
 */
export function restrictedToParty(policy: Policy, st: Statement, action?: string): boolean {
  if (pinsCaller(st)) return true;
  const actions = statementGroup(st).list;
  return policy.statements.some(
    (d) =>
      deniesOutsideParty(d) &&
      coversResources(d, st) &&
      coversPrincipals(d, st) &&
      (action === undefined ? actionsCovered(d, st, actions) : denyNames(d, action, actionInfo(action))),
  );
}

function actionsCovered(d: Statement, st: Statement, actions: readonly ActionInfo[]): boolean {
  const items = st.action?.items ?? [];
  if (!actions.length) {
    // Actions outside the catalogue: the Deny must name each as written.
    return items.length > 0 && items.every((i) => known(i) && denyNames(d, i.value, undefined));
  }
  if (items.some((i) => isUnknown(i.value))) return false;
  const set = statementGroup(d).set;
  return actions.every((a) => set.has(a));
}

// ---------------------------------------------------------------------------------------------
// One question, answered for a whole policy
// ---------------------------------------------------------------------------------------------

/** A request to ask a policy about: an action, and optionally a resource and a caller. */
export interface Request {
  action: string;
  /** A resource ARN; `*` asks about every resource at once. Omitted: any resource. */
  resource?: string;
  /** The caller, for resource and trust policies: `*` is anyone (anonymous included). */
  principal?: { type: PrincipalType; value: string };
}

export interface Verdict {
  /** Some Allow applies and no Deny without a condition takes the request away. */
  allowed: boolean;
  /** ... and one of those Allows has no condition at all. */
  unconditional: boolean;
  /**
   * ... and every applying Allow is fenced to one party (its own conditions pin the caller, or a
   * Deny refuses everyone outside a party): the question resource and trust rules ask of `*`.
   */
  pinned: boolean;
  /** Why the applying Allows' conditions leave the caller open (empty when pinned or none). */
  loopholes: string[];
  /** The Deny statement without a condition that refuses the request, if any. */
  deniedBy: Statement | undefined;
  /** Denies that apply only under their conditions: they refuse some requests, not this one for certain. */
  conditionalDenies: Statement[];
  /** The Allow statements that apply. */
  allowedBy: Statement[];
}

const canonicalPrincipal = (type: string, value: string): string => {
  const account = /^\d{12}$/.test(value) ? value : /^arn:aws[\w-]*:iam::(\d{12}):root$/.exec(value)?.[1];
  return account ? `AWS|${account}` : `${type === '*' ? 'AWS' : type}|${value}`;
};

/**
 * Whether the statement reaches the caller. `certain` (for a Deny) asks whether it reaches every
 * caller the question covers: `NotPrincipal` excepts someone, so it never reaches "anyone" for certain.
 */
function principalApplies(st: Statement, who: Request['principal'], certain: boolean): boolean {
  if (!who) return true;
  const anyone = who.value === '*';
  const me = canonicalPrincipal(who.type, who.value);
  const listed = (items: PrincipalItem[]) =>
    items.some((p) => isPublicPrincipal(p) || (!anyone && known(p) && canonicalPrincipal(p.type, p.value) === me));
  if (st.notPrincipal) return anyone ? !certain : !listed(st.notPrincipal.items);
  if (!st.principal) return true; // an identity policy: its holder is the caller
  return listed(st.principal.items);
}

function resourceApplies(st: Statement, resource: string | undefined, certain: boolean): boolean {
  if (resource === undefined) return true;
  if (st.notResource) {
    if (resource === '*') return !certain;
    return !st.notResource.items.some((i) => !known(i) || resourceCovers(i.value, resource));
  }
  if (!st.resource) return true; // a trust policy: the role is the resource
  return st.resource.items.some(
    (i) => known(i) && (isStarResource(i.value) || (resource !== '*' && resourceCovers(i.value, resource))),
  );
}

/**
 * Is `request.action` effectively allowed by this policy on `request.resource` for
 * `request.principal`, and under which conditions? Explicit Deny first (one without a condition
 * refuses; a conditional one refuses nothing for certain), then the Allows and what their
 * conditions leave open.
 */
export function evaluate(policy: Policy, request: Request): Verdict {
  const info = actionInfo(request.action);
  const verdict: Verdict = {
    allowed: false,
    unconditional: false,
    pinned: false,
    loopholes: [],
    deniedBy: undefined,
    conditionalDenies: [],
    allowedBy: [],
  };
  for (const d of policy.statements) {
    if (d.effect !== 'Deny' || !denyNames(d, request.action, info)) continue;
    if (!principalApplies(d, request.principal, true)) continue;
    if (!resourceApplies(d, request.resource, true)) continue;
    if (d.conditions === undefined) verdict.deniedBy ??= d;
    else verdict.conditionalDenies.push(d);
  }
  verdict.allowedBy = policy.statements.filter(
    (st) =>
      allowNames(st, request.action, info) &&
      principalApplies(st, request.principal, false) &&
      resourceApplies(st, request.resource, false),
  );
  if (verdict.deniedBy || !verdict.allowedBy.length) return verdict;
  verdict.allowed = true;
  verdict.unconditional = verdict.allowedBy.some((st) => st.conditions === undefined);
  const open = verdict.allowedBy.filter((st) => !restrictedToParty(policy, st, request.action));
  verdict.pinned = open.length === 0;
  verdict.loopholes = open.flatMap(loopholes);
  return verdict;
}
