/**
 * The factory for property rules: "on resource type T, property P is absent / false / not one of
 * V". A rule built with it is its metadata, the types it reads and one `check` per resource that
 * returns its problems; the factory walks the created resources, reports each problem against the
 * resource and keeps the fix as data. The predicates below say the common cases in one line each
 * and never guess: a value that cannot be resolved is not a problem (the resolver has already
 * recorded it, so the summary says the resource was only partly analysed).
 */
import { isScalar, type Node } from '../parse/node.js';
import type { Severity } from '../findings/types.js';
import { isUnknown, asString, asBool, NO_VALUE, type Value } from '../template/values.js';
import { at, createdOfTypes, prop, type Res } from './infra.js';
import type { Fix, Rule, RuleContext, RuleMeta } from './types.js';

export type { Res };

/** One thing wrong with one resource. */
export interface Problem {
  node: Node;
  message: string;
  severity?: Severity;
  /** Distinguishes two problems of one rule on one node, for the fingerprint. */
  key?: string;
  /** The one certain edit that fixes it, when there is one. */
  fix?: Fix;
}

export type Problems = Problem | readonly (Problem | undefined)[] | undefined | void;

export interface PropertyRuleSpec {
  meta: RuleMeta;
  /** The CloudFormation resource types the rule reads. */
  types: readonly string[];
  /** The problems of one resource the template creates (its properties seen through Fn::If). */
  check(r: Res, ctx: RuleContext): Problems;
}

export interface PropertyRule extends Rule {
  readonly types: readonly string[];
}

export function propertyRule(spec: PropertyRuleSpec): PropertyRule {
  return {
    meta: spec.meta,
    types: spec.types,
    checkTemplate(t, ctx) {
      for (const r of createdOfTypes(t, ctx, spec.types)) {
        const out = spec.check(r, ctx);
        const list = out === undefined ? [] : Array.isArray(out) ? out : [out as Problem];
        for (const p of list) {
          if (!p) continue;
          ctx.report({
            node: p.node,
            message: p.message,
            resource: r.res,
            ...(p.severity ? { severity: p.severity } : {}),
            ...(p.key ? { key: p.key } : {}),
            ...(p.fix ? { fix: p.fix } : {}),
          });
        }
      }
    },
  };
}

/** A property as read: its node (undefined when absent), resolved value, and where to report it. */
export interface Read {
  node: Node | undefined;
  value: Value;
  /** The value node if written, else the deepest written key on the path, else the logical id. */
  where: Node;
  /** `Encryption.Enabled`, for messages. */
  name: string;
}

export function read(ctx: RuleContext, r: Res, path: readonly string[]): Read {
  const node = prop(ctx, r.props, ...path);
  return {
    node,
    value: node ? ctx.resolver.value(node) : NO_VALUE,
    where: node ?? at(r, ...path),
    name: path.join('.'),
  };
}

/** Says what the property is: "X is not set", "X is false", "X is `TLS_1_0`". */
export function describe(p: Read): string {
  if (!p.node || p.value === NO_VALUE) return `${p.name} is not set`;
  const b = asBool(p.value);
  if (b !== undefined) return `${p.name} is ${b}`;
  const s = asString(p.value);
  return s === undefined ? `${p.name} is not a plain value` : `${p.name} is \`${s}\``;
}

type Message = string | ((detail: string) => string);
const say = (m: Message, p: Read): string => (typeof m === 'string' ? m : m(describe(p)));

/** A fix that replaces a written scalar, when the property is written as one. */
function replaceWith(p: Read, replacement: string | undefined): Fix | undefined {
  if (replacement === undefined || !p.node || !isScalar(p.node)) return undefined;
  return { node: p.node, replacement };
}

/** The property must be true: absent or false is a problem. */
export function requireTrue(ctx: RuleContext, r: Res, path: readonly string[], message: Message): Problem | undefined {
  const p = read(ctx, r, path);
  // Unknown, true, or a value that is not a boolean at all (CloudFormation rejects that): quiet.
  if (p.value !== NO_VALUE && asBool(p.value) !== false) return undefined;
  return { node: p.where, message: say(message, p), fix: replaceWith(p, 'true') };
}

/** The property may be absent but must not be written as `bad` (e.g. `Encrypted: false`). */
export function forbidValue(
  ctx: RuleContext,
  r: Res,
  path: readonly string[],
  bad: boolean,
  message: Message,
): Problem | undefined {
  const p = read(ctx, r, path);
  if (asBool(p.value) !== bad) return undefined;
  return { node: p.where, message: say(message, p), fix: replaceWith(p, String(!bad)) };
}

/** The property must be written (any value, e.g. a `KmsKeyId`). */
export function requirePresent(
  ctx: RuleContext,
  r: Res,
  path: readonly string[],
  message: Message,
): Problem | undefined {
  const p = read(ctx, r, path);
  if (p.node && p.value !== NO_VALUE) return undefined;
  return { node: p.where, message: say(message, p) };
}

/**
 * The property must be one of `allowed` (compared case-sensitively, as CloudFormation does).
 * `absent` says whether leaving it out is fine ('ok') or a problem ('problem').
 */
export function requireOneOf(
  ctx: RuleContext,
  r: Res,
  path: readonly string[],
  allowed: readonly string[],
  opts: { absent: 'ok' | 'problem'; message: Message; fix?: string },
): Problem | undefined {
  const p = read(ctx, r, path);
  if (isUnknown(p.value)) return undefined;
  if (!p.node || p.value === NO_VALUE) {
    return opts.absent === 'ok' ? undefined : { node: p.where, message: say(opts.message, p) };
  }
  const s = asString(p.value);
  if (s === undefined || allowed.includes(s)) return undefined;
  return { node: p.where, message: say(opts.message, p), fix: replaceWith(p, opts.fix) };
}
