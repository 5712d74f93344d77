import { defineRule } from './types.js';
import { unconstrainedActions } from '../iam/semantics.js';
import { isIdentity, onEveryResource, whereGranted } from './utils/policies.js';

const DATA_ACTIONS = [
  's3:GetObject',
  'ssm:GetParameter',
  'ssm:GetParameters',
  'ssm:GetParametersByPath',
  'secretsmanager:GetSecretValue',
];

export default defineRule({
  meta: {
    id: 'iam-data-exfiltration',
    severity: 'medium',
    title: 'Unconstrained reads of sensitive data',
    why: 'Reading every object in every bucket, every SSM parameter or every secret in the account is how a compromised workload exfiltrates data. These reads are rarely needed beyond a few named buckets, parameter paths and secrets.',
    fix: 'Scope the reads to the buckets (`arn:aws:s3:::my-bucket/*`), parameter paths (`arn:aws:ssm:region:account:parameter/app/*`) and secrets the workload uses.',
    aka: { checkov: ['CKV_AWS_108'] },
    family: 'least-privilege',
    messages: {
      dataActions: 'Allows reading sensitive data {{grants}}.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    const allowed = unconstrainedActions(policy);
    // Once per policy shape, not per policy (see Unconstrained).
    const found = allowed.derived(DATA_ACTIONS, (u) => DATA_ACTIONS.filter((a) => u.has(a)));
    if (!found.length) return;
    ctx.report({
      node: whereGranted(policy, found[0]),
      policy,
      messageId: 'dataActions',
      data: { grants: onEveryResource(found) },
    });
  },
});
