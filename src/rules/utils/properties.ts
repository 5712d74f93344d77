/**
 * The one way rules read resource properties: the resources a template creates (`created`), a
 * property along a path through Fn::If (`prop`), its value as a boolean or string (`bool`,
 * `string`, `blank`), what it is in words (`describe`) and where a finding about it goes (`at`).
 */
import { get, isMap, isScalar, keyNode, str, type Node } from '../../parse/node.js';
import type { Resource, Template } from '../../template/model.js';
import type { Resolver } from '../../template/resolve.js';
import type { Fix, RuleContext } from '../types.js';
import { asBool, asString, isUnknown, NO_VALUE, type Value } from '../../template/values.js';

export interface Res {
  res: Resource;
  /** Properties after Fn::If; undefined when the resource has none. */
  props: Node | undefined;
}

/**
 * A value worked out once for the template being checked and the resolver it is read with, for
 * every rule that asks. Every rule runs on one file before the next file, so one slot suffices; a
 * WeakMap by template, whose entries hold the file's tree, made garbage collection of a large
 * scan more than twice as slow. The engine empties every slot when a file's rules are done
 * (`forgetTemplate`), so no file's tree outlives its rules through a slot.
 */
export function perTemplate<T>(make: (t: Template, ctx: RuleContext) => T): (t: Template, ctx: RuleContext) => T {
  const slot: { template?: Template; resolver?: Resolver; value?: T } = {};
  slots.push(slot);
  return (t, ctx) => {
    if (slot.template !== t || slot.resolver !== ctx.resolver) {
      slot.template = t;
      slot.resolver = ctx.resolver;
      slot.value = make(t, ctx);
    }
    return slot.value as T;
  };
}

const slots: { template?: Template; resolver?: Resolver; value?: unknown }[] = [];

/** Empties every `perTemplate` slot: called once a file's rules have run. */
export function forgetTemplate(): void {
  for (const s of slots) s.template = s.resolver = s.value = undefined;
}

/**
 * What `created` has worked out for one template and its resolver. Some 80 rules ask for the
 * resources of their types in every template; filtering every resource and following its Fn::If
 * again for each rule was a visible share of the rules' time. The answers depend only on the
 * template and the resolver (which remembers its conditions), so they are computed once.
 */
interface CreatedIndex {
  byType: Map<string, Resource[]>;
  /** Per resource: whether it is created (its Condition not known false). */
  isCreated: Map<Resource, boolean>;
  /** Per created resource: its Res. */
  res: Map<Resource, Res>;
  /** Answers by the type asked for, or by the list of types (a rule's constant). */
  lists: Map<string | readonly string[], readonly Res[]>;
}

const NONE: readonly Res[] = Object.freeze([]);
const NONE_RESOURCES: readonly Resource[] = Object.freeze([]);

const createdIndex = perTemplate((t): CreatedIndex => {
  const byType = new Map<string, Resource[]>();
  for (const r of t.resources) {
    const list = byType.get(r.type);
    if (list) list.push(r);
    else byType.set(r.type, [r]);
  }
  return { byType, isCreated: new Map(), res: new Map(), lists: new Map() };
});

/** The template's resources of these types, in its order, found through the index. */
function resourcesOf(t: Template, index: CreatedIndex, types: readonly string[]): readonly Resource[] {
  let only: Resource[] | undefined;
  let found = 0;
  for (const type of types) {
    const list = index.byType.get(type);
    if (list && list !== only) {
      only = list;
      found++;
    }
  }
  if (found <= 1) return only ?? NONE_RESOURCES;
  return t.ofType(...types); // several types present: their resources interleave
}

/**
 * The resources of these types that the template creates (a false Condition removes one), in
 * the template's order. The list is shared by every rule that asks: do not change it.
 */
export function created(t: Template, ctx: RuleContext, ...types: string[]): readonly Res[] {
  return createdList(t, ctx, types, types.length === 1 ? types[0] : types.join('\n'));
}

/**
 * `created` for a list of types that is a constant of the caller (a property rule's `types`):
 * the answer is remembered under the list itself, not under its types joined afresh per call.
 */
export function createdOfTypes(t: Template, ctx: RuleContext, types: readonly string[]): readonly Res[] {
  return createdList(t, ctx, types, types);
}

