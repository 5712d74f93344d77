import type { Node } from '../parse/node.js';
import { asString, isUnknown, NO_VALUE } from '../template/values.js';
import { prop, read } from './utils/properties.js';
import { propertyRule, type Problem, type Res } from './utils/property-rule.js';
import type { RuleContext } from './types.js';

/**
 * A boolean as CloudFormation reads it: its YAML is version 1.1, where `Yes`/`No` and `On`/`Off`
 * are booleans too (our parser reads YAML 1.2, where they are strings).
 */
function yaml11Bool(v: unknown): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v !== 'string') return undefined;
  if (/^(true|yes|y|on)$/i.test(v)) return true;
  if (/^(false|no|n|off)$/i.test(v)) return false;
  return undefined;
}

const messages = {
  publicByDefault: '{{id}} leaves PubliclyAccessible unset: {{what}} is public by default.',
  publiclyAccessible: '{{id}} is publicly accessible: {{what}} gets a public endpoint.',
  publicBrokers: '{{id}} gives its brokers public addresses (PublicAccess {{type}}).',
  publicEndpoint: '{{id}} has a public endpoint (EndpointType PUBLIC).',
  publicEndpointByDefault: '{{id}} sets no EndpointType: the server gets a public endpoint by default.',
  noVpc: '{{id}} has no VPCOptions: its endpoint is public.',
};
type Id = keyof typeof messages;

/** `PubliclyAccessible` true, or (where `absentIsPublic`) absent because the service's default is public. */
function publicFlag(ctx: RuleContext<Id>, r: Res, what: string, absentIsPublic: boolean): Problem<Id> | undefined {
  const p = read(ctx, r, ['PubliclyAccessible']);
  if (isUnknown(p.value)) return undefined;
  if (!p.node || p.value === NO_VALUE) {
    return absentIsPublic ? { node: p.where, messageId: 'publicByDefault', data: { id: r.res.id, what } } : undefined;
  }
  if (yaml11Bool(p.value) !== true) return undefined;
  return {
    node: p.where,
    messageId: 'publiclyAccessible',
    data: { id: r.res.id, what },
    fix: p.node.kind === 'scalar' ? { node: p.node, replacement: 'false' } : undefined,
  };
}

/** A string property compared with its default when absent; undefined when not known. */
function valueOr(ctx: RuleContext<Id>, node: Node | undefined, fallback: string): string | undefined {
  if (!node) return fallback;
  const v = ctx.resolver.value(node);
  return isUnknown(v) ? undefined : (asString(v) ?? undefined);
}

export default propertyRule({
  meta: {
    id: 'service-publicly-accessible',
    severity: 'high',
    title: 'Data or messaging service reachable from the internet',
    why: 'A data warehouse, migration instance, message broker, Kafka cluster, file-transfer server or search domain with a public endpoint can be reached by anyone on the internet who finds its name: only its own authentication (and, where there is one, a security group or access policy) stands between the data and the world, and every brute-force attempt and unpatched bug is reachable.',
    fix: 'Keep the endpoint private: `PubliclyAccessible: false` (Redshift, DMS, Amazon MQ), `ConnectivityInfo.PublicAccess.Type: DISABLED` (MSK), `EndpointType: VPC` (Transfer Family), `VPCOptions` with private subnets (OpenSearch). Reach the service through the VPC, a VPN or PrivateLink.',
    aka: {
      cfnNag: ['W90', 'W91'],
      checkov: ['CKV_AWS_69', 'CKV_AWS_87', 'CKV_AWS_89', 'CKV_AWS_164', 'CKV_AWS_291'],
      cdkNag: [
        'AwsSolutions-RS8',
        'AwsSolutions-OS1',
        'NIST.800.53.R5-RedshiftClusterPublicAccess',
        'HIPAA.Security-RedshiftClusterPublicAccess',
        'PCI.DSS.321-RedshiftClusterPublicAccess',
        'NIST.800.53.R5-DMSReplicationNotPublic',
        'HIPAA.Security-DMSReplicationNotPublic',
        'PCI.DSS.321-DMSReplicationNotPublic',
        'NIST.800.53.R5-OpenSearchInVPCOnly',
        'HIPAA.Security-OpenSearchInVPCOnly',
        'PCI.DSS.321-OpenSearchInVPCOnly',
      ],
    },
    family: 'public-exposure',
    messages,
  },
  types: [
    'AWS::Redshift::Cluster',
    'AWS::DMS::ReplicationInstance',
    'AWS::AmazonMQ::Broker',
    'AWS::MSK::Cluster',
    'AWS::Transfer::Server',
    'AWS::OpenSearchService::Domain',
    'AWS::Elasticsearch::Domain',
  ],
  check(r, ctx) {
    switch (r.res.type) {
      case 'AWS::Redshift::Cluster':
        // CreateCluster's default is not publicly accessible.
        return publicFlag(ctx, r, 'the cluster', false);
      case 'AWS::DMS::ReplicationInstance':
        return publicFlag(ctx, r, 'the replication instance', true);
      case 'AWS::AmazonMQ::Broker':
        return publicFlag(ctx, r, 'the broker', false);
      case 'AWS::MSK::Cluster': {
        const node = prop(ctx, r.props, 'BrokerNodeGroupInfo', 'ConnectivityInfo', 'PublicAccess', 'Type');
        const type = valueOr(ctx, node, 'DISABLED');
        if (type === undefined || type === 'DISABLED') return undefined;
        return { node: node!, messageId: 'publicBrokers', data: { id: r.res.id, type } };
      }
      case 'AWS::Transfer::Server': {
        const p = read(ctx, r, ['EndpointType']);
        const type = valueOr(ctx, p.node, 'PUBLIC');
        if (type !== 'PUBLIC') return undefined;
        return {
          node: p.where,
          messageId: p.node ? 'publicEndpoint' : 'publicEndpointByDefault',
          data: { id: r.res.id },
        };
      }
      default: {
        // OpenSearch / Elasticsearch: outside a VPC the endpoint is public, guarded only by the access policy.
        if (prop(ctx, r.props, 'VPCOptions')) return undefined;
        return { node: r.res.idNode, messageId: 'noVpc', data: { id: r.res.id } };
      }
    }
  },
});
