import { propertyRule, requireTrue } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'elasticache-unencrypted',
    severity: 'high',
    title: 'ElastiCache replication group not encrypted at rest',
    why: 'A cache often holds sessions, tokens and copies of database rows. Without encryption at rest they sit unencrypted on the nodes’ disks (swap, append-only files) and in every backup and snapshot, which can be exported to S3. Encryption at rest can only be chosen when the replication group is created.',
    fix: 'Set `AtRestEncryptionEnabled: true` (with `KmsKeyId` for a customer managed key). Serverless caches are always encrypted.',
    aka: { cfnNag: ['F25'], checkov: ['CKV_AWS_29'], cdkNag: ['AwsSolutions-AEC3'] },
    family: 'encryption-at-rest',
    messages: {
      unencrypted: '{{id}} is not encrypted at rest ({{detail}}).',
    },
  },
  types: ['AWS::ElastiCache::ReplicationGroup'],
  check: (r, ctx) => requireTrue(ctx, r, ['AtRestEncryptionEnabled'], { messageId: 'unencrypted' }),
});
