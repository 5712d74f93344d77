import { propertyRule, requireTrue } from './utils/property-rule.js';
import { prop, string } from './utils/properties.js';

/** Properties that make a database a copy of another (replica, restore, member): it inherits encryption. */
const INHERITS: Record<string, string[]> = {
  'AWS::RDS::DBInstance': [
    'DBClusterIdentifier',
    'SourceDBInstanceIdentifier',
    'DBSnapshotIdentifier',
    'SourceDBClusterIdentifier',
  ],
  'AWS::RDS::DBCluster': ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier'],
  'AWS::Neptune::DBCluster': ['SnapshotIdentifier', 'SourceDBClusterIdentifier'],
  'AWS::DocDB::DBCluster': ['SnapshotIdentifier', 'SourceDBClusterIdentifier'],
};

export default propertyRule({
  meta: {
    id: 'rds-unencrypted',
    severity: 'high',
    title: 'Database storage not encrypted',
    why: 'An unencrypted database, its automated backups, snapshots and read replicas can be read by anyone who gets a snapshot. Encryption cannot be turned on for an existing instance or cluster without a snapshot-copy-restore migration, so it has to be right at creation.',
    fix: 'Set `StorageEncrypted: true` (with a `KmsKeyId` for a customer managed key) on the DB instance or cluster (RDS, Aurora, Neptune, DocumentDB).',
    aka: {
      cfnNag: ['F26', 'F27', 'F30'],
      checkov: ['CKV_AWS_16', 'CKV_AWS_96', 'CKV_AWS_44', 'CKV_AWS_74'],
      cdkNag: [
        'AwsSolutions-RDS2',
        'AwsSolutions-DOC1',
        'AwsSolutions-N4',
        'NIST.800.53.R5-RDSStorageEncrypted',
        'HIPAA.Security-RDSStorageEncrypted',
        'PCI.DSS.321-RDSStorageEncrypted',
      ],
    },
    family: 'encryption-at-rest',
    messages: { unencrypted: '{{id}} does not encrypt its storage ({{detail}}).' },
  },
  // Neptune and DocumentDB instances are cluster members: their cluster decides.
  types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::Neptune::DBCluster', 'AWS::DocDB::DBCluster'],
  check(r, ctx) {
    if (INHERITS[r.res.type].some((p) => prop(ctx, r.props, p))) return undefined;
    // Aurora Serverless v1 clusters are always encrypted.
    if (string(ctx, prop(ctx, r.props, 'EngineMode')) === 'serverless') return undefined;
    return requireTrue(ctx, r, ['StorageEncrypted'], { messageId: 'unencrypted' });
  },
});
