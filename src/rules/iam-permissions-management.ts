import { defineRule } from './types.js';
import { unconstrainedActions } from '../iam/semantics.js';
import { isIdentity, listSome, whereGranted } from './helpers.js';

/** The key of this rule's answer in `Unconstrained.derived`. */
const PERMISSIONS_MANAGEMENT = {};

export default defineRule({
  meta: {
    id: 'iam-permissions-management',
    severity: 'high',
    title: 'Unconstrained permissions-management actions',
    why: 'Permissions-management actions (`iam:Put*Policy`, `s3:PutBucketPolicy`, `kms:CreateGrant`, `s3:PutObjectAcl`, …) change who may access what. Allowed on every resource without a condition, they let the holder open any bucket, key or queue to anyone, or grant itself more access.',
    fix: 'Scope these actions to the resources the workload manages, or move them to a separate, tightly held administration role.',
    aka: { checkov: ['CKV_AWS_109'] },
    family: 'least-privilege',
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    // Once per policy shape, not per policy (see Unconstrained): `*` has some 1,000 such actions.
    const found = unconstrainedActions(policy).derived(PERMISSIONS_MANAGEMENT, (u) =>
      u.withLevel('P').map((a) => a.name),
    );
    if (!found.length) return;
    ctx.report({
      node: whereGranted(policy, found[0]),
      policy,
      message: `Allows ${found.length} permissions-management action${found.length > 1 ? 's' : ''} on every resource: ${listSome(found)}.`,
    });
  },
});
