import { defineRule } from './types.js';
import { at, bool, created, prop, string } from './infra.js';

export default defineRule({
  meta: {
    id: 'rds-unencrypted',
    severity: 'high',
    title: 'Database storage not encrypted',
    why: 'An unencrypted database, its automated backups, snapshots and read replicas can be read by anyone who gets a snapshot. Encryption cannot be turned on for an existing instance without a snapshot-copy-restore migration, so it has to be right at creation.',
    fix: 'Set `StorageEncrypted: true` (with a `KmsKeyId` for a customer managed key) on the DB instance or cluster.',
    aka: { cfnNag: ['F26', 'F27'], checkov: ['CKV_AWS_16', 'CKV_AWS_96'], cdkNag: ['AwsSolutions-RDS2'] },
    family: 'encryption-at-rest',
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster')) {
      // Aurora instances are encrypted through their cluster; replicas and restores inherit.
      if (r.res.type === 'AWS::RDS::DBInstance' && prop(ctx, r.props, 'DBClusterIdentifier')) continue;
      if (prop(ctx, r.props, 'SourceDBInstanceIdentifier') || prop(ctx, r.props, 'DBSnapshotIdentifier')) continue;
      if (prop(ctx, r.props, 'SnapshotIdentifier') || prop(ctx, r.props, 'SourceDBClusterIdentifier')) continue;
      // Aurora Serverless v1 clusters are always encrypted.
      if (string(ctx, prop(ctx, r.props, 'EngineMode')) === 'serverless') continue;
      const node = prop(ctx, r.props, 'StorageEncrypted');
      const enc = bool(ctx, node);
      if (enc === true || enc === 'unknown') continue;
      ctx.report({
        node: node ?? at(r),
        resource: r.res,
        message: `${r.res.id} does not encrypt its storage (StorageEncrypted is ${node ? 'false' : 'not set'}).`,
      });
    }
  },
});
