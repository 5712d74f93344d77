import { at, bool, prop, replaceScalar, string } from './utils/properties.js';
import { forbidValue, propertyRule, requireOneOf, requireTrue, type Problem, type Res } from './utils/property-rule.js';
import type { RuleContext } from './types.js';

const SAGEMAKER_JOBS = [
  'AWS::SageMaker::DataQualityJobDefinition',
  'AWS::SageMaker::ModelBiasJobDefinition',
  'AWS::SageMaker::ModelExplainabilityJobDefinition',
  'AWS::SageMaker::ModelQualityJobDefinition',
];

/** OpenSearch TLS policies whose minimum is TLS 1.2 (the default, Policy-Min-TLS-1-0-2019-07, is not). */
const MODERN_DOMAIN_TLS = /^Policy-Min-TLS-1-[23]-/;

const messages = {
  authTokenInClear: '{{id}} sends its AuthToken and data in clear text ({{detail}}).',
  unencryptedConnections: '{{id}} accepts unencrypted connections ({{detail}}).',
  plainHttp: '{{id}} accepts plain HTTP ({{detail}}).',
  nodeToNode: '{{id}} sends data between its nodes unencrypted ({{detail}}).',
  outdatedTls: '{{id}} accepts TLS below 1.2 (TLSSecurityPolicy is {{policy}}).',
  plainTextClients: '{{id}} accepts plain-text client connections ({{detail}}).',
  betweenBrokers: '{{id}} sends data between brokers unencrypted (InCluster is false).',
  efsVolume: '{{id}}: EFS volume {{volume}} is mounted without transit encryption ({{detail}}).',
  efsVolumeUnnamed: '{{id}}: EFS volume is mounted without transit encryption ({{detail}}).',
  tlsDisabled: '{{id}} turns TLS off for its clusters (tls: disabled).',
  sslNotRequired: '{{id}} lets clients connect without SSL (require_ssl is false).',
  sslNotRequiredByDefault: '{{id}} does not set require_ssl, which defaults to false: clients may connect without SSL.',
  betweenContainers: '{{id}} sends data between its containers unencrypted ({{detail}}).',
};
type Id = keyof typeof messages;

