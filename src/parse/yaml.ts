/**
 * YAML → the shared node tree. CloudFormation's short-form tags (`!Ref`, `!GetAtt`, `!Sub`, …) are
 * rewritten to their long form (`{ Ref: … }`, `{ "Fn::GetAtt": … }`) at the tagged node's range, so
 * rules and intrinsic resolution see one shape for YAML and JSON.
 */
import { Composer, Parser, isAlias, isMap, isScalar, isSeq, type CST, type Document, type Node as YNode } from 'yaml';
import { link, mapNode, pairOf, scalarNode, seqNode, type MapNode, type Node, type ScalarNode } from './node.js';
import { ParseFailure } from './errors.js';
import { MAX_NESTING, nestingMessage } from './limits.js';

const LONG_FORM: Record<string, string> = {
  '!Ref': 'Ref',
  '!Condition': 'Condition',
  '!GetAtt': 'Fn::GetAtt',
  '!Sub': 'Fn::Sub',
  '!If': 'Fn::If',
  '!Join': 'Fn::Join',
  '!Select': 'Fn::Select',
  '!Split': 'Fn::Split',
  '!FindInMap': 'Fn::FindInMap',
  '!Base64': 'Fn::Base64',
  '!Cidr': 'Fn::Cidr',
  '!ImportValue': 'Fn::ImportValue',
  '!GetAZs': 'Fn::GetAZs',
  '!Equals': 'Fn::Equals',
  '!And': 'Fn::And',
  '!Or': 'Fn::Or',
  '!Not': 'Fn::Not',
  '!Transform': 'Fn::Transform',
  '!Length': 'Fn::Length',
  '!ToJsonString': 'Fn::ToJsonString',
  '!ForEach': 'Fn::ForEach',
  // The Rules section's own functions (Fn::And/Or/Not/Equals above serve rules too).
  '!Contains': 'Fn::Contains',
  '!EachMemberEquals': 'Fn::EachMemberEquals',
  '!EachMemberIn': 'Fn::EachMemberIn',
  '!RefAll': 'Fn::RefAll',
  '!ValueOf': 'Fn::ValueOf',
  '!ValueOfAll': 'Fn::ValueOfAll',
};

/**
 * Rain's pre-processing directives (`!Rain::Module`, `!Rain::Embed`, …) are replaced before the
 * template reaches CloudFormation: kept as `{ "Rain::X": … }` so the model can say what it skipped.
 */
const RAIN_TAG = /^!Rain::[A-Za-z0-9]+$/;

export interface ParsedYaml {
  root: Node | undefined;
  /** How many documents the stream holds; only the first is read. */
  documents: number;
  /** Offset of the second document, when there is one. */
  extraDocument?: number;
}

/**
 * Parses the first document of `text`. Aliases are expanded under a node budget proportional to
 * the text, so an alias bomb stops with a ParseFailure instead of exhausting memory.
 */
export function parseYaml(text: string): ParsedYaml {
  // The library's lexer and CST parser are iterative, its composer is not (and a few thousand
  // levels crash the process outright): measure the CST's depth before composing it.
  const tokens = Array.from(new Parser().parse(text));
  for (const t of tokens) checkNesting(t);
  const docs = Array.from(new Composer({ uniqueKeys: true, version: '1.2', prettyErrors: false }).compose(tokens));
  const doc = docs[0];
  if (!doc) return { root: undefined, documents: 0 };
  const err = doc.errors[0];
  if (err) throw new ParseFailure(cleanYamlMessage(err.message), err.pos[0]);
  const budget: Budget = { left: 4 * text.length + 10_000, aliases: new Map() };
  const root = doc.contents ? convert(doc.contents as YNode, doc, text, budget, 0) : undefined;
  if (root) link(root);
  // A trailing `---` with nothing after it is an empty document, not a second one.
  const more = docs.slice(1).filter((d) => d.contents !== null && !(isScalar(d.contents) && d.contents.value === null));
  return { root, documents: 1 + more.length, extraDocument: more[0]?.range[0] };
}

/**
 * The CST's nesting, document order; throws at the first token past the limit. Recursion is safe
 * here: it stops one level past MAX_NESTING, whatever the file holds. (An explicit stack of
 * [token, depth] pairs cost 2% of a scan's CPU in allocations alone.)
 */
