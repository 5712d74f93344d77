/** What intrinsic resolution returns: a plain value, an explicit Unknown, or AWS::NoValue. */

export class Unknown {
  constructor(readonly reason: string) {}
}

/** `Ref: AWS::NoValue`: the property is removed. */
export const NO_VALUE: unique symbol = Symbol('AWS::NoValue');

export type Value = string | number | boolean | null | Unknown | typeof NO_VALUE | Value[] | { [key: string]: Value };

export const isUnknown = (v: unknown): v is Unknown => v instanceof Unknown;

/** True when the value, or anything inside it, could not be resolved. */
export function hasUnknown(v: Value): boolean {
  if (v instanceof Unknown) return true;
  if (Array.isArray(v)) return v.some(hasUnknown);
  if (v && typeof v === 'object') return Object.values(v).some(hasUnknown);
  return false;
}

/** The value if it is unknown, or the first unknown item of a list. */
export function firstUnknown(v: Value): Unknown | undefined {
  if (isUnknown(v)) return v;
  if (Array.isArray(v)) return v.find(isUnknown) as Unknown | undefined;
  return undefined;
}

/** A known scalar as a string (CloudFormation passes numbers and booleans as strings). */
export function asString(v: Value | undefined): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return undefined;
}

/** true / "true" (any case) → true; false / "false" → false; anything else → undefined. */
export function asBool(v: Value | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const l = v.toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
  }
  return undefined;
}

export function asNumber(v: Value | undefined): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}
