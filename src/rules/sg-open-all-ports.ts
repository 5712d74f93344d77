import { defineRule } from './types.js';
import { allPorts, describePorts, onlyLoadBalancers, worldOpenIngress } from './utils/security-groups.js';

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
      // A group only load balancers use opens their listeners, not every service: one lower.
      const lbs = onlyLoadBalancers(t, ctx, i);
      ctx.report({
        node: i.node,
        resource: i.resource,
        key: i.key,
        severity: lbs ? 'high' : undefined,
        message: lbs
          ? `${i.resource.id} allows ${describePorts(i)} from ${i.cidr}, but only ${lbs.map((r) => r.id).join(', ')} use${lbs.length > 1 ? '' : 's'} the group, and a load balancer accepts traffic only on its listeners' ports: every listener is open to the internet.`
          : `${i.resource.id} allows ${describePorts(i)} from ${i.cidr}.`,
      });
    }
  },
});
