/**
 * Secret values stay secret. Every value given through `parameters` (the CLI's --parameters and
 * --parameter, the config's and the Action's `parameters`) and every NoEcho parameter's value is
 * a secret: one masking step over the ScanResult replaces them with `****` in everything the scan
 * says (finding messages, warnings, "partly analysed" reasons, the permission diff, Access
 * Analyzer notes), so every reporter receives masked text. Policies sent to Access Analyzer carry
 * a placeholder of the same shape instead (an ARN stays an ARN, a bucket name a bucket name).
 */
import type { ScanResult } from './types.js';

export const MASK = '****';

/**
 * Values this short are not masked: they would blank out ordinary words and numbers across every
 * message ("22", "on"), and cannot hide much.
 */
export const MIN_SECRET_LENGTH = 3;

/** The strings to mask for these values: each value, and the items of a comma-separated list. */
export function secretStrings(values: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const v of values) {
    for (const s of [v, ...(v.includes(',') ? v.split(',').map((x) => x.trim()) : [])]) {
      if (s.length >= MIN_SECRET_LENGTH) out.add(s);
    }
  }
  // Longest first, so a secret that contains another is masked whole.
  return [...out].sort((a, b) => b.length - a.length);
}

export function maskText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (out.includes(s)) out = out.split(s).join(MASK);
  return out;
}

/**
 * Masks the result in place and records the secrets on it (`result.secrets`, not enumerable, so
 * no report or JSON.stringify of the result can print them) for the Action's `core.setSecret`.
 *
 * `secrets` (values the user gave) are masked everywhere. `byFile` holds each file's own secrets
 * (its NoEcho parameters' values, and those a parent stack passes it): they are masked only in
 * what the scan says about that file, where values derived from them can appear. A NoEcho default
 * of one template is an ordinary word in every other file ("NonDefaultAuthorizerApi" must not
 * become "Non****AuthorizerApi" because some template's NoEcho default is "Default").
 */
export function maskResult(
  result: ScanResult,
  secrets: readonly string[],
  byFile: ReadonlyMap<string, readonly string[]> = new Map(),
): void {
  const all = secretStrings([...secrets, ...[...byFile.values()].flat()]);
  Object.defineProperty(result, 'secrets', { value: all, enumerable: false, configurable: true });
  if (!all.length) return;
  const perFile = new Map<string, readonly string[]>();
  const forFile = (file: string): readonly string[] => {
    let list = perFile.get(file);
    if (!list)
      perFile.set(file, (list = byFile.has(file) ? secretStrings([...secrets, ...byFile.get(file)!]) : secrets));
    return list;
  };
  const global = (s: string) => maskText(s, secrets);
  for (const f of result.findings) {
    const own = forFile(f.file);
    f.message = maskText(f.message, own);
    if (f.suppression) f.suppression.reason = maskText(f.suppression.reason, own);
  }
  for (const w of result.warnings) w.message = maskText(w.message, forFile(w.file));
  for (const p of result.partial) p.reasons = p.reasons.map((r) => maskText(r, forFile(p.file)));
  for (const c of result.changes ?? []) {
    const own = forFile(c.file);
    c.added = c.added.map((s) => maskText(s, own));
    c.removed = c.removed.map((s) => maskText(s, own));
  }
  // Access Analyzer's words are not tied to one file: every secret of the run is masked there.
  const m = (s: string) => maskText(global(s), all);
  const aa = result.accessAnalyzer;
  if (aa.skipped) aa.skipped = m(aa.skipped);
  if (aa.error) aa.error = m(aa.error);
  if (aa.notes) aa.notes = aa.notes.map(m);
}

/**
 * A stand-in with the secret's shape: letters become `x`/`X`, digits `0`, punctuation and IAM
 * wildcards stay, and an ARN keeps its partition, service, region and account, so Access
 * Analyzer checks a policy that means the same kind of thing without ever seeing the value.
 */
export function placeholderFor(secret: string): string {
  const arn = /^(arn:[^:]*:[^:]*:[^:]*:[^:]*:)(.*)$/s.exec(secret);
  const [keep, rest] = arn ? [arn[1], arn[2]] : ['', secret];
  return keep + rest.replace(/[A-Za-z]/g, (c) => (c === c.toUpperCase() ? 'X' : 'x')).replace(/\d/g, '0');
}

/** A JSON text with every secret (as JSON writes it) replaced by its placeholder. */
export function withPlaceholders(json: string, secrets: readonly string[]): string {
  let out = json;
  for (const s of secrets) {
    const written = JSON.stringify(s).slice(1, -1);
    if (out.includes(written)) out = out.split(written).join(JSON.stringify(placeholderFor(s)).slice(1, -1));
  }
  return out;
}
