/** Helpers for the rules that read resource properties rather than policies. */
import { get, isMap, isScalar, keyNode, str, type Node } from '../parse/node.js';
import type { Resource, Template } from '../template/model.js';
import type { Fix, RuleContext } from './types.js';
import { asBool, asString, isUnknown, type Value } from '../template/values.js';

export interface Res {
  res: Resource;
  /** Properties after Fn::If; undefined when the resource has none. */
  props: Node | undefined;
}

/** The resources of these types that the template creates (a false Condition removes one). */
export function created(t: Template, ctx: RuleContext, ...types: string[]): Res[] {
  return t
    .ofType(...types)
    .filter((r) => ctx.resolver.created(r.condition))
    .map((res) => ({ res, props: ctx.resolver.view(res.properties) }));
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

/** The value node of a property if written, else its key, else the resource's id. */
export function valueAt(r: Res, ctx: RuleContext, ...path: string[]): Node {
  return prop(ctx, r.props, ...path) ?? at(r, ...path);
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
