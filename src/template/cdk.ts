/**
 * CDK-synthesised templates record each resource's construct path (`Metadata: aws:cdk:path`):
 * the way back from a finding in `cdk.out` to the line of the CDK app that made the resource.
 */
import { get, str } from '../parse/node.js';
import type { Template } from './model.js';

/** Logical id → construct path, for the resources that have one. */
export function constructPaths(t: Template): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of t.resources) {
    const p = str(get(r.metadata, 'aws:cdk:path'));
    if (p) out.set(r.id, p);
  }
  return out;
}
