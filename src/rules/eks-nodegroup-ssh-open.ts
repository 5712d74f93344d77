import { keyNode } from '../parse/node.js';
import { isUnknown } from '../template/values.js';
import { prop } from './utils/properties.js';
import { propertyRule } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'eks-nodegroup-ssh-open',
    severity: 'high',
    title: 'EKS node group open to SSH from the internet',
    why: "A managed node group with `RemoteAccess` (an SSH key) but no `SourceSecurityGroups` gets a security group that allows port 22 from `0.0.0.0/0`: every node of the cluster, with its instance role and the pods' secrets on disk, answers SSH from the whole internet.",
    fix: 'Add `RemoteAccess.SourceSecurityGroups` with the security group of a bastion or VPN, or drop `RemoteAccess` and reach nodes through SSM Session Manager.',
    aka: { checkov: ['CKV_AWS_100'] },
    family: 'public-exposure',
    messages: {
      sshOpen: '{{id}} allows SSH (RemoteAccess) without SourceSecurityGroups: port 22 is open to 0.0.0.0/0.',
    },
  },
  types: ['AWS::EKS::Nodegroup'],
  check(r, ctx) {
    const remote = prop(ctx, r.props, 'RemoteAccess');
    if (!remote) return undefined;
    const sources = prop(ctx, remote, 'SourceSecurityGroups');
    if (sources && (isUnknown(ctx.resolver.value(sources)) || ctx.resolver.items(sources).length)) return undefined;
    return {
      node: keyNode(r.props, 'RemoteAccess') ?? r.res.idNode,
      messageId: 'sshOpen',
      data: { id: r.res.id },
    };
  },
});
