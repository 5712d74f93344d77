import { defineRule } from './types.js';
import { ADMIN_PORTS, covers, describePorts, listenersOnly, worldOpenIngress } from './utils/security-groups.js';

export default defineRule({
  meta: {
    id: 'sg-open-admin-port',
    severity: 'critical',
    title: 'SSH or RDP open to the internet',
    why: 'Port 22 (SSH) and 3389 (RDP) open to `0.0.0.0/0` or `::/0` are scanned and brute-forced within minutes of an instance coming up; one weak password, leaked key or unpatched server is a foothold in the VPC.',
    fix: 'Remove the rule and use SSM Session Manager, EC2 Instance Connect Endpoint or a VPN; if direct access is unavoidable, allow only the office or bastion CIDR.',
    aka: {
      checkov: ['CKV_AWS_24', 'CKV_AWS_25'],
      cdkNag: [
        'AwsSolutions-EC23',
        'NIST.800.53.R5-EC2RestrictedSSH',
        'HIPAA.Security-EC2RestrictedSSH',
        'PCI.DSS.321-EC2RestrictedSSH',
      ],
    },
    family: 'network',
    messages: {
      ssh: '{{id}} allows SSH (22) from {{cidr}} ({{opened}}).',
      rdp: '{{id}} allows RDP (3389) from {{cidr}} ({{opened}}).',
      sshAndRdp: '{{id}} allows SSH (22) and RDP (3389) from {{cidr}} ({{opened}}).',
    },
  },
  checkTemplate(t, ctx) {
    for (const i of worldOpenIngress(t, ctx)) {
      const open = ADMIN_PORTS.filter(([p, protocols]) => covers(i, p, protocols)).map(([p]) => p);
      if (!open.length) continue;
      if (listenersOnly(t, ctx, i)) continue;
      ctx.report({
        node: i.node,
        resource: i.resource,
        key: i.key,
        messageId: open.length > 1 ? 'sshAndRdp' : open[0] === 22 ? 'ssh' : 'rdp',
        data: { id: i.resource.id, cidr: i.cidr, opened: describePorts(i) },
      });
    }
  },
});
