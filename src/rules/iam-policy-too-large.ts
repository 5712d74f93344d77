import { defineRule } from './types.js';
import type { Policy } from '../policies/types.js';
import { NO_VALUE, isUnknown, type Value } from '../template/values.js';
import { MAX_VALUE_SIZE, isTooLarge } from '../template/resolve.js';

/**
 * The policy's size as IAM counts it: its JSON without whitespace outside strings. `over` is set
 * when a part was past the resolver's size cap: the size is then a lower bound.
 */
function size(v: Value, over: { cap: boolean }): number {
  if (isTooLarge(v)) {
    over.cap = true;
    return MAX_VALUE_SIZE;
  }
  if (isUnknown(v) || v === NO_VALUE) return 2; // unknown: counted as an empty string, a lower bound
  if (Array.isArray(v)) return 2 + v.reduce<number>((n, x, i) => n + size(x, over) + (i ? 1 : 0), 0);
  if (v && typeof v === 'object') {
    return (
      2 + Object.entries(v).reduce((n, [k, x], i) => n + JSON.stringify(k).length + 1 + size(x, over) + (i ? 1 : 0), 0)
    );
  }
  return JSON.stringify(v).length;
}

const measure = (v: Value): { n: number; is: string } => {
  const over = { cap: false };
  const n = size(v, over);
  return { n, is: over.cap ? 'more than ' : '' };
};

export default defineRule({
  meta: {
    id: 'iam-policy-too-large',
    severity: 'high',
    title: "Policy exceeds IAM's size quota",
    why: 'IAM rejects a policy larger than its quota (managed policies 6,144 characters; inline policies of a role 10,240, of a user 2,048, of a group 5,120, all together; whitespace is not counted), so the deployment fails, often only in the account where it matters.',
    fix: 'Split the policy into several managed policies, replace long action lists by narrow wildcards (`s3:Get*`), or merge statements that share actions.',
    family: 'least-privilege',
  },
  checkTemplate(_t, ctx) {
    const inline = new Map<string, { total: number; limit: number; what: string; first: Policy }>();
    for (const p of ctx.policies) {
      if (p.synthesised || !p.sizeQuota) continue;
      const { n, is } = measure(ctx.resolver.value(p.node));
      const { limit, what } = p.sizeQuota;
      if (n > limit) {
        ctx.report({
          node: p.node,
          policy: p,
          message: `The policy is ${is}${n} characters (without whitespace); the quota for ${what} is ${limit}.`,
        });
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
          message: `The inline policies of ${id} total ${e.total} characters (without whitespace); the quota for ${e.what} is ${e.limit}.`,
        });
      }
    }
  },
  checkPolicy(policy, ctx) {
    // A standalone policy file is held to the managed-policy quota, the one it most likely meets.
    if (policy.resource || ctx.template || policy.kind !== 'identity') return;
    const { n, is } = measure(ctx.resolver.value(policy.node));
    if (n > 6144) {
      ctx.report({
        node: policy.node,
        policy,
        message: `The policy is ${is}${n} characters (without whitespace); a managed policy may have 6144.`,
      });
    }
  },
});
