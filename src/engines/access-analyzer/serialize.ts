/**
 * A policy as Access Analyzer receives it: resolved JSON text built from the parsed statements,
 * and the way back from Access Analyzer's `locations[].path` (and the custom checks'
 * `statementIndex`) to the node in the file as written, so its findings land on the same line an
 * offline rule would use.
 */
import { get, type Node } from '../../parse/node.js';
import type { Policy, PrincipalItem, Statement } from '../../policies/types.js';
import { hasUnknown, isUnknown, type Value } from '../../template/values.js';
import type { Resolver } from '../../template/resolve.js';
import { withPlaceholders } from '../../findings/secrets.js';

export interface Serialized {
  text: string;
  /** Some value could not be resolved: the policy is not sent (it would be checked as a guess). */
  unknown: boolean;
}

function principalJson(items: PrincipalItem[]): Value {
  if (items.some((p) => p.type === '*')) return '*';
  const out: Record<string, Value> = {};
  for (const p of items) ((out[p.type] ??= []) as Value[]).push(p.value as Value);
  return out;
}

/** `secrets` are replaced by placeholders of the same shape: their values never reach AWS. */
export function serialize(policy: Policy, secrets: readonly string[] = []): Serialized {
  let unknown = false;
  const strings = (items: { value: unknown }[]) =>
    items.map((i) => {
      if (isUnknown(i.value)) unknown = true;
      return i.value as string;
    });
  const statements = policy.statements.map((st: Statement) => {
    const o: Record<string, Value> = {};
    if (st.sid) o.Sid = st.sid;
    o.Effect = st.effect ?? 'Allow';
    if (st.principal) o.Principal = principalJson(st.principal.items);
    if (st.notPrincipal) o.NotPrincipal = principalJson(st.notPrincipal.items);
    for (const [k, el] of [
      ['Action', st.action],
      ['NotAction', st.notAction],
      ['Resource', st.resource],
      ['NotResource', st.notResource],
    ] as const) {
      if (el) o[k] = strings(el.items);
    }
    if (st.conditions) {
      if (hasUnknown(st.conditions as unknown as Value)) unknown = true;
      o.Condition = st.conditions as unknown as Value;
    }
    if (st.principal?.items.some((p) => isUnknown(p.value)) || st.notPrincipal?.items.some((p) => isUnknown(p.value)))
      unknown = true;
    return o;
  });
  const text = withPlaceholders(JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2), secrets);
  return { text, unknown };
}

export type PathElement = { index?: number; key?: string; value?: string; substring?: unknown };

/** The node a location path points at, as deep as the parsed policy can follow it. */
export function nodeForPath(policy: Policy, path: PathElement[], r: Resolver): Node {
  let node: Node = policy.node;
  if (path[0]?.value !== 'Statement') return node;
  const st = policy.statements[path[1]?.index ?? 0];
  if (!st) return node;
  node = st.node;
  const field = path[2]?.value;
  if (!field) return node;
  const at = path[3];
  const pick = (items: { node: Node }[] | undefined, elementNode: Node | undefined): Node =>
    (at?.index !== undefined ? items?.[at.index]?.node : undefined) ?? elementNode ?? node;
  switch (field) {
    case 'Action':
      return pick(st.action?.items, st.action?.node);
    case 'NotAction':
      return pick(st.notAction?.items, st.notAction?.node);
    case 'Resource':
      return pick(st.resource?.items, st.resource?.node);
    case 'NotResource':
      return pick(st.notResource?.items, st.notResource?.node);
    case 'Principal':
    case 'NotPrincipal': {
      const el = field === 'Principal' ? st.principal : st.notPrincipal;
      if (!el) return node;
      const type = at?.value;
      const ofType = type ? el.items.filter((p) => p.type === type) : el.items;
      const idx = path[4]?.index ?? 0;
      return ofType[idx]?.node ?? ofType[0]?.node ?? el.node;
    }
    case 'Condition': {
      let n: Node | undefined = st.condition;
      for (const p of path.slice(3)) {
        const next: Node | undefined =
          p.value !== undefined || p.key !== undefined ? get(r.view(n), String(p.value ?? p.key)) : undefined;
        if (!next) break;
        n = next;
      }
      return n ?? node;
    }
    default:
      return get(st.node, field) ?? node;
  }
}

/** The node of a statement by index, for the custom checks' reasons. */
export function nodeForStatement(policy: Policy, index: number | undefined, sid: string | undefined): Node {
  const st =
    (sid ? policy.statements.find((s) => s.sid === sid) : undefined) ??
    (index !== undefined ? policy.statements[index] : undefined);
  return st?.node ?? policy.node;
}
