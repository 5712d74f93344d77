import { defineRule } from './types.js';
import type { Node } from '../parse/node.js';
import { at, bool, created, prop, type Res, replaceScalar } from './utils/properties.js';
import type { RuleContext } from './types.js';

/** Block-device mappings that are EBS volumes without `Encrypted: true`. */
function unencryptedDevices(ctx: RuleContext, list: Node | undefined): Node[] {
  const out: Node[] = [];
  for (const d of ctx.resolver.items(list)) {
    const ebs = prop(ctx, d, 'Ebs');
    if (!ebs) continue; // an instance-store or a suppressed device
    // A device restored from a snapshot inherits the snapshot's encryption.
    if (prop(ctx, ebs, 'SnapshotId') && !prop(ctx, ebs, 'Encrypted')) continue;
    const enc = bool(ctx, prop(ctx, ebs, 'Encrypted'));
    if (enc === true || enc === 'unknown') continue;
    out.push(prop(ctx, ebs, 'Encrypted') ?? d);
  }
  return out;
}

export default defineRule({
  meta: {
    id: 'ebs-unencrypted',
    severity: 'high',
    title: 'EBS volume not encrypted',
    why: 'An unencrypted volume, and every snapshot of it, can be read by anyone who gets hold of the snapshot: shared by mistake, copied to another account, or restored by someone with EC2 permissions. Encryption costs nothing measurable and cannot be added to a volume later without copying it.',
    fix: 'Set `Encrypted: true` (with a `KmsKeyId` for a customer managed key) on the volume or block-device mapping, and turn on EBS encryption by default in every region of the account.',
    aka: { cfnNag: ['F1'], checkov: ['CKV_AWS_3', 'CKV_AWS_8'], cdkNag: ['AwsSolutions-EC26'] },
    family: 'encryption-at-rest',
    messages: {
      unencrypted: '{{id}}: {{what}} is not encrypted.',
    },
  },
  checkTemplate(t, ctx) {
    // Only an `Encrypted: false` written out has a certain one-edit fix; an absent flag does not.
    const report = (r: Res, node: Node, what: string) =>
      ctx.report({
        node,
        resource: r.res,
        messageId: 'unencrypted',
        data: { id: r.res.id, what },
        fix: node.key === 'Encrypted' ? replaceScalar(node, 'true') : undefined,
      });
    for (const r of created(t, ctx, 'AWS::EC2::Volume')) {
      if (prop(ctx, r.props, 'SnapshotId') && !prop(ctx, r.props, 'Encrypted')) continue;
      const enc = bool(ctx, prop(ctx, r.props, 'Encrypted'));
      if (enc !== true && enc !== 'unknown') report(r, prop(ctx, r.props, 'Encrypted') ?? at(r), 'the volume');
    }
    for (const r of created(t, ctx, 'AWS::EC2::Instance', 'AWS::AutoScaling::LaunchConfiguration')) {
      for (const n of unencryptedDevices(ctx, prop(ctx, r.props, 'BlockDeviceMappings')))
        report(r, n, 'a block device');
    }
    // A Spot Fleet's launch specifications are full instance specifications.
    for (const r of created(t, ctx, 'AWS::EC2::SpotFleet')) {
      for (const spec of ctx.resolver.items(prop(ctx, r.props, 'SpotFleetRequestConfigData', 'LaunchSpecifications')))
        for (const n of unencryptedDevices(ctx, prop(ctx, spec, 'BlockDeviceMappings')))
          report(r, n, 'a block device of the Spot Fleet');
    }
    // An EC2 Fleet override keeps the launch template's value for what it leaves out (same
    // DeviceName), so only `Encrypted: false` written in the override is certain.
    for (const r of created(t, ctx, 'AWS::EC2::EC2Fleet')) {
      for (const config of ctx.resolver.items(prop(ctx, r.props, 'LaunchTemplateConfigs')))
        for (const o of ctx.resolver.items(prop(ctx, config, 'Overrides')))
          for (const d of ctx.resolver.items(prop(ctx, o, 'BlockDeviceMappings'))) {
            const n = prop(ctx, d, 'Ebs', 'Encrypted');
            if (n && bool(ctx, n) === false) report(r, n, 'a block device of the EC2 Fleet');
          }
    }
    for (const r of created(t, ctx, 'AWS::EC2::LaunchTemplate')) {
      for (const n of unencryptedDevices(ctx, prop(ctx, r.props, 'LaunchTemplateData', 'BlockDeviceMappings'))) {
        report(r, n, 'a block device of the launch template');
      }
    }
  },
});
