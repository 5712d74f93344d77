/**
 * The `AWS::LanguageExtensions` transform, done offline: `Fn::ForEach` loops are unrolled (in
 * Resources, Outputs, Conditions and inside resource bodies, nested loops too), and the places
 * where the transform lets an intrinsic stand for a name (`Fn::GetAtt`'s logical id,
 * `DeletionPolicy`, `UpdateReplacePolicy`) are resolved to plain strings.
 *
 * Expanded nodes are copies of the loop body that keep the body's offsets, so a finding on an
 * expanded resource points at the element in the source, while its structural path (and so its
 * fingerprint) carries the expanded logical id: two iterations never share a fingerprint.
 */
import {
  isMap,
  isScalar,
  isSeq,
  link,
  str,
  type MapNode,
  type Node,
  type Pair,
  type ScalarNode,
} from '../parse/node.js';
import { asString, isUnknown, type Value } from './values.js';

const LOOP = 'Fn::ForEach::';
/** Resource attributes that must be strings, which a loop body may write with `Fn::Sub`. */
const NAMED_BY_INTRINSIC = new Set(['DeletionPolicy', 'UpdateReplacePolicy', 'Condition']);
/** Sections where CloudFormation accepts loops (Fn::ForEach reference, "can be used within"). */
const LOOP_SECTIONS = new Set(['Resources', 'Outputs', 'Conditions']);
/** CloudFormation's own quota is 500 resources; far beyond that is a runaway nest of loops. */
const MAX_EXPANDED_PAIRS = 5000;
/** Copies of loop bodies, in nodes: a large body in nested loops must not exhaust memory. */
const MAX_COPIED_NODES = 1_000_000;

export interface NotExpanded {
  node: Node;
  reason: string;
}

export interface Expansion {
  root: MapNode;
  notExpanded: NotExpanded[];
}

/** Whether the template declares the transform, or uses a loop anyway (reading it costs nothing). */
export function usesLanguageExtensions(root: MapNode): boolean {
  const transform = root.pairs.find((p) => p.key.value === 'Transform')?.value;
  const names = isSeq(transform) ? transform.items.map(str) : [str(transform)];
  if (names.includes('AWS::LanguageExtensions')) return true;
  return root.pairs.some((p) => LOOP_SECTIONS.has(String(p.key.value)) && hasLoop(p.value, 0));
}

function hasLoop(n: Node, depth: number): boolean {
  if (depth > 8 || !isMap(n)) return false;
  return n.pairs.some((p) => String(p.key.value).startsWith(LOOP) || hasLoop(p.value, depth + 1));
}

/**
 * `resolve` gives a node's value against the template's Parameters and Mappings (collections are
 * literal lists or `Ref`s to list parameters, possibly through Fn::Split or Fn::FindInMap).
 */
export function expandLanguageExtensions(root: MapNode, resolve: (n: Node) => Value): Expansion {
  const ex = new Expander(resolve);
  const pairs = root.pairs.map((p): Pair => {
    const section = String(p.key.value);
    if (!LOOP_SECTIONS.has(section) || !isMap(p.value)) return p;
    const value: MapNode = { ...bare(p.value), pairs: ex.pairs(p.value, new Map()) };
    if (section === 'Resources') for (const r of value.pairs) ex.resolveNames(r.value);
    return { key: p.key, value };
  });
  const out: MapNode = { ...bare(root), pairs };
  link(out);
  return { root: out, notExpanded: ex.notExpanded };
}

type Bindings = ReadonlyMap<string, string>;

class Expander {
  readonly notExpanded: NotExpanded[] = [];
  private made = 0;
  private copied = 0;

  constructor(private readonly resolve: (n: Node) => Value) {}

  /** A mapping's pairs with its loops unrolled and the loop identifiers bound. */
  pairs(map: MapNode, b: Bindings): Pair[] {
    const out: Pair[] = [];
    for (const p of map.pairs) {
      const k = String(p.key.value);
      if (!k.startsWith(LOOP)) {
        out.push({ key: this.scalar(p.key, b), value: this.node(p.value, b) });
        continue;
      }
      const loop = this.loop(p, b);
      if (!loop) {
        // Kept as written (with its Type-less value): the model reports it as not analysed.
        out.push({ key: { ...p.key }, value: this.node(p.value, b) });
        continue;
      }
      if (!loop.tuples) {
        // A collection known only at deploy time: the body is still read once, its identifiers
        // left unknown (`${Name}` stays as written, `Ref: Name` resolves to nothing known), so a
        // PublicRead bucket in the loop is reported; the report lists the loop as partly analysed.
        this.notExpanded.push({
          node: p.key,
          reason: `${k}: its collection is not known offline (${loop.why}); its body is analysed once, with ${loop.ids.join(', ')} unknown`,
        });
        const unbound = new Map([...b].filter(([id]) => !loop.ids.includes(id)));
        out.push(...this.pairs(loop.body, unbound));
        continue;
      }
      for (const tuple of loop.tuples) {
        if (++this.made > MAX_EXPANDED_PAIRS || this.copied > MAX_COPIED_NODES) {
          this.notExpanded.push({ node: p.key, reason: `${k}: the loops expand past what is read offline` });
          return out;
        }
        out.push(...this.pairs(loop.body, new Map([...b, ...loop.ids.map((id, i) => [id, tuple[i]] as const)])));
      }
    }
    return out;
  }

