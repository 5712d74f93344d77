/**
 * The one tree every parser produces and every later stage reads. Nodes carry offsets into the
 * file's text (never lines: one place, `SourceText.position`, turns offsets into lines) and a link
 * to their parent, so a finding's stable path can be rebuilt from any node.
 */

export type Scalar = string | number | boolean | null;

interface NodeBase {
  /** Offset of the node's first character in the file's text (BOM removed). */
  start: number;
  /** Offset just past the node's last character. */
  end: number;
  parent?: Node;
  /** The key (mapping) or index (sequence) under which the parent holds this node. */
  key?: string | number;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: Scalar;
}

export interface Pair {
  key: ScalarNode;
  value: Node;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  pairs: Pair[];
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: Node[];
}

export type Node = ScalarNode | MapNode | SeqNode;

/*
 * The parsers make nodes with constructors, not object literals. Why: V8 tracks object literals'
 * allocation sites and, when a file's tree is still alive at a young-generation collection (the
 * rules run on it), decides to allocate every later tree straight into the old generation, where
 * each becomes garbage that only a full collection frees: a 1,000-template scan then peaked at
 * about 300 MB instead of 190. Objects made by `new` are not tracked that way. Every field is set
 * in the constructor, so all nodes of a kind share one shape.
 */
class Scalar_ implements ScalarNode {
  readonly kind = 'scalar' as const;
  parent?: Node = undefined;
  key?: string | number = undefined;
  constructor(
    public start: number,
    public end: number,
    public value: Scalar,
  ) {}
}
class Map_ implements MapNode {
  readonly kind = 'map' as const;
  parent?: Node = undefined;
  key?: string | number = undefined;
  constructor(
    public start: number,
    public end: number,
    public pairs: Pair[],
  ) {}
}
class Seq_ implements SeqNode {
  readonly kind = 'seq' as const;
  parent?: Node = undefined;
  key?: string | number = undefined;
  constructor(
    public start: number,
    public end: number,
    public items: Node[],
  ) {}
}
class Pair_ implements Pair {
  constructor(
    public key: ScalarNode,
    public value: Node,
  ) {}
}
export const scalarNode = (start: number, end: number, value: Scalar): ScalarNode => new Scalar_(start, end, value);
export const mapNode = (start: number, end: number, pairs: Pair[]): MapNode => new Map_(start, end, pairs);
export const seqNode = (start: number, end: number, items: Node[]): SeqNode => new Seq_(start, end, items);
export const pairOf = (key: ScalarNode, value: Node): Pair => new Pair_(key, value);

export const isMap = (n: Node | undefined): n is MapNode => n?.kind === 'map';
export const isSeq = (n: Node | undefined): n is SeqNode => n?.kind === 'seq';
export const isScalar = (n: Node | undefined): n is ScalarNode => n?.kind === 'scalar';

/** The value node under `key` in a mapping; CloudFormation keys are case-sensitive. */
export function get(node: Node | undefined, key: string): Node | undefined {
  if (!isMap(node)) return undefined;
  for (const p of node.pairs) if (p.key.value === key) return p.value;
  return undefined;
}

/** The key node of `key` in a mapping, for findings about a property that is there but wrong. */
export function keyNode(node: Node | undefined, key: string): ScalarNode | undefined {
  if (!isMap(node)) return undefined;
  for (const p of node.pairs) if (p.key.value === key) return p.key;
  return undefined;
}

export function getPath(node: Node | undefined, ...keys: string[]): Node | undefined {
  let n = node;
  for (const k of keys) n = get(n, k);
  return n;
}

/** A plain string value, or undefined when the node is absent or not a string scalar. */
export function str(node: Node | undefined): string | undefined {
  return isScalar(node) && typeof node.value === 'string' ? node.value : undefined;
}

/**
 * The node's path from the document root, e.g. `Resources.Role.Properties.Policies[0]`. Sequence
 * items that are mappings with a `Sid` are named by it, so inserting a statement above another
 * does not change the other's path (fingerprints are built from paths).
 */
export function pathOf(node: Node): string {
  const parts: string[] = [];
  for (let n: Node | undefined = node; n?.parent; n = n.parent) {
    if (typeof n.key === 'number') parts.push(`[${str(get(n, 'Sid')) ?? n.key}]`);
    else parts.push(`.${n.key}`);
  }
  return parts.reverse().join('').replace(/^\./, '');
}

/** Sets parent links and keys below `root`; parsers call it once on the finished tree. */
export function link(root: Node): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'map') {
      for (const p of n.pairs) {
        p.value.parent = n;
        p.value.key = String(p.key.value);
        p.key.parent = n;
        p.key.key = String(p.key.value);
        stack.push(p.value);
      }
    } else if (n.kind === 'seq') {
      n.items.forEach((item, i) => {
        item.parent = n;
        item.key = i;
        stack.push(item);
      });
    }
  }
}

/** The plain JavaScript value of a subtree (intrinsics left as written). */
export function toPlain(node: Node | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'scalar') return node.value;
  if (node.kind === 'seq') return node.items.map(toPlain);
  const out: Record<string, unknown> = {};
  for (const p of node.pairs) setOwn(out, String(p.key.value), toPlain(p.value));
  return out;
}

/**
 * `obj[key] = value` that also works for the key `__proto__`, which a file may use: an ordinary
 * assignment would replace the object's prototype, so lookups of absent keys would find the
 * file's values (a config's `__proto__: { fail-on: never }`).
 */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  if (key === '__proto__')
    Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
  else obj[key] = value;
}