function checkNesting(t: CST.Token, depth = 0): void {
  if (depth > MAX_NESTING) throw new ParseFailure(nestingMessage(), 'offset' in t ? t.offset : 0);
  if (t.type === 'document') {
    if (t.value) checkNesting(t.value, depth);
    return;
  }
  const items = (t as { items?: unknown }).items;
  if (!Array.isArray(items)) return;
  for (const item of items as { key?: CST.Token | null; value?: CST.Token }[]) {
    if (item.key) checkNesting(item.key, depth + 1);
    if (item.value) checkNesting(item.value, depth + 1);
  }
}

function cleanYamlMessage(message: string): string {
  // The library appends " at line N, column M:" and a snippet; the caller adds its own position.
  return message.replace(/ at line \d+, column \d+:[\s\S]*$/, '').trim();
}

interface Budget {
  /** Nodes that may still be made: alias expansion is bounded by the text's size. */
  left: number;
  aliases: Map<YNode, YNode | undefined>;
}

/** `via`: inside an alias's expansion, the offset of the alias (where a problem is reported). */
function convert(y: YNode, doc: Document, text: string, budget: Budget, depth: number, via?: number): Node {
  // Aliases nest without nesting the text (each anchor one level deeper than the last).
  if (depth > MAX_NESTING) throw new ParseFailure(nestingMessage(), via ?? y.range?.[0] ?? 0);
  if (--budget.left < 0) {
    throw new ParseFailure('the YAML expands past a safe size (an alias bomb?); file not analysed', y.range?.[0] ?? 0);
  }
  if (isAlias(y)) {
    // Each alias is looked up once: the library walks the whole document per lookup, and a chain
    // of anchors would repeat that walk for every level of every expansion.
    if (!budget.aliases.has(y)) budget.aliases.set(y, y.resolve(doc) as YNode | undefined);
    const target = budget.aliases.get(y);
    if (!target) throw new ParseFailure(`unknown alias *${y.source}`, y.range?.[0] ?? 0);
    return convert(target as YNode, doc, text, budget, depth, via ?? y.range?.[0]);
  }
  const [start, end] = y.range ?? [0, 0, 0];
  let node: Node;
  if (isMap(y)) {
    const map: MapNode = mapNode(start, end, []);
    for (const pair of y.items) {
      const k = pair.key as YNode | null;
      const keyNode: ScalarNode =
        k && isScalar(k) ? scalarNode(k.range![0], k.range![1], keyString(k, text)) : scalarNode(start, start, '');
      if (k && !isScalar(k)) throw new ParseFailure('a mapping key must be a plain value', k.range?.[0] ?? start);
      const v = pair.value as YNode | null;
      const value: Node = v
        ? convert(v, doc, text, budget, depth + 1, via)
        : scalarNode(keyNode.end, keyNode.end, null);
      map.pairs.push(pairOf(keyNode, value));
    }
    node = map;
  } else if (isSeq(y)) {
    node = seqNode(
      start,
      end,
      y.items.map((i) => convert(i as YNode, doc, text, budget, depth + 1, via)),
    );
  } else if (isScalar(y)) {
    let value = y.value as unknown;
    // An unquoted 012345678901 is an account id, not the number 12345678901.
    if (typeof value === 'number' && y.type === 'PLAIN' && /^[-+]?0\d/.test(text.slice(start, end))) {
      value = text.slice(start, end);
    }
    node = scalarNode(start, end, normaliseScalar(value));
  } else {
    node = scalarNode(start, end, null);
  }
  const tag = y.tag;
  if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
    const long = LONG_FORM[tag] ?? (RAIN_TAG.test(tag) ? tag.slice(1) : undefined);
    if (!long) throw new ParseFailure(`unknown tag ${tag}`, start);
    // The intrinsic starts at its tag (`!Sub …`), which the library's range leaves out.
    const at = text.lastIndexOf(tag, start);
    const tagStart = at >= 0 && !text.slice(at, start).includes('\n') ? at : start;
    const tagKey: ScalarNode = scalarNode(tagStart, tagStart + tag.length, long);
    return mapNode(tagStart, end, [pairOf(tagKey, node)]);
  }
  return node;
}

/**
 * A mapping key as written: plain keys such as `Null` (the IAM condition operator), `true` or
 * `1` stay the text they are, not YAML's null, boolean or number.
 */
function keyString(k: YNode & { type?: string; value?: unknown }, text: string): string {
  if (k.type === 'PLAIN' && k.range) return text.slice(k.range[0], k.range[1]);
  return k.value === null || k.value === undefined ? '' : String(k.value);
}

function normaliseScalar(v: unknown): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return Number(v);
  return String(v);
}
