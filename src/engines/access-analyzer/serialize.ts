/**
 * A policy as Access Analyzer receives it: resolved JSON text built from the parsed statements,
 * and the way back from Access Analyzer's `locations[].path` (and the custom checks'
 * `statementIndex`) to the node in the file as written, so its findings land on the same line an
 * offline rule would use.
 */
import { get, isSeq, keyNode, type Node } from '../../parse/node.js';
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
  let unknown = policy.unanalysable !== undefined;
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
  // A Statement written as one mapping is sent as one: Access Analyzer's locations then have no
  // index step, as for the document as written.
  const one = statements.length === 1 && policy.statements[0].node.key === 'Statement';
  const document = { Version: '2012-10-17', Statement: one ? statements[0] : statements };
  const text = withPlaceholders(JSON.stringify(document, null, 2), secrets);
  return { text, unknown };
}

/**
 * One step of Access Analyzer's `locations[].path`, a union: `value` (the value under a member
 * name), `key` (the member name itself), `index` (an array position), `substring` (part of a
 * string). The SDK surfaces a member it does not know as `$unknown`.
 */
export type PathElement = {
  index?: number;
  key?: string;
  value?: string;
  substring?: { start: number; length: number };
  $unknown?: unknown;
};

/** Where a location lands: the element's node, or an ancestor when the path could not be followed. */
export interface Located {
  node: Node;
  exact: boolean;
}

const ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const;
const ELEMENT_FIELD = {
  Action: 'action',
  NotAction: 'notAction',
  Resource: 'resource',
  NotResource: 'notResource',
} as const;

/**
 * The node a location path points at, followed step by step as far as the parsed policy allows.
 * A single-object `Statement` has no `index` step. `text` is the file's text, to place a
 * `substring` inside a literal string.
 */
export function nodeForPath(policy: Policy, path: PathElement[], r: Resolver, text?: string): Located {
  const doc = r.view(policy.node) ?? policy.node;
  const [first, ...rest] = path;
  if (!first) return { node: doc, exact: true };
  const name = first.value ?? first.key;
  if (name === undefined) return { node: doc, exact: false };
  if (first.key !== undefined || name !== 'Statement') {
    return walk(doc, path, r, text);
  }
  let steps = rest;
  let st: Statement | undefined;
  if (steps[0]?.index !== undefined) {
    st = policy.statements[steps[0].index];
    steps = steps.slice(1);
  } else if (policy.statements.length === 1) st = policy.statements[0];
  if (!st) return { node: get(doc, 'Statement') ?? doc, exact: false };
  const [field, ...tail] = steps;
  if (!field) return { node: st.node, exact: true };
  const fieldName = field.value ?? field.key;
  if (field.key !== undefined || fieldName === undefined) return walk(st.node, steps, r, text);
  const el = (ELEMENTS as readonly string[]).includes(fieldName)
    ? st[ELEMENT_FIELD[fieldName as (typeof ELEMENTS)[number]]]
    : undefined;
  if (el) return inItems(el.node, el.items, tail, text);
  if (fieldName === 'Principal' || fieldName === 'NotPrincipal') {
    const p = fieldName === 'Principal' ? st.principal : st.notPrincipal;
    if (!p) return { node: st.node, exact: false };
    const [type, ...more] = tail;
    if (!type) return { node: p.node, exact: true };
    const view = r.view(p.node);
    if (type.key !== undefined) {
      const k = keyNode(view, type.key);
      return k ? { node: k, exact: !more.length } : { node: p.node, exact: false };
    }
    if (type.value === undefined) return { node: p.node, exact: false };
    const ofType = p.items.filter((i) => i.type === type.value);
    const under = get(view, type.value);
    if (!ofType.length || !under) return { node: p.node, exact: false };
    return inItems(under, ofType, more, text);
  }
  return walk(st.node, steps, r, text);
}

/** The rest of a path inside a list of items (actions, resources, principals of one type). */
function inItems(
  node: Node,
  items: { node: Node; value: unknown }[],
  steps: PathElement[],
  text: string | undefined,
): Located {
  const [step, ...more] = steps;
  if (!step) return { node, exact: true };
  // A lone string is sent as a one-item list: index 0 is the string itself.
  const item = step.index !== undefined ? items[step.index] : undefined;
  if (!item) return { node, exact: false };
  if (!more.length) return { node: item.node, exact: true };
  if (more.length === 1 && more[0].substring) return inString(item.node, item.value, more[0].substring, text);
  return { node: item.node, exact: false };
}

/** A path through the document as written (Version, Id, Condition, keys), through Fn::If views. */
function walk(from: Node, steps: PathElement[], r: Resolver, text: string | undefined): Located {
  let n = from;
  for (let i = 0; i < steps.length; i++) {
    const s = steps[i];
    const view = r.view(n) ?? n;
    let next: Node | undefined;
    if (s.value !== undefined) next = get(view, s.value);
    else if (s.key !== undefined) next = keyNode(view, s.key);
    else if (s.index !== undefined) next = isSeq(view) ? r.items(view)[s.index] : s.index === 0 ? view : undefined;
    else if (s.substring && i === steps.length - 1) return inString(view, r.value(view), s.substring, text);
    if (!next) return { node: n, exact: false };
    n = next;
  }
  return { node: n, exact: true };
}

/**
 * Part of a string: placed inside the node when the string is written literally (its value found
 * in the node's text), else the whole string.
 */
function inString(
  node: Node,
  value: unknown,
  sub: { start: number; length: number },
  text: string | undefined,
): Located {
  if (typeof value !== 'string' || text === undefined || node.kind !== 'scalar') return { node, exact: false };
  const at = text.slice(node.start, node.end).indexOf(value);
  if (at < 0 || sub.start < 0 || sub.length < 0 || sub.start + sub.length > value.length) return { node, exact: false };
  const start = node.start + at + sub.start;
  return {
    node: { kind: 'scalar', start, end: start + sub.length, value: null, parent: node.parent, key: node.key },
    exact: true,
  };
}

/** The node of a statement by index, for the custom checks' reasons. */
export function nodeForStatement(policy: Policy, index: number | undefined, sid: string | undefined): Located {
  const st =
    (sid ? policy.statements.find((s) => s.sid === sid) : undefined) ??
    (index !== undefined ? policy.statements[index] : undefined);
  return st ? { node: st.node, exact: true } : { node: policy.node, exact: false };
}
