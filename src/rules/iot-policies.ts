/**
 * AWS IoT policies (`AWS::IoT::Policy`): documents in IAM's statement syntax that devices present
 * with their certificates. They are read here, not extracted with the IAM policies, because IoT's
 * grammar differs (only `iot:` and `greengrass:` actions mean anything, there is no principal)
 * and the IAM rules and Access Analyzer must not judge them as identity policies.
 */
import type { Node } from '../parse/node.js';
import { readPolicyDocument } from '../policies/extract.js';
import type { Statement } from '../policies/types.js';
import type { Resource, Template } from '../template/model.js';
import { created, prop } from './infra.js';
import type { RuleContext } from './types.js';

export interface IotPolicy {
  res: Resource;
  node: Node;
  statements: Statement[];
}

const cache = new WeakMap<Template, IotPolicy[]>();

export function iotPolicies(t: Template, ctx: RuleContext): IotPolicy[] {
  let out = cache.get(t);
  if (!out) {
    out = [];
    for (const r of created(t, ctx, 'AWS::IoT::Policy')) {
      const node = prop(ctx, r.props, 'PolicyDocument');
      if (node) out.push({ res: r.res, node, statements: readPolicyDocument(node, ctx.resolver).statements });
    }
    cache.set(t, out);
  }
  return out;
}
