/**
 * Findings on a CDK-synthesised resource also name its construct (`Metadata: aws:cdk:path`), in
 * the message and the optional `constructPath` field, so the CDK app's line can be found.
 */
import type { Finding } from '../findings/types.js';
import type { Template } from '../template/model.js';
import { constructPaths } from '../template/cdk.js';

export function withConstructPaths(findings: Finding[], template: Template): void {
  const paths = constructPaths(template);
  if (!paths.size) return;
  for (const f of findings) {
    const p = f.resource && !f.constructPath ? paths.get(f.resource) : undefined;
    if (!p) continue;
    f.constructPath = p;
    f.message = `${f.message}${/[.!?]$/.test(f.message) ? '' : '.'} CDK construct: ${p}.`;
  }
}

/** The same for findings made after the files were analysed (Access Analyzer's). */
export function withConstructPathsByFile(
  findings: Finding[],
  models: { file: string; template: Template | undefined }[],
): void {
  const later = findings.filter((f) => f.source !== 'policygate' && f.resource && !f.constructPath);
  if (!later.length) return;
  const byFile = new Map(models.map((m) => [m.file, m.template]));
  for (const f of later) {
    const t = byFile.get(f.file);
    if (t) withConstructPaths([f], t);
  }
}
