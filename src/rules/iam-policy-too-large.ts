import { defineRule } from './types.js';
import type { Policy } from '../policies/types.js';
import { NO_VALUE, isUnknown, type Value } from '../template/values.js';
import { MAX_VALUE_SIZE, isTooLarge } from '../template/resolve.js';

/**
 * The policy's size as IAM counts it: its JSON without whitespace outside strings. `over` is set
 * when a part was past the resolver's size cap: the size is then a lower bound.
 */
function size(v: Value, over: { cap: boolean }): number {
  // Every policy of every template is measured: plain loops, and strings measured without
  // serialising them where JSON writes them as they are.
  if (typeof v === 'string') return jsonLength(v);
  if (isTooLarge(v)) {
    over.cap = true;
    return MAX_VALUE_SIZE;
  }
  if (isUnknown(v) || v === NO_VALUE) return 2; // unknown: counted as an empty string, a lower bound
  if (Array.isArray(v)) {
    let n = 2 + Math.max(v.length - 1, 0); // brackets and commas
    for (const x of v) n += size(x, over);
    return n;
  }
  if (v && typeof v === 'object') {
    let n = 2;
    let first = true;
    for (const k of Object.keys(v)) {
      n += jsonLength(k) + 1 + size(v[k], over) + (first ? 0 : 1); // key, colon, value, comma
      first = false;
    }
    return n;
  }
  return JSON.stringify(v).length;
}

/** Printable ASCII other than `"` and `\`: JSON writes such a string as it is, between quotes. */
const PLAIN_JSON = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;
const jsonLength = (s: string): number => (PLAIN_JSON.test(s) ? s.length + 2 : JSON.stringify(s).length);

/** The size, and how a message says it ("6200", or "more than 10240" past the resolver's cap). */
const measure = (v: Value): { n: number; said: string } => {
  const over = { cap: false };
  const n = size(v, over);
  return { n, said: over.cap ? `more than ${n}` : String(n) };
};

export default defineRule({
  meta: {
    id: 'iam-policy-too-large',
    severity: 'high',
    title: "Policy exceeds IAM's size quota",
    why: 'IAM rejects a policy larger than its quota (managed policies 6,144 characters; inline policies of a role 10,240, of a user 2,048, of a group 5,120, all together; whitespace is not counted), so the deployment fails, often only in the account where it matters.',
    fix: 'Split the policy into several managed policies, replace long action lists by narrow wildcards (`s3:Get*`), or merge statements that share actions.',
    family: 'least-privilege',
    messages: {
      tooLarge: 'The policy is {{size}} characters (without whitespace); the quota for {{what}} is {{limit}}.',
      inlineTooLarge:
        'The inline policies of {{id}} total {{total}} characters (without whitespace); the quota for {{what}} is {{limit}}.',
      managedTooLarge: 'The policy is {{size}} characters (without whitespace); a managed policy may have 6144.',
    },
  },
  checkTemplate(_t, ctx) {
    const inline = new Map<string, { total: number; limit: number; what: string; first: Policy }>();
    for (const p of ctx.policies) {
      if (p.synthesised || !p.sizeQuota) continue;
      const { n, said } = measure(ctx.resolver.value(p.node));
      const { limit, what } = p.sizeQuota;
      if (n > limit) {
        ctx.report({ node: p.node, policy: p, messageId: 'tooLarge', data: { size: said, what, limit } });
        continue;
      }
      if (p.path?.startsWith('Policies[') && p.resource) {
        const e = inline.get(p.resource.id) ?? { total: 0, limit, what, first: p };
        e.total += n;
        inline.set(p.resource.id, e);
      }
    }
    for (const [id, e] of inline) {
      if (e.total > e.limit) {
        ctx.report({
          node: e.first.node,
          policy: e.first,
          key: 'aggregate',
          messageId: 'inlineTooLarge',
          data: { id, total: e.total, what: e.what, limit: e.limit },
        });
      }
    }
  },
  checkPolicy(policy, ctx) {
    // A standalone policy file is held to the managed-policy quota, the one it most likely meets.
    if (policy.resource || ctx.template || policy.kind !== 'identity') return;
    const { n, said } = measure(ctx.resolver.value(policy.node));
    if (n > 6144) {
      ctx.report({ node: policy.node, policy, messageId: 'managedTooLarge', data: { size: said } });
    }
  },
});