  /**
   * One identifier takes each item of a list. Several identifiers (`[Name, Port]`) take the items
   * of each inner list of a list of lists, or, for two, each key and value of a mapping.
   */
  private loop(
    p: Pair,
    b: Bindings,
  ): { ids: string[]; tuples: string[][] | undefined; why?: string; body: MapNode } | undefined {
    const name = String(p.key.value);
    const v = p.value;
    const fail = (reason: string) => {
      this.notExpanded.push({ node: p.key, reason: `${name}: ${reason}` });
      return undefined;
    };
    if (!isSeq(v) || v.items.length !== 3 || !isMap(v.items[2])) {
      return fail('it must be [Identifier, Collection, {OutputKey: OutputValue}]');
    }
    const idNodes = isSeq(v.items[0]) ? v.items[0].items : [v.items[0]];
    const ids = idNodes.map((n) => str(n) ?? asString(this.resolveCopy(n, b)));
    if (!ids.length || ids.some((id) => !id)) return fail('its identifier is not a known name');
    const collection = this.node(v.items[1], b);
    link(collection);
    const value =
      isSeq(collection) && collection.items.every(isScalar)
        ? collection.items.map((i) => i.value)
        : this.resolve(collection);
    const tuples = tuplesOf(value, ids.length);
    if (!tuples) {
      // Unknown offline: the caller reads the body once. A collection of the wrong shape fails.
      if (isUnknown(value))
        return { ids: ids as string[], tuples: undefined, why: value.reason, body: v.items[2] as MapNode };
      return fail(
        `its collection is not known offline (it does not give ${ids.length === 1 ? 'strings' : 'lists of strings'})`,
      );
    }
    return { ids: ids as string[], tuples, body: v.items[2] as MapNode };
  }

  /** The value of a copied node, linked on its own so the resolver can walk it. */
  private resolveCopy(n: Node, b: Bindings): Value {
    const copy = this.node(n, b);
    link(copy);
    return this.resolve(copy);
  }

  private node(n: Node, b: Bindings): Node {
    this.copied++;
    if (isScalar(n)) return this.scalar(n, b);
    if (isSeq(n)) return { ...bare(n), items: n.items.map((i) => this.node(i, b)) };
    // Inside a loop, `Ref: Identifier` is the current item.
    if (n.pairs.length === 1 && n.pairs[0].key.value === 'Ref') {
      const bound = b.get(str(n.pairs[0].value) ?? '');
      if (bound !== undefined) return { kind: 'scalar', start: n.start, end: n.end, value: bound };
    }
    return { ...bare(n), pairs: this.pairs(n, b) };
  }

  private scalar(n: ScalarNode, b: Bindings): ScalarNode {
    if (typeof n.value !== 'string' || !b.size || !/[$&]\{/.test(n.value)) return { ...bare(n), value: n.value };
    const value = n.value.replace(/([$&])\{([^}]*)\}/g, (whole, sigil: string, name: string) => {
      const v = b.get(name.trim());
      if (v === undefined) return whole;
      // `&{Id}`: the item with its non-alphanumeric characters removed, so it fits a logical id.
      return sigil === '&' ? v.replace(/[^A-Za-z0-9]/g, '') : v;
    });
    return { ...bare(n), value };
  }

  /**
   * With the transform, `Fn::GetAtt`'s logical id and the deletion policies may be intrinsics: in
   * the transformed template they are plain strings, which is what rules and the resolver read.
   */
  resolveNames(resource: Node): void {
    if (!isMap(resource)) return;
    for (const p of resource.pairs) {
      if (NAMED_BY_INTRINSIC.has(String(p.key.value)) && isMap(p.value)) {
        const s = asString(this.resolve(p.value));
        if (s !== undefined) p.value = { kind: 'scalar', start: p.value.start, end: p.value.end, value: s };
      }
    }
    const stack: Node[] = [resource];
    while (stack.length) {
      const n = stack.pop()!;
      if (isSeq(n)) stack.push(...n.items);
      if (!isMap(n)) continue;
      for (const p of n.pairs) {
        if (p.key.value === 'Fn::GetAtt' && isSeq(p.value) && isMap(p.value.items[0])) {
          const first = p.value.items[0];
          const s = asString(this.resolve(first));
          if (s !== undefined) p.value.items[0] = { kind: 'scalar', start: first.start, end: first.end, value: s };
        }
        stack.push(p.value);
      }
    }
  }
}

/** Each iteration's values, one per identifier; undefined when the collection does not fit. */
function tuplesOf(value: Value, width: number): string[][] | undefined {
  const strings = (xs: Value[]) => {
    const out = xs.map((x) => asString(x));
    return out.every((x) => x !== undefined) ? (out as string[]) : undefined;
  };
  if (Array.isArray(value)) {
    const out: string[][] = [];
    for (const item of value) {
      const t = width === 1 ? strings([item]) : Array.isArray(item) ? strings(item.slice(0, width)) : undefined;
      if (!t || t.length !== width) return undefined;
      out.push(t);
    }
    return out;
  }
  if (width === 2 && value && typeof value === 'object' && !isUnknown(value)) {
    const out: string[][] = [];
    for (const [k, x] of Object.entries(value)) {
      const t = strings([x]);
      if (!t) return undefined;
      out.push([k, t[0]]);
    }
    return out;
  }
  return undefined;
}

/** A node's own fields, without the parent link of the tree it was copied from. */
function bare<T extends Node>(n: T): T {
  const { parent: _p, key: _k, ...rest } = n;
  return rest as T;
}
