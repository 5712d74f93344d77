import { at, prop } from './utils/properties.js';
import { propertyRule } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'route53-no-query-logging',
    severity: 'low',
    title: 'Public hosted zone does not log DNS queries',
    why: 'DNS query logs show which names of a public zone are asked for, by which resolvers and how often: subdomain enumeration before an attack, traffic to a name that should be retired, or the volume behind a DNS-based exfiltration channel. Route 53 keeps no query history unless a query logging configuration sends it to CloudWatch Logs.',
    fix: 'Create a CloudWatch Logs group in us-east-1 (with a resource policy allowing `route53.amazonaws.com` to write to it) and set `QueryLoggingConfig: {CloudWatchLogsLogGroupArn: …}` on the hosted zone.',
    family: 'logging',
    messages: {
      notLogged: '{{id}} is a public hosted zone without QueryLoggingConfig: its DNS queries are not logged.',
    },
  },
  types: ['AWS::Route53::HostedZone'],
  check(r, ctx) {
    // A zone associated with VPCs is private: Resolver query logging covers it, not this setting.
    const vpcs = prop(ctx, r.props, 'VPCs');
    if (vpcs && (vpcs.kind !== 'seq' || vpcs.items.length > 0)) return undefined;
    if (prop(ctx, r.props, 'QueryLoggingConfig', 'CloudWatchLogsLogGroupArn')) return undefined;
    return {
      node: at(r, 'QueryLoggingConfig'),
      messageId: 'notLogged',
      data: { id: r.res.id },
    };
  },
});
