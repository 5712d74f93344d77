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

/** The IoT policies the template creates (a false Condition removes one), in its order. */
export function iotPolicies(template: Template, resolver: Resolver): IotPolicy[] {
  const policies: IotPolicy[] = [];
  for (const res of template.ofType('AWS::IoT::Policy')) {
    if (!resolver.created(res.condition)) continue;
    const node = resolver.view(get(resolver.view(res.properties), 'PolicyDocument'));
    if (node) policies.push({ res, node, statements: readPolicyDocument(node, resolver).statements });
  }
  return policies;
}
