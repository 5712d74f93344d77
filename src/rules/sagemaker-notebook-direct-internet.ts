import { at, prop, replaceScalar, string } from './utils/properties.js';
import { propertyRule } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'sagemaker-notebook-direct-internet',
    severity: 'medium',
    title: 'SageMaker notebook reaches the internet directly',
    why: 'With direct internet access (SageMaker’s default) the notebook instance gets a network interface in a SageMaker-managed VPC with a route to the internet, outside your VPC: its traffic bypasses your security groups, network ACLs, VPC endpoints policies and flow logs, so code in a notebook (or a compromised package) can send data anywhere.',
    fix: 'Set `DirectInternetAccess: Disabled` with a `SubnetId` and `SecurityGroupIds` in your VPC, and reach AWS services through VPC endpoints (or a NAT gateway you control).',
    aka: { checkov: ['CKV_AWS_122'] },
    family: 'network',
    messages: {
      direct:
        "{{id}} has DirectInternetAccess: {{value}}: its traffic leaves through SageMaker's network, not your VPC.",
      directByDefault:
        "{{id}} does not set DirectInternetAccess (default Enabled): its traffic leaves through SageMaker's network, not your VPC.",
    },
  },
  types: ['AWS::SageMaker::NotebookInstance'],
  check(r, ctx) {
    const node = prop(ctx, r.props, 'DirectInternetAccess');
    const value = string(ctx, node);
    if (value === 'unknown' || value === 'Disabled') return undefined;
    // Disabled needs a subnet: replacing the value is the whole fix only when one is named.
    const subnet = prop(ctx, r.props, 'SubnetId');
    return {
      node: node ?? at(r),
      messageId: node ? 'direct' : 'directByDefault',
      data: { id: r.res.id, value: value ?? '' },
      fix: subnet ? replaceScalar(node, 'Disabled') : undefined,
    };
  },
});
