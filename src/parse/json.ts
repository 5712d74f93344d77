/**
 * JSON → the shared node tree, through jsonc-parser's positional `parseTree` (offsets per node,
 * far faster than a YAML parser on the same text).
 */
import { parseTree, printParseErrorCode, type Node as JNode, type ParseError } from 'jsonc-parser';
import { link, mapNode, pairOf, scalarNode, seqNode, type Node } from './node.js';
import { ParseFailure } from './errors.js';
import { MAX_NESTING, nestingMessage } from './limits.js';

export function parseJson(text: string): Node | undefined {
  checkNesting(text);
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length) {
    const e = errors[0];
    throw new ParseFailure(`invalid JSON: ${describe(printParseErrorCode(e.error))}`, e.offset);
  }
  if (!tree) return undefined;
  const root = convert(tree);
  checkDuplicateKeys(root);
  link(root);
  return root;
}

/**
 * One pass over the text counting open brackets outside strings, before the recursive parser
 * sees it: the first bracket past MAX_NESTING is where the file stops being read.
 */
function checkNesting(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_NESTING) throw new ParseFailure(nestingMessage(), i);
    } else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
  }
}

function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function convert(j: JNode): Node {
  const start = j.offset;
  const end = j.offset + j.length;
  switch (j.type) {
    case 'object':
      return mapNode(
        start,
        end,
        (j.children ?? []).map((prop) => {
          const [k, v] = prop.children ?? [];
          const value: Node = v ? convert(v) : scalarNode(k.offset + k.length, k.offset + k.length, null);
          return pairOf(scalarNode(k.offset, k.offset + k.length, String(k.value)), value);
        }),
      );
    case 'array':
      return seqNode(start, end, (j.children ?? []).map(convert));
    default:
      return scalarNode(start, end, j.value ?? null);
  }
}

function checkDuplicateKeys(root: Node): void {
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.kind === 'map') {
      const seen = new Set<string>();
      for (const p of n.pairs) {
        const k = String(p.key.value);
        // CloudFormation rejects a template with a repeated key; JSON.parse would keep the last.
        if (seen.has(k)) throw new ParseFailure(`duplicate key "${k}"`, p.key.start);
        seen.add(k);
        stack.push(p.value);
      }
    } else if (n.kind === 'seq') for (const item of n.items) stack.push(item);
  }
}
