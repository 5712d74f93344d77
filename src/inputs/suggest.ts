/**
 * "Did you mean …?" for a mistyped flag, key, rule id or value. Levenshtein distance comes from
 * `leven` (bundled): a close name is one within a quarter of its length (at least one edit), a
 * swap of letters counting as one, so `fail_on` finds `fail-on`, `reveiw` finds `review` and
 * `sg-open-admin-prot` finds `sg-open-admin-port`, while `severe` does not find `never`: an
 * unrelated word finds nothing rather than a misleading guess.
 */
import leven from 'leven';

export function closest(given: string, known: Iterable<string>): string | undefined {
  const g = given.toLowerCase();
  const accepted = Math.max(1, Math.floor(given.length / 4));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const k of known) {
    // Separators are the commonest slip (`fail_on`, `failOn`): compare without them first.
    if (flat(k) === flat(g)) [best, bestDistance] = bestDistance > 0.5 ? [k, 0.5] : [best, bestDistance];
    // The distance is at least the difference in length: a name that far off cannot be accepted,
    // and skipping it spares a Levenshtein against each of 1,831 resource types.
    else if (Math.abs(k.length - g.length) <= accepted) {
      const d = anagram(g, k.toLowerCase()) ? 1 : leven(g, k.toLowerCase());
      if (d < bestDistance) [best, bestDistance] = [k, d];
    }
  }
  return best !== undefined && bestDistance <= accepted ? best : undefined;
}

/** The same letters in another order (`hgih`, `high`): a slip of the fingers, not another word. */
const anagram = (a: string, b: string): boolean =>
  a.length === b.length && a !== b && [...a].sort().join('') === [...b].sort().join('');

const flat = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/** `; did you mean "X"?` when there is a close one, else ''. */
export function didYouMean(given: string, known: Iterable<string>, quote = (s: string) => `"${s}"`): string {
  const c = closest(given, known);
  return c === undefined ? '' : `; did you mean ${quote(c)}?`;
}
