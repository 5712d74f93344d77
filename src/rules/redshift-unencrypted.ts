import { propertyRule, requireTrue } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'redshift-unencrypted',
    severity: 'high',
    title: 'Redshift cluster not encrypted',
    why: 'A data warehouse holds the most data of any store in the account, and its automated and manual snapshots hold all of it again. A cluster created without encryption keeps every block and snapshot readable to anyone who can reach the storage or copy a snapshot; turning encryption on later means a resize or migration.',
    fix: 'Set `Encrypted: true` on the cluster, with `KmsKeyId` for a customer managed key.',
    aka: { cfnNag: ['F28'], checkov: ['CKV_AWS_64'], cdkNag: ['AwsSolutions-RS6'] },
    family: 'encryption-at-rest',
    messages: { unencrypted: '{{id}} is not encrypted at rest ({{detail}}).' },
  },
  types: ['AWS::Redshift::Cluster'],
  check: (r, ctx) => requireTrue(ctx, r, ['Encrypted'], { messageId: 'unencrypted' }),
});
