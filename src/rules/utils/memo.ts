/**
 * Memos for the pure string tests rules run on every key or value of every template: a large scan
 * meets the same few thousand property names and values over and over, and running the regexes
 * again on each was a visible share of the rules' time.
 */
import { detached } from '../../iam/detached.js';

/**
 * `fn` remembered per distinct string, each kept as a copy (see `detached`). Bounded (cleared
 * when full), so a repository of countless distinct strings cannot grow it without end; strings
 * longer than `maxLength` are not kept (they are rare, mostly unique, and would hold memory).
 */
export function memoByString<T>(fn: (s: string) => T, maxEntries = 10_000, maxLength = 256): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (s.length > maxLength) return fn(s);
    const hit = cache.get(s);
    if (hit !== undefined || cache.has(s)) return hit as T;
    // Computed from the copy too, so an answer that quotes the string does not hold the file.
    const copy = detached(s);
    const v = fn(copy);
    if (cache.size >= maxEntries) cache.clear();
    cache.set(copy, v);
    return v;
  };
}
