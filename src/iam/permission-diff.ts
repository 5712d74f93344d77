/**
 * The offline permission diff: what a changed policy newly allows and no longer allows compared
 * with its own version on the base branch, as "action on resource" lines. Wildcards are expanded
 * through the IAM catalogue (NotAction included, Deny on all resources subtracted), then grants
 * that cover a whole service collapse back to `service:*` with a count, so `s3:*` reads as one line.
 */
import type { PermissionChange } from '../findings/types.js';
import type { Policy } from '../policies/types.js';
import { allActions, type ActionInfo } from './catalogue.js';
import { known, onAllResources, statementGroup } from './semantics.js';

export type { PermissionChange };

type Grants = Map<string, Set<ActionInfo>>;

function grants(policy: Policy): Grants {
  const out: Grants = new Map();
  const denied = new Set<ActionInfo>();
  for (const st of policy.statements) {
    if (st.effect === 'Deny' && !st.conditions && !st.notResource && onAllResources(st))
      for (const a of statementGroup(st).list) denied.add(a);
  }
  for (const st of policy.statements) {
    if (st.effect !== 'Allow') continue;
    const principals = (st.principal?.items ?? [])
      .filter(known)
      .map((p) => (p.type === '*' ? '*' : `${p.type}:${p.value}`));
    const resources = st.notResource
      ? [
          `everything but ${st.notResource.items
            .filter(known)
            .map((i) => i.value)
            .join(', ')}`,
        ]
      : (st.resource?.items ?? []).filter(known).map((i) => i.value);
    const where = (r: string) =>
      `${r}${principals.length ? ` for ${principals.join(', ')}` : ''}${st.conditions ? ' (with conditions)' : ''}`;
    for (const r of resources.length ? resources : ['(no resource)']) {
      const set = out.get(where(r)) ?? new Set<ActionInfo>();
      for (const a of statementGroup(st).list) if (!denied.has(a)) set.add(a);
      out.set(where(r), set);
    }
  }
  return out;
}

let serviceSizes: Map<string, number> | undefined;
function sizeOf(service: string): number {
  if (!serviceSizes) {
    serviceSizes = new Map();
    for (const a of allActions()) {
      const s = a.name.split(':')[0];
      serviceSizes.set(s, (serviceSizes.get(s) ?? 0) + 1);
    }
  }
  return serviceSizes.get(service) ?? 0;
}

/** Actions as few readable items: `*`, `service:*` (N actions), or names. */
export function collapse(actions: ActionInfo[]): string[] {
  if (actions.length === allActions().length) return [`* (${actions.length} actions)`];
  const byService = new Map<string, ActionInfo[]>();
  for (const a of actions) {
    const s = a.name.split(':')[0];
    byService.set(s, [...(byService.get(s) ?? []), a]);
  }
  const out: string[] = [];
  for (const [service, list] of [...byService].sort(([a], [b]) => a.localeCompare(b))) {
    if (list.length === sizeOf(service) && list.length > 1) out.push(`${service}:* (${list.length} actions)`);
    else if (list.length > 6)
      out.push(
        `${list.length} ${service} actions (${list
          .slice(0, 3)
          .map((a) => a.name)
          .join(', ')}, …)`,
      );
    else for (const name of list.map((a) => a.name).sort()) out.push(name);
  }
  return out;
}

function lines(from: Grants, minus: Grants): string[] {
  const out: string[] = [];
  for (const [where, set] of from) {
    const other = minus.get(where);
    const diff = [...set].filter((a) => !other?.has(a));
    if (diff.length) for (const item of collapse(diff)) out.push(`${item} on ${where}`);
  }
  return out;
}

export function permissionChange(before: Policy | undefined, after: Policy | undefined): PermissionChange | undefined {
  const p = (after ?? before)!;
  const b = before ? grants(before) : new Map();
  const a = after ? grants(after) : new Map();
  const added = lines(a, b);
  const removed = lines(b, a);
  if (!added.length && !removed.length) return undefined;
  return { file: p.file, resource: p.resource?.id ?? null, policy: p.path, added, removed };
}

/** What a fetched managed policy grants, or why it was not expanded. */
export type ManagedDocument = { policy: Policy } | { reason: string };

/** Managed policies attached to or detached from one resource, expanded where fetched. */
export function attachmentChange(
  file: string,
  resource: string,
  added: string[],
  removed: string[],
  documents: Map<string, ManagedDocument>,
): PermissionChange | undefined {
  const expand = (arn: string, verb: string): string[] => {
    const doc = documents.get(arn);
    if (doc && 'policy' in doc) return lines(grants(doc.policy), new Map()).map((l) => `${l} (via ${arn})`);
    return [`managed policy ${arn} ${verb} (${doc && 'reason' in doc ? doc.reason : 'not expanded'})`];
  };
  const a = added.flatMap((arn) => expand(arn, 'attached'));
  const r = removed.flatMap((arn) => expand(arn, 'detached'));
  if (!a.length && !r.length) return undefined;
  return { file, resource, policy: 'managed policies', added: a, removed: r };
}
