/**
 * The one place nodes become file positions and fingerprints. Fingerprints hash the rule, file,
 * resource, policy and the node's structural path, never a line, so moving unrelated lines keeps
 * them stable.
 */
import { hash } from 'node:crypto';
import { pathOf, type Node } from '../parse/node.js';
import type { SourceText } from '../parse/source.js';

export const DOCS_BASE = 'https://github.com/policygate/policygate/blob/main/docs/rules/';

const helpUris = new Map<string, string>();

/** One string per rule, not one per finding: the findings' strings are pooled, and a new copy must be hashed to be found. */
export function helpUri(ruleId: string): string {
  let uri = helpUris.get(ruleId);
  if (uri === undefined) helpUris.set(ruleId, (uri = `${DOCS_BASE}${ruleId}.md`));
  return uri;
}

// The one-shot hash: a Hash object per finding was a visible share of a large scan.
export function fingerprint(parts: (string | null | undefined)[]): string {
  return hash('sha256', parts.map((p) => p ?? '').join('\u0000'), 'hex').slice(0, 32);
}

export function locate(source: SourceText, node: Node) {
  return source.range(node.start, node.end);
}

export { pathOf };
