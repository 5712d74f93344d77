/** One entry point: a file's text → its node tree, or a ParseFailure with the offset. */
import { SourceText } from './source.js';
import { parseJson } from './json.js';
import { parseYaml } from './yaml.js';
import type { Node } from './node.js';

export type Format = 'json' | 'yaml';

export interface ParsedText {
  source: SourceText;
  format: Format;
  root: Node | undefined;
  /** YAML streams: how many documents it holds, and where the second starts (only the first is read). */
  documents: number;
  extraDocument?: number;
}

/** JSON by extension, YAML by extension; otherwise (`.template`) by the first character. */
export function formatOf(path: string, text: string): Format {
  const lower = path.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  return /^\uFEFF?\s*[[{]/.test(text) ? 'json' : 'yaml';
}

/** Throws ParseFailure; the offset is into `source.text` (BOM removed). */
export function parseText(path: string, raw: string): ParsedText {
  const source = new SourceText(raw);
  const format = formatOf(path, raw);
  if (format === 'json') return { source, format, root: parseJson(source.text), documents: 1 };
  const { root, documents, extraDocument } = parseYaml(source.text);
  return { source, format, root, documents, extraDocument };
}

export { ParseFailure } from './errors.js';
export type { Node, MapNode, SeqNode, ScalarNode, Scalar } from './node.js';
