import { defineRule } from './types.js';
import type { ActionInfo } from '../iam/catalogue.js';
import { hasCondition, onAllResources, statementGroup, unconstrainedActions } from '../iam/semantics.js';
import type { Policy } from '../policies/types.js';
import { isIdentity, listActions, whereGranted } from './utils/policies.js';

/** The key of this rule's answer in `Unconstrained.derived`. */
const PERMISSIONS_MANAGEMENT = {};

/**
 * Permissions-management actions that take no resource ARN (the Service Authorization Reference
 * lists no resource type, so `Resource: "*"` is the only way to grant them) and whose grant is
 * itself the risk: each opens or lifts an account-wide control. The others of that kind
 * (`logs:PutResourcePolicy`, which Step Functions and API Gateway logging need, the vended-log
 * delivery actions, X-Ray's encryption setting) cannot be narrowed by any policy and change no
 * one's access to the account's data, so granting them is not a finding.
 */
const ACCOUNT_WIDE = new Set(
  [
    'ec2:DisableImageBlockPublicAccess',
    'ec2:DisableSnapshotBlockPublicAccess',
    'ecr:PutRegistryPolicy',
    'elasticmapreduce:PutBlockPublicAccessConfiguration',
    'events:PutPermission',
    'greengrass:AssociateServiceRoleToAccount',
    'iam:DeleteAccountPasswordPolicy',
    'lakeformation:BatchGrantPermissions',
    'lakeformation:GrantPermissions',
    'lakeformation:PutDataLakeSettings',
    'organizations:DeleteResourcePolicy',
    'ram:EnableSharingWithAwsOrganization',
    's3:PutAccessPointPublicAccessBlock',
    's3:PutAccountPublicAccessBlock',
    'ses:PutIdentityPolicy',
    'sso:PutPermissionsPolicy',
  ].map((a) => a.toLowerCase()),
);

/** Whether an Allow without a condition on `*` grants the action (the only way to grant one that takes no ARN). */
/**
 * The scopable actions of `found` (there only when allowed on `*`: every resource, as said) and
 * their list for the message, once per list: `found` is shared by every policy of one shape, and
 * `*` has some 1,000 of them to rank.
 */
const scopable = new WeakMap<readonly ActionInfo[], { onEvery: string[]; onEveryList: string }>();
function scopableOf(found: readonly ActionInfo[]): { onEvery: string[]; onEveryList: string } {
  let got = scopable.get(found);
  if (!got) {
    const onEvery = found.filter((a) => a.scopable).map((a) => a.name);
    scopable.set(found, (got = { onEvery, onEveryList: listActions(onEvery) }));
  }
  return got;
}

const grantedOnStar = (policy: Policy, a: ActionInfo): boolean =>
  policy.statements.some(
    (st) => st.effect === 'Allow' && !hasCondition(st) && onAllResources(st) && statementGroup(st).set.has(a),
  );

export default defineRule({
  meta: {
    id: 'iam-permissions-management',
    severity: 'high',
    title: 'Unconstrained permissions-management actions',
    why: 'Permissions-management actions (`iam:Put*Policy`, `s3:PutBucketPolicy`, `kms:CreateGrant`, `s3:PutObjectAcl`, …) change who may access what. Allowed on every resource without a condition, they let the holder open any bucket, key or queue to anyone, or grant itself more access. Actions that take no resource ARN cannot be narrowed by `Resource` at all; they are reported only when the action itself opens an account-wide control (`s3:PutAccountPublicAccessBlock`, `ecr:PutRegistryPolicy`, `lakeformation:GrantPermissions`, …), not for ones such as `logs:PutResourcePolicy` that services document as needed.',
    fix: 'Scope these actions to the resources the workload manages, or move them to a separate, tightly held administration role.',
    aka: { checkov: ['CKV_AWS_109'] },
    family: 'least-privilege',
    messages: {
      onEvery: 'Allows {{onEvery}} on every resource: {{onEveryList}}.',
      accountWideOne:
        'Allows {{accountWide}} that acts on a control of the whole account (it takes no resource ARN, so no Resource can narrow it): {{accountWideList}}.',
      accountWideMany:
        'Allows {{accountWide}} that act on a control of the whole account (they take no resource ARN, so no Resource can narrow them): {{accountWideList}}.',
      bothOne:
        'Allows {{onEvery}} on every resource: {{onEveryList}}; and that acts on a control of the whole account (it takes no resource ARN, so no Resource can narrow it): {{accountWideList}}.',
      bothMany:
        'Allows {{onEvery}} on every resource: {{onEveryList}}; and that act on a control of the whole account (they take no resource ARN, so no Resource can narrow them): {{accountWideList}}.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    // Once per policy shape, not per policy (see Unconstrained): `*` has some 1,000 such actions.
    const found = unconstrainedActions(policy).derived(PERMISSIONS_MANAGEMENT, (u) => u.withLevel('P'));
    if (!found.length) return;
    const { onEvery, onEveryList } = scopableOf(found);
    const accountWide = found
      .filter((a) => !a.scopable && ACCOUNT_WIDE.has(a.name.toLowerCase()) && grantedOnStar(policy, a))
      .map((a) => a.name);
    if (!onEvery.length && !accountWide.length) return;
    const n = (k: number) => `${k} permissions-management action${k > 1 ? 's' : ''}`;
    const data = {
      onEvery: n(onEvery.length),
      onEveryList,
      accountWide: n(accountWide.length),
      accountWideList: listActions(accountWide),
    };
    const one = accountWide.length === 1;
    const messageId = !accountWide.length
      ? 'onEvery'
      : onEvery.length
        ? one
          ? 'bothOne'
          : 'bothMany'
        : one
          ? 'accountWideOne'
          : 'accountWideMany';
    ctx.report({ node: whereGranted(policy, (onEvery[0] ?? accountWide[0])!), policy, messageId, data });
  },
});
