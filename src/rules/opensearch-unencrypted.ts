import { propertyRule, requireTrue } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'opensearch-unencrypted',
    severity: 'high',
    title: 'OpenSearch domain not encrypted at rest',
    why: 'A search domain keeps its indices, logs and automated snapshots on the nodes’ volumes. Without encryption at rest they are readable to anyone who reaches the storage or a snapshot, and search indices tend to hold the most sensitive fields of the documents fed to them.',
    fix: 'Set `EncryptionAtRestOptions: {Enabled: true}` (with `KmsKeyId` for a customer managed key).',
    aka: {
      cfnNag: ['W54'],
      checkov: ['CKV_AWS_5'],
      cdkNag: [
        'AwsSolutions-OS8',
        'NIST.800.53.R5-OpenSearchEncryptedAtRest',
        'HIPAA.Security-OpenSearchEncryptedAtRest',
        'PCI.DSS.321-OpenSearchEncryptedAtRest',
      ],
    },
    family: 'encryption-at-rest',
    messages: { unencrypted: '{{id}} is not encrypted at rest ({{detail}}).' },
  },
  types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  check: (r, ctx) => requireTrue(ctx, r, ['EncryptionAtRestOptions', 'Enabled'], { messageId: 'unencrypted' }),
});
