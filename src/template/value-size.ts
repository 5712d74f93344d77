/**
 * The cap on the values resolution builds. Templates come from the pull request: 40 nested
 * `Fn::Sub` that each double a string reach 2^40 characters, and CloudFormation's own limit on a
 * whole template is 1 MB.
 */
import { isUnknown, type Value } from './values.js';

/** The largest value resolution builds, in characters plus list items and keys; past it, unknown. */
export const MAX_VALUE_SIZE = 1_000_000;

/**
 * A value's size (characters of its strings, plus one per item and key), cached per list/object
 * in the resolver's own map: a module-wide WeakMap of every value made garbage collection slower
 * (weak entries are traced apart), and the values die with their resolver anyway.
 */
export function sizeOf(v: Value, sizes: Map<object, number>): number {
  if (typeof v === 'string') return v.length;
  if (v === null || typeof v !== 'object' || isUnknown(v)) return 1;
  const known = sizes.get(v);
  if (known !== undefined) return known;
  let n = 1;
  if (Array.isArray(v)) for (const i of v) n += 1 + sizeOf(i, sizes);
  // for-in, not Object.entries: no pair arrays for every object of every resolved value.
  else for (const k in v) n += k.length + sizeOf((v as Record<string, Value>)[k], sizes);
  sizes.set(v, n);
  return n;
}

// Digits grouped by hand: `toLocaleString` loads the ICU locale data, about 10 ms of every start.
const grouped = String(MAX_VALUE_SIZE).replace(/\B(?=(\d{3})+$)/g, ',');
export const tooLarge = `a value larger than ${grouped} characters (not resolved)`;

/** An Unknown made by the size cap: the value is known to be at least MAX_VALUE_SIZE. */
export const isTooLarge = (v: Value): boolean => isUnknown(v) && v.reason === tooLarge;
