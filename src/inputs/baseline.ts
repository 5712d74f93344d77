/**
 * Baselines: a team adopting PolicyGate on a repository with existing findings records their
 * fingerprints once (`--create-baseline FILE`) and from then on gates only new ones
 * (`--baseline FILE`). Fingerprints hold no line numbers, so a finding stays known when lines
 * around it move. A JSON report (`--format json`) is a baseline too: only `findings[].fingerprint`
 * is read.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from './errors.js';

export interface BaselineFile {
  version: 1;
  tool: { name: 'policygate'; version: string };
  findings: { fingerprint: string; ruleId: string; file: string; resource: string | null }[];
}

/** The fingerprints in FILE (a baseline or a JSON report). */
export function readBaseline(cwd: string, file: string): Set<string> {
  const fail = (why: string) => new UsageError(`--baseline ${file}: ${why}`);
  let text: string;
  try {
    text = readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    throw fail(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw fail('is not JSON; expected a file written by --create-baseline or a --format json report');
  }
  const findings = (data as { findings?: unknown } | null)?.findings;
  if (
    !Array.isArray(findings) ||
    findings.some((f) => typeof (f as { fingerprint?: unknown })?.fingerprint !== 'string')
  )
    throw fail('has no "findings" list of objects with a "fingerprint"; expected a file written by --create-baseline');
  // A JSON report carries folded findings inside the one that folded them: they count too.
  return new Set(
    findings.flatMap((f: { fingerprint: string; folded?: unknown }) => [
      f.fingerprint,
      ...(Array.isArray(f.folded) ? f.folded : [])
        .map((x) => (x as { fingerprint?: unknown })?.fingerprint)
        .filter((x): x is string => typeof x === 'string'),
    ]),
  );
}

/** What a baseline keeps of a finding (inputs/ knows findings only by this shape). */
interface Fingerprinted {
  fingerprint: string;
  ruleId: string;
  file: string;
  resource: string | null;
  suppressed: boolean;
  /** Findings folded into this one: each is in the baseline too, so one that later stands alone is not new. */
  folded?: { ruleId: string; fingerprint: string }[];
}

/** The baseline of these findings: every open one (suppressed findings gate nothing already). */
export function baselineText(findings: Fingerprinted[], toolVersion: string): string {
  const out: BaselineFile = {
    version: 1,
    tool: { name: 'policygate', version: toolVersion },
    findings: findings
      .filter((f) => !f.suppressed)
      .flatMap((f) => [
        { fingerprint: f.fingerprint, ruleId: f.ruleId, file: f.file, resource: f.resource },
        ...(f.folded ?? []).map((x) => ({
          fingerprint: x.fingerprint,
          ruleId: x.ruleId,
          file: f.file,
          resource: f.resource,
        })),
      ]),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
