/**
 * AWS IoT policies (`AWS::IoT::Policy`): documents in IAM's statement syntax that devices present
 * with their certificates. They are read apart from the IAM policies because IoT's grammar differs
 * (only `iot:` and `greengrass:` actions mean anything, there is no principal) and the IAM rules
 * and Access Analyzer must not judge them as identity policies.
 */
import { get, type Node } from '../parse/node.js';
import type { Resource, Template } from '../template/model.js';
import type { Resolver } from '../template/resolve.js';
import { readPolicyDocument } from './extract.js';
import type { Statement } from './types.js';

export interface IotPolicy {
  res: Resource;
  node: Node;
  statements: Statement[];
}

// Two rules ask per template, one after the other: one slot (a WeakMap by template kept every
// file's tree reachable until collected, which slowed garbage collection of a large scan).
let last: { template: Template; resolver: Resolver; policies: IotPolicy[] } | undefined;

/** The IoT policies the template creates (a false Condition removes one), in its order. */
export function iotPolicies(template: Template, resolver: Resolver): IotPolicy[] {
  if (last?.template === template && last.resolver === resolver) return last.policies;
  const policies: IotPolicy[] = [];
  for (const res of template.ofType('AWS::IoT::Policy')) {
    if (!resolver.created(res.condition)) continue;
    const node = resolver.view(get(resolver.view(res.properties), 'PolicyDocument'));
    if (node) policies.push({ res, node, statements: readPolicyDocument(node, resolver).statements });
  }
  last = { template, resolver, policies };
  return policies;
}
