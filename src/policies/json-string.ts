/**
 * A policy written as a JSON string (`Policy: |` block scalars, a quoted string in a JSON
 * template): parsed into nodes placed back in the file, so a finding on the third statement's
 * Resource lands on that line, not on the property's first line.
 */
import { ParseFailure } from '../parse/errors.js';
import { parseJson } from '../parse/json.js';
import type { Node } from '../parse/node.js';

export type Parsed = { node: Node } | { error: string; at: number };

/**
 * `value` is the string's value; `at` its node. With the file's `text`, every character of the
 * value is matched, in order, to the character of the scalar as written that produced it (YAML
 * indentation, quotes and JSON or YAML escapes skipped); when that fails (a `Fn::Sub` whose
 * variables were replaced, a folded scalar) every node sits on the scalar as a whole.
 */
export function parseJsonString(value: string, at: Node, text: string | undefined): Parsed {
  const map = text !== undefined && at.kind === 'scalar' ? align(text, at.start, at.end, value) : undefined;
  const place = (offset: number): number =>
    map ? (offset < value.length ? map[offset] : map[value.length - 1] + 1) : at.start;
  let root: Node | undefined;
  try {
    root = parseJson(value);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    return { error: e.message, at: map ? place(e.offset) : at.start };
  }
  if (!root) return { error: 'the string is empty', at: at.start };
  relocate(root, map ? place : undefined, at);
  return { node: root };
}

function relocate(root: Node, place: ((offset: number) => number) | undefined, at: Node): void {
  const stack = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (place) {
      const last = Math.max(n.start, n.end - 1);
      [n.start, n.end] = [place(n.start), place(last) + 1];
    } else [n.start, n.end] = [at.start, at.end];
    if (n.kind === 'map')
      for (const p of n.pairs) {
        stack.push(p.value);
        if (place) {
          const last = Math.max(p.key.start, p.key.end - 1);
          [p.key.start, p.key.end] = [place(p.key.start), place(last) + 1];
        } else [p.key.start, p.key.end] = [at.start, at.end];
      }
    else if (n.kind === 'seq') stack.push(...n.items);
  }
}

const ESCAPES: Record<string, string> = {
  n: '\n',
  t: '\t',
  r: '\r',
  b: '\b',
  f: '\f',
  '"': '"',
  '\\': '\\',
  '/': '/',
  "'": "'",
  ' ': ' ',
};

/** Characters the scalar as written may hold that are not in its value: layout and quoting. */
const LAYOUT = /[\s"'|>+\-0-9]/;

/** For each character of `value`, its offset in text[start, end), or undefined when they part. */
function align(text: string, start: number, end: number, value: string): Int32Array | undefined {
  const map = new Int32Array(value.length);
  let f = start;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    for (;;) {
      if (f >= end) return undefined;
      const w = text[f];
      if (w === c) {
        map[i] = f++;
        break;
      }
      if (w === '\\') {
        const e = text[f + 1];
        const len = e === 'u' ? 6 : e === 'x' ? 4 : 2;
        const decoded =
          e === 'u' || e === 'x' ? String.fromCharCode(parseInt(text.slice(f + 2, f + len), 16)) : ESCAPES[e];
        if (decoded === undefined) return undefined;
        if (decoded === c) {
          map[i] = f;
          f += len;
          break;
        }
        // An escaped line break in a double-quoted YAML scalar joins lines: nothing in the value.
        if (e !== '\n') return undefined;
        f += 2;
        continue;
      }
      // YAML's single-quoted '' is one quote.
      if (!LAYOUT.test(w)) return undefined;
      f++;
    }
  }
  return map;
}
