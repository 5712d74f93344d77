import { defineRule } from './types.js';
import { created, prop, string } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'qldb-permissions-allow-all',
    severity: 'medium',
    title: 'QLDB ledger lets every caller run every PartiQL command',
    why: '`PermissionsMode: ALLOW_ALL` is the legacy mode: any principal allowed `qldb:SendCommand` on the ledger may run every PartiQL statement on every table, so IAM cannot tell readers from writers or limit a workload to its tables. `STANDARD` checks each statement against table-level IAM permissions.',
    fix: 'Set `PermissionsMode: STANDARD` and grant `qldb:PartiQL*` actions on the tables each role needs.',
    aka: { checkov: ['CKV_AWS_170'] },
    family: 'credentials',
    messages: {
      allowAll: '{{id}} uses PermissionsMode ALLOW_ALL: IAM cannot limit which PartiQL commands a caller runs.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::QLDB::Ledger')) {
      const node = prop(ctx, r.props, 'PermissionsMode');
      if (string(ctx, node)?.toUpperCase() !== 'ALLOW_ALL') continue;
      ctx.report({
        node: node!,
        resource: r.res,
        messageId: 'allowAll',
        data: { id: r.res.id },
        fix: node!.kind === 'scalar' ? { node: node!, replacement: 'STANDARD' } : undefined,
      });
    }
  },
});
