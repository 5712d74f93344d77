import { defineRule } from './types.js';
import { allPorts, describePorts, worldOpenIngress } from './security-groups.js';

export default defineRule({
  meta: {
    id: 'sg-open-all-ports',
    severity: 'critical',
    title: 'Every port open to the internet',
    why: 'Ingress on all protocols (`IpProtocol: -1`) or all ports from `0.0.0.0/0` or `::/0` exposes every service on the instances, including the ones nobody knows are listening: databases, admin consoles, debug ports.',
    fix: "Allow only the ports the service answers on (usually 443), from the load balancer's security group rather than the internet where possible.",
    aka: { cfnNag: ['W42'] },
    family: 'network',
  },
  checkTemplate(t, ctx) {
    for (const i of worldOpenIngress(t, ctx)) {
      if (!allPorts(i)) continue;
      ctx.report({
        node: i.node,
        resource: i.resource,
        key: i.key,
        message: `${i.resource.id} allows ${describePorts(i)} from ${i.cidr}.`,
      });
    }
  },
});
