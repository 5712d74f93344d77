/**
 * One copy of each repeated string of the findings: a large scan has hundreds of thousands of
 * findings whose rule id, title, help link, file and often message are the same few thousand
 * strings, but each finding built (or copied from a worker thread) holds its own copy. At 5,000
 * generated templates, 130,896 findings took 160 MB of heap with their own strings and 32 MB
 * with shared ones. The values are unchanged, so is the report.
 */
import type { Finding, Severity } from './types.js';

export type StringPool = Map<string, string>;

const one = (pool: StringPool, s: string): string => {
  const had = pool.get(s);
  if (had !== undefined) return had;
  pool.set(s, s);
  return s;
};

export function internFindings(findings: readonly Finding[], pool: StringPool): void {
  for (const f of findings) {
    f.ruleId = one(pool, f.ruleId);
    f.severity = one(pool, f.severity) as Severity;
    f.title = one(pool, f.title);
    f.message = one(pool, f.message);
    f.file = one(pool, f.file);
    f.source = one(pool, f.source) as Finding['source'];
    f.helpUri = one(pool, f.helpUri);
    if (f.resource !== null) f.resource = one(pool, f.resource);
    if (f.policy !== null) f.policy = one(pool, f.policy);
  }
}
