import { defineRule } from './types.js';
import { onlyConditionOn } from '../iam/conditions.js';
import { effectivelyAllows } from '../iam/evaluation.js';
import { onAllResources, unconstrainedActions, type Unconstrained } from '../iam/semantics.js';
import type { Policy } from '../policies/types.js';
import { ESCALATION_PATHS, PASSED_TO } from '../iam/escalation-paths.js';
import { isIdentity, listSome, whereGranted } from './utils/policies.js';

const PATHS = Object.entries(ESCALATION_PATHS);
const PASS_ROLE_PATHS = PATHS.filter(([, actions]) => actions.includes('iam:PassRole'));

/**
 * The test `iam:PassedToService` makes of a service, for each Allow of `iam:PassRole` on every
 * role whose only condition is that key (and that no certain Deny takes away). Such a PassRole is
 * constrained to services, not to roles: it completes the paths whose service it names.
 */
function passRoleLimitedToServices(policy: Policy): ((service: string) => boolean)[] {
  const out: ((service: string) => boolean)[] = [];
  for (const st of policy.statements) {
    if (st.effect !== 'Allow' || !st.conditions || !onAllResources(st)) continue;
    const test = onlyConditionOn(st, 'iam:PassedToService');
    if (test && effectivelyAllows(policy, st, 'iam:PassRole')) out.push(test);
  }
  return out;
}

/** The PassRole paths whose other actions are unconstrained and whose service a limited PassRole names. */
function pathsViaPassedToService(policy: Policy, u: Unconstrained): [string, string[]][] {
  if (u.has('iam:PassRole')) return [];
  const tests = passRoleLimitedToServices(policy);
  if (!tests.length) return [];
  return PASS_ROLE_PATHS.filter(
    ([name, actions]) =>
      (PASSED_TO[name] ?? []).some((svc) => tests.some((t) => t(svc))) &&
      actions.every((a) => a === 'iam:PassRole' || u.has(a)),
  );
}

export default defineRule({
  meta: {
    id: 'iam-privilege-escalation',
    severity: 'high',
    title: 'Policy allows a privilege-escalation path',
    why: 'Some combinations of actions let a principal give itself more permissions than it was granted: create a new version of its own policy, attach an administrator policy, pass a powerful role to a new Lambda function and invoke it, and so on. A policy that allows every action of such a path without a resource constraint is effectively an administrator policy. An `iam:PassedToService` condition does not break a path when it names the service the path passes the role to (`lambda.amazonaws.com` for a new Lambda function): it limits where roles go, not which roles.',
    fix: 'Scope the actions of the path to specific resources (the roles that may be passed, the policies that may be edited), add conditions, or remove the actions. The message names the path; pathfinding.cloud describes each one.',
    aka: { checkov: ['CKV_AWS_110'] },
    family: 'least-privilege',
    messages: {
      escalation: 'Allows privilege escalation without resource constraints: {{paths}}.',
    },
  },
  checkPolicy(policy, ctx) {
    if (!isIdentity(policy)) return;
    const allowed = unconstrainedActions(policy);
    if (allowed.empty) return;
    // Once per policy shape, not per policy (see Unconstrained): some 60 paths to test.
    const unconstrained = allowed.derived(PATHS, (u) => PATHS.filter(([, actions]) => actions.every((a) => u.has(a))));
    const paths = [...unconstrained, ...pathsViaPassedToService(policy, allowed)];
    if (!paths.length) return;
    const [firstName, firstActions] = paths[0];
    ctx.report({
      node: whereGranted(policy, firstActions[0]),
      policy,
      messageId: 'escalation',
      data: {
        paths: listSome(
          paths.map(([name, actions]) => `${name} (${actions.join(' + ')})`),
          3,
        ),
      },
      key: firstName,
    });
  },
});
