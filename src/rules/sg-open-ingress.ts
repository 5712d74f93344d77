import { defineRule } from './types.js';
import {
  ADMIN_PORTS,
  DATABASE_PORTS,
  allPorts,
  covers,
  describePorts,
  worldOpenIngress,
} from './utils/security-groups.js';

export default defineRule({
  meta: {
    id: 'sg-open-ingress',
    severity: 'medium',
    title: 'Security group open to the internet',
    why: "Ingress from `0.0.0.0/0` or `::/0` (in a security group, or a GameLift fleet's inbound permissions) exposes the port to every scanner on the internet. For a public web endpoint on 80 or 443 that is the point (reported as info, for the record); for anything else it usually is not.",
    fix: "Allow the port from the load balancer's or client's security group, or from known CIDRs; put public endpoints behind a load balancer or CloudFront.",
    aka: { cfnNag: ['W2', 'W65'], checkov: ['CKV_AWS_260'], cdkNag: ['AwsSolutions-EC23'] },
    family: 'network',
    messages: { open: '{{id}} allows {{opened}} from {{cidr}}.' },
  },
  checkTemplate(t, ctx) {
    for (const i of worldOpenIngress(t, ctx)) {
      // The more specific rules say it for all ports, admin ports and database ports.
      if (allPorts(i) || ADMIN_PORTS.some(([p, protocols]) => covers(i, p, protocols))) continue;
      if (DATABASE_PORTS.some((p) => covers(i, p))) continue;
      const web =
        i.ports !== 'all' && i.ports !== null && [80, 443].includes(i.ports.from) && i.ports.from === i.ports.to;
      ctx.report({
        node: i.node,
        resource: i.resource,
        key: i.key,
        severity: web ? 'info' : 'medium',
        messageId: 'open',
        data: { id: i.resource.id, opened: describePorts(i), cidr: i.cidr },
      });
    }
  },
});
