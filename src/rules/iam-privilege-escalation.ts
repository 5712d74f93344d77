import { defineRule } from './types.js';
import { unconstrainedActions } from '../iam/semantics.js';
import { ESCALATION_PATHS } from './escalation-paths.js';
import { isIdentity, listSome, whereGranted } from './helpers.js';

const PATHS = Object.entries(ESCALATION_PATHS);

export default defineRule({
  meta: {
    id: 'iam-privilege-escalation',
    severity: 'high',
    title: 'Policy allows a privilege-escalation path',
    why: 'Some combinations of actions let a principal give itself more permissions than it was granted: create a new version of its own policy, attach an administrator policy, pass a powerful role to a new Lambda function and invoke it, and so on. A policy that allows every action of such a path without a resource constraint is effectively an administrator policy.',
    fix: 'Scope the actions of the path to specific resources (the roles that may be passed, the policies that may be edited), add conditions, or remove the actions. The message names the path; pathfinding.cloud describes each one.',
    aka: { checkov: ['CKV_AWS_110'] },
    family: 'least-privilege',
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    const allowed = unconstrainedActions(policy);
    if (allowed.empty) return;
    // Once per policy shape, not per policy (see Unconstrained): some 60 paths to test.
    const paths = allowed.derived(PATHS, (u) => PATHS.filter(([, actions]) => actions.every((a) => u.has(a))));
    if (!paths.length) return;
    const [firstName, firstActions] = paths[0];
    ctx.report({
      node: whereGranted(policy, firstActions[0]),
      policy,
      message: `Allows privilege escalation without resource constraints: ${listSome(
        paths.map(([name, actions]) => `${name} (${actions.join(' + ')})`),
        3,
      )}.`,
      key: firstName,
    });
  },
});
