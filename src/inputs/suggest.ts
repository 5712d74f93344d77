/**
 * "Did you mean …?" for a mistyped flag, key, rule id or value. Levenshtein distance comes from
 * `leven` (bundled): a close name is one within a third of its length, so `fail_on` finds
 * `fail-on` and `sg-open-admin-prot` finds `sg-open-admin-port`, while an unrelated word finds
 * nothing rather than a misleading guess.
 */
import leven from 'leven';

export function closest(given: string, known: Iterable<string>): string | undefined {
  const g = given.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    // Separators are the commonest slip (`fail_on`, `failOn`): compare without them first.
    const d = flat(k) === flat(g) ? 0.5 : leven(g, k.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [k, d];
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(given.length / 3)) ? best : undefined;
}

const flat = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/** `; did you mean "X"?` when there is a close one, else ''. */
export function didYouMean(given: string, known: Iterable<string>, quote = (s: string) => `"${s}"`): string {
  const c = closest(given, known);
  return c === undefined ? '' : `; did you mean ${quote(c)}?`;
}
