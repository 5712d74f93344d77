/**
 * Whether a resource policy exposes what it governs, or only filters requests that something
 * else must also allow. A VPC endpoint policy is the second kind: AWS evaluates it in addition to
 * the caller's identity policy and the target's resource policy, so `Principal: "*"` there grants
 * nothing by itself (docs/accuracy.md, "IAM semantics": VPC endpoint policies). Rules that judge a
 * policy as a door to a resource (`resource-policy-public`, `resource-policy-wildcard-action`)
 * ask this module before they judge.
 */
import type { Policy, Statement } from '../policies/types.js';
import { isUnknown } from '../template/values.js';
import { conditionEntries, keyInfo, parseOperator, valuePins } from './conditions.js';
import { isPublicPrincipal } from './semantics.js';

/** Resource types whose policy filters traffic instead of granting access to a resource. */
const FILTERS = new Set(['AWS::EC2::VPCEndpoint']);

/**
 * Whether a statement's conditions pin the resource's owner (`aws:ResourceOrgID`,
 * `aws:ResourceAccount`, `aws:ResourceOrgPaths` with a positive operator and a value that names
 * one party). These keys describe the resource a request is for: they vary between requests only
 * when one policy governs resources of many owners.
 */
export function pinsResourceOwner(st: Statement): boolean {
  if (isUnknown(st.conditions)) return false;
  return conditionEntries(st).some((e) => {
    const info = keyInfo(e.key);
    const op = parseOperator(e.operator);
    if (!info || info.restricts !== 'resource' || op.negated || op.ifExists || op.set === 'ForAllValues') return false;
    return (
      e.values.length > 0 &&
      e.values.every((v) => isUnknown(v) || valuePins(info, typeof v === 'string' ? v : String(v), op))
    );
  });
}

/**
 * Whether the policy is a VPC endpoint policy: held by an `AWS::EC2::VPCEndpoint`, or a standalone
 * policy file whose statements only make sense as one. A resource policy is attached to one
 * resource whose owner is fixed, so a standalone policy that names every caller (`Principal: "*"`
 * in each statement) and pins the resource's owner in an Allow is written for a place that sees
 * requests to many owners' resources: an endpoint. (Resource control policies have the same keys
 * but are Deny statements, which expose nothing either way.)
 */
export function isEndpointPolicy(policy: Policy): boolean {
  if (policy.kind !== 'resource') return false;
  if (FILTERS.has(policy.governs ?? '')) return true;
  if (policy.resource || policy.governs || !policy.statements.length) return false;
  const everyone = policy.statements.every((st) => st.principal?.items.some(isPublicPrincipal) === true);
  return everyone && policy.statements.some((st) => st.effect === 'Allow' && pinsResourceOwner(st));
}

/**
 * A private API's custom domain (`AWS::ApiGateway::DomainNameV2`) is reached only through VPC
 * endpoints: `*` in its policy is not the internet.
 */
const PRIVATE = new Set(['AWS::ApiGateway::DomainNameV2']);

/**
 * Whether the policy can open what it governs to callers by itself. Endpoint policies filter, a
 * private domain is private; a Lambda permission (a policy synthesised from an
 * `AWS::Lambda::Permission`) is judged by `lambda-permission-public`, statement by statement, while
 * an `AWS::Lambda::ResourcePolicy` is a resource policy like any other.
 */
export function exposesResource(policy: Policy): boolean {
  if (policy.kind !== 'resource' || PRIVATE.has(policy.governs ?? '')) return false;
  if (policy.synthesised && policy.governs === 'AWS::Lambda::Function') return false;
  return !isEndpointPolicy(policy);
}
