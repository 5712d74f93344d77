/**
 * The factory for property rules: "on resource type T, property P is absent / false / not one of
 * V". A rule built with it is its metadata, the types it reads and one `check` per resource that
 * returns its problems; the factory walks the created resources, reports each problem against the
 * resource and keeps the fix as data. The predicates below say the common cases in one line each
 * and never guess: a value that cannot be resolved is not a problem (the resolver has already
 * recorded it, so the summary says the resource was only partly analysed).
 */
import type { Node } from '../../parse/node.js';
import type { Severity } from '../../findings/types.js';
import { isUnknown, asString, asBool, NO_VALUE } from '../../template/values.js';
import { createdOfTypes, describe, read, replaceScalar, type Read, type Res } from './properties.js';
import type { Fix, MessageData, Rule, RuleContext, RuleMeta } from '../types.js';

export type { Res };

/** One thing wrong with one resource. */
export interface Problem<M extends string = string> {
  node: Node;
  /** One of the rule's `meta.messages`. */
  messageId: M;
  data?: MessageData;
  severity?: Severity;
  /** Distinguishes two problems of one rule on one node, for the fingerprint. */
  key?: string;
  /** The one certain edit that fixes it, when there is one. */
  fix?: Fix;
}

export type Problems<M extends string = string> = Problem<M> | readonly (Problem<M> | undefined)[] | undefined | void;

export interface PropertyRuleSpec<M extends string = string> {
  meta: RuleMeta<M>;
  /** The CloudFormation resource types the rule reads. */
  types: readonly string[];
  /** The problems of one resource the template creates (its properties seen through Fn::If). */
  check(r: Res, ctx: RuleContext<M>): Problems<M>;
}

export interface PropertyRule extends Rule {
  readonly types: readonly string[];
}

export function propertyRule<M extends string>(spec: PropertyRuleSpec<M>): PropertyRule {
  return {
    meta: spec.meta as RuleMeta,
    types: spec.types,
    checkTemplate(t, ctx) {
      for (const r of createdOfTypes(t, ctx, spec.types)) {
        const out = spec.check(r, ctx as RuleContext<M>);
        const list = out === undefined ? [] : Array.isArray(out) ? out : [out as Problem<M>];
        for (const p of list) {
          if (!p) continue;
          const { node, messageId, data, severity, key, fix } = p as Problem<M>;
          ctx.report({ node, messageId, data, resource: r.res, severity, key, fix });
        }
      }
    },
  };
}

/**
 * What a predicate reports: a message id, whose data gets `{{id}}` (the resource's logical id) and
 * `{{detail}}` (what the property is: "X is not set", "X is false", "X is `TLS_1_0`") besides the
 * caller's own.
 */
export interface Message<M extends string = string> {
  messageId: M;
  data?: MessageData;
}

function problem<M extends string>(ctx: RuleContext<M>, r: Res, p: Read, m: Message<M>, fix?: Fix): Problem<M> {
  return {
    node: p.where,
    messageId: m.messageId,
    data: { id: r.res.id, detail: describe(ctx, p.node, p.name), ...m.data },
    fix,
  };
}

/** The property must be true: absent or false is a problem. */
export function requireTrue<M extends string>(
  ctx: RuleContext<M>,
  r: Res,
  path: readonly string[],
  message: Message<M>,
): Problem<M> | undefined {
  const p = read(ctx, r, path);
  // Unknown, true, or a value that is not a boolean at all (CloudFormation rejects that): quiet.
  if (p.value !== NO_VALUE && asBool(p.value) !== false) return undefined;
  return problem(ctx, r, p, message, replaceScalar(p.node, 'true'));
}

/** The property may be absent but must not be written as `bad` (e.g. `Encrypted: false`). */
export function forbidValue<M extends string>(
  ctx: RuleContext<M>,
  r: Res,
  path: readonly string[],
  bad: boolean,
  message: Message<M>,
): Problem<M> | undefined {
  const p = read(ctx, r, path);
  if (asBool(p.value) !== bad) return undefined;
  return problem(ctx, r, p, message, replaceScalar(p.node, String(!bad)));
}

/** The property must be written (any value, e.g. a `KmsKeyId`). */
export function requirePresent<M extends string>(
  ctx: RuleContext<M>,
  r: Res,
  path: readonly string[],
  message: Message<M>,
): Problem<M> | undefined {
  const p = read(ctx, r, path);
  if (p.node && p.value !== NO_VALUE) return undefined;
  return problem(ctx, r, p, message);
}

/**
 * The property must be one of `allowed` (compared case-sensitively, as CloudFormation does).
 * `absent` says whether leaving it out is fine ('ok') or a problem ('problem').
 */
export function requireOneOf<M extends string>(
  ctx: RuleContext<M>,
  r: Res,
  path: readonly string[],
  allowed: readonly string[],
  opts: Message<M> & { absent: 'ok' | 'problem'; fix?: string },
): Problem<M> | undefined {
  const p = read(ctx, r, path);
  if (isUnknown(p.value)) return undefined;
  if (!p.node || p.value === NO_VALUE) {
    return opts.absent === 'ok' ? undefined : problem(ctx, r, p, opts);
  }
  const s = asString(p.value);
  if (s === undefined || allowed.includes(s)) return undefined;
  return problem(ctx, r, p, opts, opts.fix === undefined ? undefined : replaceScalar(p.node, opts.fix));
}
