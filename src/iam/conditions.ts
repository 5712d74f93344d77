/**
 * How a statement's Condition restricts who may call, read as AWS evaluates it. A condition
 * "pins the caller" only when every request outside one named party fails it: a positive
 * operator, on a key from the table below, with values that name one party. The loopholes AWS
 * documents are what this module exists to see:
 *
 * - `…IfExists` is true when the key is absent from the request, so callers without the key
 *   (anonymous callers, accounts outside any organization, direct calls with no source) pass;
 * - `ForAllValues:` is true when the key is absent (the empty set), on any key;
 * - negated operators (`StringNotEquals`, `ArnNotLike`, …) are true when the key is absent;
 * - a wildcard under a wildcard-matching operator (`StringLike`, `ArnLike`, `ArnEquals`) that
 *   leaves the party open (`o-*`, `arn:aws:iam::*:role/Admin`, `*`) matches every party.
 *
 * Sources: docs/accuracy.md, "IAM semantics" (condition operators, IfExists, multivalued
 * context keys, global condition context keys).
 */
import type { Statement } from '../policies/types.js';
import { isUnknown, type Value } from '../template/values.js';
import { globMatcher } from './catalogue.js';

export type ConditionEntry = { operator: string; key: string; values: Value[] };

/** The condition block as (operator, key, values) entries; empty for none or an Unknown. */
export function conditionEntries(st: Statement): ConditionEntry[] {
  const c = st.conditions;
  if (!c || isUnknown(c)) return [];
  const out: ConditionEntry[] = [];
  for (const [operator, block] of Object.entries(c)) {
    for (const [key, v] of Object.entries(block)) out.push({ operator, key, values: Array.isArray(v) ? v : [v] });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Operators
// ---------------------------------------------------------------------------------------------

export interface Operator {
  /** `ForAllValues` or `ForAnyValue`, the set operators for multivalued keys. */
  set: 'ForAllValues' | 'ForAnyValue' | undefined;
  /** The operator without its set prefix and `IfExists` suffix: `StringLike`, `ArnEquals`, `Null`. */
  base: string;
  ifExists: boolean;
  /** True when the key is absent: `StringNotEquals`, `ArnNotLike`, `NotIpAddress`, … */
  negated: boolean;
  /** Values may hold `*` and `?` wildcards: the `…Like` string operators and every ARN operator. */
  wildcards: boolean;
}

const operatorCache = new Map<string, Operator>();

export function parseOperator(op: string): Operator {
  let o = operatorCache.get(op);
  if (o) return o;
  let rest = op;
  let set: Operator['set'];
  const colon = rest.indexOf(':');
  if (colon > 0) {
    const prefix = rest.slice(0, colon).toLowerCase();
    set = prefix === 'forallvalues' ? 'ForAllValues' : prefix === 'foranyvalue' ? 'ForAnyValue' : undefined;
    rest = rest.slice(colon + 1);
  }
  const ifExists = /IfExists$/i.test(rest);
  const base = ifExists ? rest.slice(0, -'IfExists'.length) : rest;
  o = {
    set,
    base,
    ifExists,
    negated: /^(StringNot|NumericNot|DateNot|ArnNot|NotIpAddress)/i.test(base),
    wildcards: /^(String(Not)?Like|Arn(Not)?(Like|Equals))$/i.test(base),
  };
  if (operatorCache.size < 1000) operatorCache.set(op, o);
  return o;
}

// ---------------------------------------------------------------------------------------------
// Condition keys: what each one pins
// ---------------------------------------------------------------------------------------------

/**
 * How a key's value names a party, which decides whether a wildcard value still names one:
 * `id` the whole value (an account, organization, VPC endpoint, external id); `arn` the ARN's
 * account field (or, for ARNs without one such as S3's, the start of the resource); `org-path`
 * the organization at its head (`o-a1b2/r-ab12/…`); `user-id` the unique id before `:` (a role's
 * `AROA…:session`); `true` a Bool that must be `true`; `value` one named value.
 */
export type ValueShape = 'id' | 'arn' | 'org-path' | 'user-id' | 'true' | 'value';

export interface KeyInfo {
  /** What the key restricts: the caller (who may call or on whose behalf) or the resource. */
  restricts: 'caller' | 'resource';
  shape: ValueShape;
  /** Multivalued in the request context (set operators apply); single-valued otherwise. */
  multivalued?: boolean;
  /** For `value`: the values that pin (lower case). */
  pinning?: readonly string[];
}

const caller = (shape: ValueShape, extra: Partial<KeyInfo> = {}): KeyInfo => ({ restricts: 'caller', shape, ...extra });
const owner = (shape: ValueShape, extra: Partial<KeyInfo> = {}): KeyInfo => ({
  restricts: 'resource',
  shape,
  ...extra,
});

/**
 * The keys that can restrict a statement to one party, by lower-case name (condition key names
 * are case-insensitive). Issue 24's keys (aws:PrincipalIsAWSService, aws:ResourceOrgID, endpoint
 * policies' aws:SourceVpce) are rows of this table, not code paths.
 */
export const CONDITION_KEYS: ReadonlyMap<string, KeyInfo> = new Map(
  Object.entries({
    'aws:SourceArn': caller('arn'),
    'aws:SourceAccount': caller('id'),
    'aws:SourceOwner': caller('id'),
    'aws:SourceOrgID': caller('id'),
    'aws:SourceOrgPaths': caller('org-path', { multivalued: true }),
    'aws:PrincipalOrgID': caller('id'),
    'aws:PrincipalOrgPaths': caller('org-path', { multivalued: true }),
    'aws:PrincipalArn': caller('arn'),
    'aws:PrincipalAccount': caller('id'),
    'aws:PrincipalServiceName': caller('id'),
    'aws:PrincipalServiceNamesList': caller('id', { multivalued: true }),
    'aws:PrincipalIsAWSService': caller('true'),
    'aws:SourceVpce': caller('id'),
    'aws:SourceVpc': caller('id'),
    'aws:userid': caller('user-id'),
    'aws:CalledVia': caller('id', { multivalued: true }),
    'aws:CalledViaFirst': caller('id'),
    'aws:CalledViaLast': caller('id'),
    'aws:ViaAWSService': caller('true'),
    'kms:CallerAccount': caller('id'),
    's3:DataAccessPointAccount': caller('id'),
    'lambda:FunctionUrlAuthType': caller('value', { pinning: ['aws_iam'] }),
    'cognito-identity.amazonaws.com:aud': caller('id'),
    'sts:ExternalId': caller('id'),
    // The resource's owner, not the caller: `Principal: "*"` with these is still open to anyone.
    'aws:ResourceAccount': owner('id'),
    'aws:ResourceOrgID': owner('id'),
    'aws:ResourceOrgPaths': owner('org-path', { multivalued: true }),
  } satisfies Record<string, KeyInfo>).map(([k, v]) => [k.toLowerCase(), v]),
);

export const keyInfo = (key: string): KeyInfo | undefined => CONDITION_KEYS.get(key.toLowerCase());

const WILD = /[*?]/;

/** Whether one value names one party, for a key of this shape under this operator. */
export function valuePins(info: KeyInfo, value: string, op: Operator): boolean {
  // An empty value (a parameter left at an empty Default) names no party and matches no caller:
  // it opens nothing. `*` matches every caller.
  if (value === '') return true;
  if (value === '*') return false;
  if (info.shape === 'true') return value.toLowerCase() === 'true';
  if (info.shape === 'value') return (info.pinning ?? []).includes(value.toLowerCase());
  // Without a wildcard operator `*` is a literal character: the value names itself.
  if (!op.wildcards || !WILD.test(value)) return true;
  switch (info.shape) {
    case 'arn': {
      const f = value.split(':');
      if (f.length < 6 || f[0] !== 'arn') return false;
      const account = f[4];
      if (account) return !WILD.test(account);
      // No account field (S3): the resource must start with a literal name.
      const resource = f.slice(5).join(':');
      return resource !== '' && !WILD.test(resource[0]);
    }
    case 'org-path': {
      const head = value.split('/')[0];
      return /^o-[a-z0-9]+$/i.test(head);
    }
    case 'user-id': {
      const i = value.indexOf(':');
      return i > 0 && !WILD.test(value.slice(0, i));
    }
    default:
      return false;
  }
}

/**
 * Why one condition entry does not pin the caller, or undefined when it does. The reason is
 * written for a finding's message.
 */
export function loophole(e: ConditionEntry): string | undefined {
  const info = keyInfo(e.key);
  if (!info || info.restricts !== 'caller') return `${e.key} does not identify the caller`;
  const op = parseOperator(e.operator);
  if (op.negated) return `${e.operator} on ${e.key} is true for every other caller and when the key is absent`;
  if (/^Null$/i.test(op.base)) return `Null on ${e.key} only tests whether the key is present`;
  if (op.ifExists) return `${e.operator} on ${e.key} is true for callers whose request lacks the key`;
  if (op.set === 'ForAllValues') return `${e.operator} on ${e.key} is true when the key is absent`;
  if (!e.values.length) return `${e.operator} on ${e.key} names no value`;
  for (const v of e.values) {
    if (isUnknown(v)) continue;
    const s = typeof v === 'string' ? v : String(v);
    if (!valuePins(info, s, op)) return `${e.operator} ${e.key} "${s}" matches every ${describe(info)}`;
  }
  return undefined;
}

function describe(info: KeyInfo): string {
  switch (info.shape) {
    case 'arn':
      return 'account';
    case 'org-path':
      return 'organization';
    default:
      return 'caller';
  }
}

/**
 * Whether the statement's conditions pin the caller to one party (a Condition block is an AND:
 * one pinning entry is enough). An Unknown condition counts as pinning: a value PolicyGate cannot
 * read is never guessed to be open.
 */
export function pinsCaller(st: Statement): boolean {
  if (isUnknown(st.conditions)) return true;
  return conditionEntries(st).some((e) => loophole(e) === undefined);
}

/** The reasons a statement's conditions leave the caller open, for a message; empty if none. */
export function loopholes(st: Statement): string[] {
  if (isUnknown(st.conditions)) return [];
  return conditionEntries(st)
    .map(loophole)
    .filter((r): r is string => r !== undefined);
}

/**
 * Whether a Deny statement's conditions deny every caller outside one party: each entry a
 * negated operator on a caller key (`StringNotEquals aws:PrincipalOrgID o-a1b2`), which AWS
 * evaluates as true for other values and for an absent key, so the Deny applies to everyone
 * else. The documented way to fence a `Principal: "*"` Allow.
 */
export function deniesOutsideParty(d: Statement): boolean {
  if (d.effect !== 'Deny' || isUnknown(d.conditions)) return false;
  const entries = conditionEntries(d);
  if (!entries.length) return false;
  return entries.every((e) => {
    const info = keyInfo(e.key);
    const op = parseOperator(e.operator);
    if (!info || info.restricts !== 'caller' || !op.negated || op.set) return false;
    if (info.shape === 'true' || info.shape === 'value') return false;
    return (
      e.values.length > 0 &&
      e.values.every((v) => isUnknown(v) || valuePins(info, typeof v === 'string' ? v : String(v), op))
    );
  });
}

/**
 * When a statement's only conditions are positive string tests of one key (`iam:PassedToService`),
 * the test they make of a value; undefined when it has no condition or any other (which may
 * restrict further, so the holder cannot count on it). The entries of a block are ANDed, the
 * values of one entry ORed, as AWS evaluates them.
 */
export function onlyConditionOn(st: Statement, key: string): ((value: string) => boolean) | undefined {
  if (!st.conditions || isUnknown(st.conditions)) return undefined;
  const tests: ((value: string) => boolean)[] = [];
  for (const e of conditionEntries(st)) {
    const op = parseOperator(e.operator);
    if (e.key.toLowerCase() !== key.toLowerCase() || op.negated || op.set === 'ForAllValues') return undefined;
    if (!/^String(Equals|Like)$/i.test(op.base)) return undefined;
    const values: string[] = [];
    for (const v of e.values) {
      if (typeof v !== 'string') return undefined;
      values.push(v);
    }
    tests.push(op.wildcards ? (s) => values.some((v) => globMatcher(v).test(s)) : (s) => values.includes(s));
  }
  return tests.length ? (s) => tests.every((t) => t(s)) : undefined;
}
