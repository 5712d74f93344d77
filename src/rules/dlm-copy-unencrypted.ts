import type { Node } from '../parse/node.js';
import { bool, prop } from './utils/properties.js';
import { propertyRule, type Problem } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'dlm-copy-unencrypted',
    severity: 'medium',
    title: 'Lifecycle policy copies snapshots unencrypted',
    why: 'A Data Lifecycle Manager policy that copies snapshots to another region with `Encrypted: false` leaves an unencrypted copy of every volume there, outside the source region’s key and its audit trail; copies of encrypted snapshots are still encrypted, but those of unencrypted ones stay readable.',
    fix: 'Set `Encrypted: true` on each cross-region copy rule (with `CmkArn` for a customer managed key in the target region).',
    aka: { cfnNag: ['W81'] },
    family: 'encryption-at-rest',
    messages: {
      unencryptedCopy: '{{id}} copies snapshots to another region without encryption (Encrypted is false).',
    },
  },
  types: ['AWS::DLM::LifecyclePolicy'],
  check(r, ctx) {
    const out: Problem<'unencryptedCopy'>[] = [];
    const flag = (n: Node | undefined, key: string) => {
      if (n && bool(ctx, n) === false) {
        out.push({
          node: n,
          key,
          messageId: 'unencryptedCopy',
          data: { id: r.res.id },
          fix: { node: n, replacement: 'true' },
        });
      }
    };
    const details = prop(ctx, r.props, 'PolicyDetails');
    ctx.resolver
      .items(prop(ctx, details, 'Schedules'))
      .forEach((s, i) =>
        ctx.resolver
          .items(prop(ctx, s, 'CrossRegionCopyRules'))
          .forEach((c, j) => flag(prop(ctx, c, 'Encrypted'), `schedule ${i} copy ${j}`)),
      );
    // Event-based policies (cross-account copies) say it in Actions[].CrossRegionCopy[].
    ctx.resolver
      .items(prop(ctx, details, 'Actions'))
      .forEach((a, i) =>
        ctx.resolver
          .items(prop(ctx, a, 'CrossRegionCopy'))
          .forEach((c, j) => flag(prop(ctx, c, 'EncryptionConfiguration', 'Encrypted'), `action ${i} copy ${j}`)),
      );
    return out;
  },
});