function createdList(
  t: Template,
  ctx: RuleContext,
  types: readonly string[],
  key: string | readonly string[],
): readonly Res[] {
  const index = createdIndex(t, ctx);
  let list = index.lists.get(key);
  if (!list) {
    const ofType = resourcesOf(t, index, types);
    // Most rules' types are not in a given template: nothing to remember.
    if (!ofType.length) return NONE;
    // Conditions first, then Fn::If in the properties, as before: the order in which values are
    // first found unknown is the order the report lists them in.
    const made: Resource[] = [];
    for (const res of ofType) {
      let yes = index.isCreated.get(res);
      if (yes === undefined) {
        yes = ctx.resolver.created(res.condition);
        index.isCreated.set(res, yes);
      }
      if (yes) made.push(res);
    }
    list = made.map((res) => {
      let r = index.res.get(res);
      if (!r) {
        r = { res, props: ctx.resolver.view(res.properties) };
        index.res.set(res, r);
      }
      return r;
    });
    index.lists.set(key, list);
  }
  return list;
}

/** A property node along a path, following Fn::If at each step. */
export function prop(ctx: RuleContext, node: Node | undefined, ...path: string[]): Node | undefined {
  let n = ctx.resolver.view(node);
  for (const k of path) n = ctx.resolver.view(get(n, k));
  return n;
}

export type Tri = boolean | 'unknown' | undefined;

/** true/false as written or resolved; undefined when absent; 'unknown' when not resolvable. */
export function bool(ctx: RuleContext, node: Node | undefined): Tri {
  if (!node) return undefined;
  const v = ctx.resolver.value(node);
  if (isUnknown(v)) return 'unknown';
  return asBool(v) ?? 'unknown';
}

export function string(ctx: RuleContext, node: Node | undefined): string | undefined | 'unknown' {
  if (!node) return undefined;
  const v: Value = ctx.resolver.value(node);
  if (isUnknown(v)) return 'unknown';
  return asString(v) ?? 'unknown';
}

/**
 * Whether a property sets nothing: absent, `AWS::NoValue`, or written empty (`Key:` with no value,
 * or `''`). CloudFormation does not turn an empty value into a setting, so the rules that need a
 * key, a role or a type read these as absent. A value not known offline is not blank.
 */
export function blank(ctx: RuleContext, node: Node | undefined): boolean {
  if (!node) return true;
  const v = ctx.resolver.value(node);
  return v === null || v === '' || v === NO_VALUE;
}

/** A property as read: its node (undefined when absent), resolved value, and where to report it. */
export interface Read {
  node: Node | undefined;
  value: Value;
  /** The value node if written, else the deepest written key on the path, else the logical id. */
  where: Node;
  /** `Encryption.Enabled`, for messages. */
  name: string;
}

/** The property along `path` of a created resource: `prop`, its value and `at` in one. */
export function read(ctx: RuleContext, r: Res, path: readonly string[]): Read {
  const node = prop(ctx, r.props, ...path);
  return {
    node,
    value: node ? ctx.resolver.value(node) : NO_VALUE,
    where: node ?? at(r, ...path),
    name: path.join('.'),
  };
}

/**
 * Says what a property is, for a message: "X is not set", "X is false", "X is `TLS_1_0`" (`name`
 * is how the message calls it, e.g. `Encryption.Enabled`).
 */
export function describe(ctx: RuleContext, node: Node | undefined, name: string): string {
  const v = node ? ctx.resolver.value(node) : NO_VALUE;
  if (!node || v === NO_VALUE) return `${name} is not set`;
  const b = asBool(v);
  if (b !== undefined) return `${name} is ${b}`;
  const s = asString(v);
  return s === undefined ? `${name} is not a plain value` : `${name} is \`${s}\``;
}

/** Where a finding about a property goes: the property's key if written, else the resource's id. */
export function at(r: Res, ...path: string[]): Node {
  let parent = r.props;
  let last: Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const k = keyNode(parent, path[i]);
    if (!k) break;
    last = k;
    parent = get(parent, path[i]);
  }
  return last ?? r.res.idNode;
}

/**
 * The logical id a `Ref` or `Fn::GetAtt` names, read from the structure: resolving it would give a
 * placeholder name or ARN, and companion resources are matched by id.
 */
export function referencedId(n: Node | undefined): string | undefined {
  if (!isMap(n) || n.pairs.length !== 1) return undefined;
  const [{ key, value }] = n.pairs;
  if (key.value !== 'Ref' && key.value !== 'Fn::GetAtt') return undefined;
  return value.kind === 'seq' ? str(value.items[0]) : str(value)?.split('.')[0];
}

/** A one-edit fix replacing a value written as a plain scalar (not an intrinsic), else none. */
export function replaceScalar(node: Node | undefined, replacement: string): Fix | undefined {
  return node && isScalar(node) ? { node, replacement } : undefined;
}