export default propertyRule({
  meta: {
    id: 'transit-encryption-disabled',
    severity: 'medium',
    title: 'Data sent unencrypted between clients and nodes',
    why: 'Traffic inside a VPC is not private to you alone: a misconfigured peering, a compromised instance in the same subnet or a mirrored interface sees it. Caches, search clusters, brokers and databases that accept plain-text connections expose their data, and any password or token sent with it, to whoever can read the network.',
    fix: 'Turn transit encryption on: `TransitEncryptionEnabled: true` (ElastiCache), `DomainEndpointOptions.EnforceHTTPS: true`, `NodeToNodeEncryptionOptions.Enabled: true` and a `Policy-Min-TLS-1-2-…` policy (OpenSearch), `ClientBroker: TLS` and `InCluster: true` (MSK), `TransitEncryption: ENABLED` (ECS EFS volumes), `tls: enabled` (DocumentDB), `require_ssl: true` (Redshift), `EnableInterContainerTrafficEncryption: true` (SageMaker).',
    aka: {
      cfnNag: ['F33', 'W85'],
      checkov: [
        'CKV_AWS_6',
        'CKV_AWS_30',
        'CKV_AWS_31',
        'CKV_AWS_81',
        'CKV_AWS_83',
        'CKV_AWS_90',
        'CKV_AWS_97',
        'CKV_AWS_105',
        'CKV_AWS_369',
      ],
      cdkNag: [
        'AwsSolutions-AEC3',
        'AwsSolutions-OS2',
        'AwsSolutions-MSK2',
        'AwsSolutions-MSK3',
        'NIST.800.53.R5-OpenSearchNodeToNodeEncryption',
        'HIPAA.Security-OpenSearchNodeToNodeEncryption',
        'PCI.DSS.321-OpenSearchNodeToNodeEncryption',
      ],
    },
    family: 'encryption-in-transit',
    messages,
  },
  types: [
    'AWS::ElastiCache::ReplicationGroup',
    'AWS::OpenSearchService::Domain',
    'AWS::Elasticsearch::Domain',
    'AWS::MSK::Cluster',
    'AWS::ECS::TaskDefinition',
    'AWS::DocDB::DBClusterParameterGroup',
    'AWS::Redshift::ClusterParameterGroup',
    ...SAGEMAKER_JOBS,
  ],
  check(r, ctx): (Problem<Id> | undefined)[] | Problem<Id> | undefined {
    const id = r.res.id;
    const keyed = (key: string, p: Problem<Id> | undefined) => p && { ...p, key };
    switch (r.res.type) {
      case 'AWS::ElastiCache::ReplicationGroup': {
        const token = prop(ctx, r.props, 'AuthToken') !== undefined;
        return requireTrue(ctx, r, ['TransitEncryptionEnabled'], {
          messageId: token ? 'authTokenInClear' : 'unencryptedConnections',
        });
      }
      case 'AWS::OpenSearchService::Domain':
      case 'AWS::Elasticsearch::Domain':
        return [
          keyed('https', requireTrue(ctx, r, ['DomainEndpointOptions', 'EnforceHTTPS'], { messageId: 'plainHttp' })),
          keyed(
            'node-to-node',
            requireTrue(ctx, r, ['NodeToNodeEncryptionOptions', 'Enabled'], { messageId: 'nodeToNode' }),
          ),
          keyed('tls', outdatedDomainTls(ctx, r)),
        ];
      case 'AWS::MSK::Cluster': {
        const transit = ['EncryptionInfo', 'EncryptionInTransit'];
        return [
          keyed(
            'client',
            requireOneOf(ctx, r, [...transit, 'ClientBroker'], ['TLS'], {
              absent: 'ok',
              messageId: 'plainTextClients',
              fix: 'TLS',
            }),
          ),
          keyed('in-cluster', forbidValue(ctx, r, [...transit, 'InCluster'], false, { messageId: 'betweenBrokers' })),
        ];
      }
      case 'AWS::ECS::TaskDefinition':
        return ctx.resolver.items(prop(ctx, r.props, 'Volumes')).map((v, i): Problem<Id> | undefined => {
          const efs = prop(ctx, v, 'EFSVolumeConfiguration');
          if (!efs) return undefined;
          const n = prop(ctx, efs, 'TransitEncryption');
          const s = string(ctx, n);
          if (s === 'ENABLED' || s === 'unknown') return undefined;
          const name = string(ctx, prop(ctx, v, 'Name'));
          return {
            node: n ?? efs,
            key: `volume ${i}`,
            messageId: typeof name === 'string' && name !== 'unknown' ? 'efsVolume' : 'efsVolumeUnnamed',
            data: { id, volume: name ?? '', detail: `TransitEncryption is ${s ?? 'not set'}` },
            ...(s === 'DISABLED' ? { fix: replaceScalar(n, 'ENABLED') } : {}),
          };
        });
      case 'AWS::DocDB::DBClusterParameterGroup': {
        const n = prop(ctx, r.props, 'Parameters', 'tls');
        if (string(ctx, n) !== 'disabled') return undefined;
        return {
          node: n!,
          messageId: 'tlsDisabled',
          data: { id },
          fix: replaceScalar(n, 'enabled'),
        };
      }
      case 'AWS::Redshift::ClusterParameterGroup': {
        // require_ssl defaults to false: a group that does not set it lets clients connect in clear text.
        const params = prop(ctx, r.props, 'Parameters');
        for (const p of ctx.resolver.items(params)) {
          const name = string(ctx, prop(ctx, p, 'ParameterName'));
          if (name === 'unknown') return undefined;
          if (name !== 'require_ssl') continue;
          const v = prop(ctx, p, 'ParameterValue');
          if (bool(ctx, v) !== false) return undefined;
          return {
            node: v!,
            messageId: 'sslNotRequired',
            data: { id },
            fix: replaceScalar(v, 'true'),
          };
        }
        return {
          node: at(r, 'Parameters'),
          messageId: 'sslNotRequiredByDefault',
          data: { id },
        };
      }
      case 'AWS::SageMaker::DataQualityJobDefinition':
      case 'AWS::SageMaker::ModelBiasJobDefinition':
      case 'AWS::SageMaker::ModelExplainabilityJobDefinition':
      case 'AWS::SageMaker::ModelQualityJobDefinition':
        return requireTrue(ctx, r, ['NetworkConfig', 'EnableInterContainerTrafficEncryption'], {
          messageId: 'betweenContainers',
        });
      default:
        return undefined;
    }
  },
});

function outdatedDomainTls(ctx: RuleContext<Id>, r: Res): Problem<Id> | undefined {
  const n = prop(ctx, r.props, 'DomainEndpointOptions', 'TLSSecurityPolicy');
  const s = string(ctx, n);
  if (!n || s === 'unknown' || s === undefined || MODERN_DOMAIN_TLS.test(s)) return undefined;
  return {
    node: n,
    messageId: 'outdatedTls',
    data: { id: r.res.id, policy: s },
    fix: replaceScalar(n, 'Policy-Min-TLS-1-2-2019-07'),
  };
}
