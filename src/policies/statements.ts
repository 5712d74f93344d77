/**
 * Reads a policy document's statements element by element through the resolver, keeping each
 * value's node. Malformed documents become problems (a string Statement, Action with NotAction)
 * rather than exceptions, and the rest of the document is still read.
 */
import { get, isMap, isScalar, isSeq, keyNode, str, type Node } from '../parse/node.js';
import type { Resolver } from '../template/resolve.js';
import { Unknown, asString, isUnknown, type Value } from '../template/values.js';
import type {
  Element,
  Item,
  PolicyProblem,
  PrincipalElement,
  PrincipalItem,
  PrincipalType,
  Statement,
} from './types.js';

/** The policy language versions IAM accepts. */
const VERSIONS = new Set(['2012-10-17', '2008-10-17']);

export function readDocument(doc: Node, r: Resolver): { statements: Statement[]; problems: PolicyProblem[] } {
  const problems: PolicyProblem[] = [];
  const d = r.view(doc);
  if (!d) return { statements: [], problems };
  // A document the template cannot know offline (a Ref to an undeclared parameter, an import):
  // the resolver records it, so the resource is reported as partly analysed, not malformed.
  if (isMap(d) && d.pairs.length === 1 && /^(Ref|Fn::.*)$/.test(String(d.pairs[0].key.value))) {
    if (isUnknown(r.value(d))) return { statements: [], problems };
  }
  if (!isMap(d)) {
    if (!isUnknown(r.value(d)))
      problems.push({ node: d, message: 'a policy document must be a mapping with a Statement' });
    return { statements: [], problems };
  }
  const version = get(d, 'Version');
  const v = version && r.value(version);
  if (version && !isUnknown(v) && !VERSIONS.has(String(v))) {
    problems.push({
      node: version,
      message: `Version must be "2012-10-17" (or the older "2008-10-17"), not ${JSON.stringify(v)}`,
    });
  }
  const stNode = get(d, 'Statement');
  if (!stNode) {
    const empty = !d.pairs.length;
    problems.push({
      node: keyNode(d, 'Version') ?? d,
      message: empty ? 'the policy document is empty' : 'the policy document has no Statement',
    });
    return { statements: [], problems };
  }
  const st = r.view(stNode);
  if (!st) return { statements: [], problems };
  if (isScalar(st)) {
    problems.push({ node: st, message: 'Statement must be a statement or a list of statements, not a string' });
    return { statements: [], problems };
  }
  if (isSeq(st) && !st.items.length) {
    problems.push({ node: st, message: 'Statement is an empty list: the policy grants and denies nothing' });
    return { statements: [], problems };
  }
  const nodes = isSeq(st) ? r.items(st) : [st];
  const statements: Statement[] = [];
  nodes.forEach((n, index) => {
    if (!isMap(n)) {
      if (!isUnknown(r.value(n))) problems.push({ node: n, message: `statement ${index} must be a mapping` });
      return;
    }
    statements.push(readStatement(n, index, r, problems));
  });
  return { statements, problems };
}

export function readStatement(n: Node, index: number, r: Resolver, problems: PolicyProblem[]): Statement {
  const effectValue = r.string(get(n, 'Effect'));
  const effect = effectValue === 'Allow' || effectValue === 'Deny' ? effectValue : undefined;
  if (get(n, 'Effect') && effectValue !== undefined && !effect) {
    problems.push({ node: get(n, 'Effect')!, message: `Effect must be Allow or Deny, not "${effectValue}"` });
  }
  const pairs: [string, string][] = [
    ['Action', 'NotAction'],
    ['Resource', 'NotResource'],
    ['Principal', 'NotPrincipal'],
  ];
  for (const [a, b] of pairs) {
    if (get(n, a) && get(n, b)) {
      problems.push({ node: keyNode(n, b)!, message: `a statement may have ${a} or ${b}, not both` });
    }
  }
  const condition = r.view(get(n, 'Condition'));
  return {
    node: n,
    index,
    sid: str(get(n, 'Sid')),
    effect,
    action: element(get(n, 'Action'), r),
    notAction: element(get(n, 'NotAction'), r),
    resource: element(get(n, 'Resource'), r),
    notResource: element(get(n, 'NotResource'), r),
    principal: principal(get(n, 'Principal'), r),
    notPrincipal: principal(get(n, 'NotPrincipal'), r),
    condition,
    conditions: conditionsOf(condition, r),
  };
}

/** One element's strings; a value that resolves to a list (a parameter list) is spread. */
export function element(node: Node | undefined, r: Resolver): Element | undefined {
  if (!node) return undefined;
  const items: Item[] = [];
  for (const itemNode of r.items(node)) {
    const v = r.value(itemNode);
    if (Array.isArray(v)) for (const x of v) items.push({ node: itemNode, value: stringOrUnknown(x) });
    else items.push({ node: itemNode, value: stringOrUnknown(v) });
  }
  return { node, items };
}

function stringOrUnknown(v: Value): string | Unknown {
  if (isUnknown(v)) return v;
  const s = asString(v);
  return s ?? new Unknown('not a string');
}

const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);

function principal(node: Node | undefined, r: Resolver): PrincipalElement | undefined {
  if (!node) return undefined;
  const n = r.view(node);
  if (!n) return undefined;
  const items: PrincipalItem[] = [];
  if (isMap(n) && !isIntrinsic(n)) {
    for (const p of n.pairs) {
      const type = String(p.key.value);
      if (!PRINCIPAL_TYPES.has(type)) continue;
      for (const it of element(p.value, r)?.items ?? []) items.push({ ...it, type: type as PrincipalType });
    }
  } else {
    // `Principal: "*"`; any other lone string is read as an AWS principal.
    const v = r.value(n);
    const value = isUnknown(v) ? v : (asString(v) ?? new Unknown('not a string'));
    items.push({ node: n, value, type: value === '*' ? '*' : 'AWS' });
  }
  return { node, items };
}

function isIntrinsic(n: Node): boolean {
  return isMap(n) && n.pairs.length === 1 && /^(Ref|Fn::)/.test(String(n.pairs[0].key.value));
}

function conditionsOf(node: Node | undefined, r: Resolver): Statement['conditions'] {
  if (!node) return undefined;
  const v = r.value(node);
  if (isUnknown(v)) return v;
  if (!v || typeof v !== 'object' || Array.isArray(v)) return new Unknown('Condition is not a mapping');
  const out: Record<string, Record<string, Value>> = {};
  for (const [op, block] of Object.entries(v)) {
    if (block && typeof block === 'object' && !Array.isArray(block) && !isUnknown(block)) {
      out[op] = block as Record<string, Value>;
    } else return new Unknown(`Condition operator ${op} does not hold a mapping`);
  }
  return out;
}
