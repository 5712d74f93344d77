import type { Node } from '../parse/node.js';
import { bool, prop, string } from './utils/properties.js';
import { propertyRule, type Problem } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'codebuild-unencrypted',
    severity: 'medium',
    title: 'CodeBuild output not encrypted',
    why: 'Build artifacts and logs carry compiled code, dependency trees, environment dumps and, too often, credentials printed by a build step. `EncryptionDisabled: true` stores them in S3 unencrypted, outside the project’s KMS key and its audit trail.',
    fix: 'Remove `EncryptionDisabled: true` from the artifacts, secondary artifacts and S3 logs (or set it to `false`).',
    aka: { checkov: ['CKV_AWS_78'] },
    family: 'encryption-at-rest',
    messages: {
      unencrypted: '{{id}}: {{what}} are stored unencrypted (EncryptionDisabled is true).',
    },
  },
  types: ['AWS::CodeBuild::Project'],
  check(r, ctx) {
    const out: Problem<'unencrypted'>[] = [];
    const check = (holder: Node | undefined, what: string, key: string) => {
      // EncryptionDisabled applies to S3 artifacts only: NO_ARTIFACTS writes nothing, and
      // CODEPIPELINE hands the output to the pipeline's artifact store, which encrypts it with
      // the pipeline's key (docs/accuracy.md, AWS's defaults). Logs have no Type.
      const type = string(ctx, prop(ctx, holder, 'Type'));
      if (type !== undefined && type.toUpperCase() !== 'S3') return;
      if (string(ctx, prop(ctx, holder, 'Status')) === 'DISABLED') return;
      const n = prop(ctx, holder, 'EncryptionDisabled');
      if (n && bool(ctx, n) === true) {
        out.push({
          node: n,
          key,
          messageId: 'unencrypted',
          data: { id: r.res.id, what },
          fix: { node: n, replacement: 'false' },
        });
      }
    };
    check(prop(ctx, r.props, 'Artifacts'), 'the build artifacts', 'artifacts');
    ctx.resolver
      .items(prop(ctx, r.props, 'SecondaryArtifacts'))
      .forEach((a, i) => check(a, 'secondary artifacts', `secondary ${i}`));
    check(prop(ctx, r.props, 'LogsConfig', 'S3Logs'), 'the S3 build logs', 'logs');
    return out;
  },
});
