import { propertyRule, requireTrue } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'dax-unencrypted',
    severity: 'medium',
    title: 'DAX cluster not encrypted at rest',
    why: 'A DAX cluster caches items of DynamoDB tables that are themselves always encrypted; without server-side encryption the cache, its logs and its configuration sit unencrypted on the nodes, undoing the table’s protection. It can only be set when the cluster is created.',
    fix: 'Set `SSESpecification: {SSEEnabled: true}` on the cluster.',
    aka: { cfnNag: ['W83'], checkov: ['CKV_AWS_47'], cdkNag: ['AwsSolutions-DDB4'] },
    family: 'encryption-at-rest',
    messages: { unencrypted: '{{id}} is not encrypted at rest ({{detail}}).' },
  },
  types: ['AWS::DAX::Cluster'],
  check: (r, ctx) => requireTrue(ctx, r, ['SSESpecification', 'SSEEnabled'], { messageId: 'unencrypted' }),
});
