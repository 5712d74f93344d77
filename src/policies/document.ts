/**
 * A policy document as a node tree, wherever the template wrote it: a mapping, a mapping behind
 * Fn::ToJsonString, a value resolved from intrinsics, or a JSON string (Logs resource policies,
 * SSO inline policies) parsed with its nodes placed in the file.
 */
import { isMap, isScalar, type Node } from '../parse/node.js';
import type { Resolver } from '../template/resolve.js';
import { hasUnknown, isUnknown } from '../template/values.js';
import { readDocument } from './statements.js';
import { parseJsonString } from './json-string.js';
import type { Policy } from './types.js';

/**
 * Some properties take the document as a JSON string (Logs resource policies, SSO inline
 * policies): such a string is parsed and every node of it placed at the string's position.
 */
export function documentNode(
  doc: Node,
  r: Resolver,
  text: string | undefined,
): { node: Node; problem?: string } | { reason: string; at: Node } {
  const fn = isMap(doc) && doc.pairs.length === 1 ? String(doc.pairs[0].key.value) : undefined;
  // A document written through Fn::ToJsonString (language extensions) is still the mapping it
  // serialises: read that, so statements keep their own lines.
  if (fn === 'Fn::ToJsonString' && isMap(doc)) return documentNode(r.view(doc.pairs[0].value) ?? doc, r, text);
  if (isMap(doc) && !(fn && (fn === 'Ref' || fn.startsWith('Fn::')))) return { node: doc };
  const v = r.value(doc);
  if (isUnknown(v)) return { reason: `its value is known only at deploy time (${v.reason})`, at: doc };
  if (v && typeof v === 'object' && !Array.isArray(v) && !hasUnknown(v)) return { node: fromPlain(v, doc) };
  if (typeof v !== 'string') return { node: doc };
  // A string built by Fn::Sub or Fn::Join: parsed, its nodes on the intrinsic as a whole.
  const parsed = parseJsonString(v, doc, isScalar(doc) ? text : undefined);
  if ('node' in parsed) return parsed;
  // Not analysed, but not unknown either: IAM would refuse it, so it is a problem of the policy.
  const at: Node = { kind: 'scalar', start: parsed.at, end: parsed.at + 1, value: null };
  return { node: at, problem: `the policy is a string that is not valid JSON (${parsed.error})` };
}

function fromPlain(v: unknown, at: Node): Node {
  const base = { start: at.start, end: at.end };
  if (Array.isArray(v)) return { kind: 'seq', ...base, items: v.map((x) => fromPlain(x, at)) };
  if (v && typeof v === 'object') {
    return {
      kind: 'map',
      ...base,
      pairs: Object.entries(v).map(([k, x]) => ({
        key: { kind: 'scalar', ...base, value: k },
        value: fromPlain(x, at),
      })),
    };
  }
  return { kind: 'scalar', ...base, value: v as string | number | boolean | null };
}

/**
 * Reads a policy document that is not one of the IAM policies extracted above (an IoT policy, in
 * its own grammar): the same statement reader, a JSON string parsed as for Logs and SSO.
 */
export function readPolicyDocument(doc: Node, r: Resolver): Pick<Policy, 'statements' | 'problems'> {
  const read = documentNode(doc, r, undefined);
  if ('reason' in read) return { statements: [], problems: [] };
  return read.problem
    ? { statements: [], problems: [{ node: read.node, message: read.problem }] }
    : readDocument(read.node, r);
}
