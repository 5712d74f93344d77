import { defineRule } from './types.js';
import { bool, created, prop } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'cognito-unauthenticated-access',
    severity: 'medium',
    title: 'Cognito identity pool hands out credentials to anyone',
    why: "With `AllowUnauthenticatedIdentities: true` an identity pool gives temporary AWS credentials to anyone who asks, no sign-in needed. Whatever the pool's unauthenticated role allows (reading a bucket, writing to a table, calling an API) is then open to the whole internet, and the role's permissions tend to grow over time.",
    fix: 'Set `AllowUnauthenticatedIdentities: false`. If guest access is a product requirement, keep the unauthenticated role to the few actions guests need, on named resources, and suppress this finding with the reason.',
    aka: { cfnNag: ['W57'], checkov: ['CKV_AWS_366'], cdkNag: ['AwsSolutions-COG7'] },
    family: 'public-exposure',
    messages: {
      unauthenticated: '{{id}} gives AWS credentials to unauthenticated identities.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::Cognito::IdentityPool')) {
      const node = prop(ctx, r.props, 'AllowUnauthenticatedIdentities');
      if (bool(ctx, node) !== true) continue;
      ctx.report({
        node: node!,
        resource: r.res,
        messageId: 'unauthenticated',
        data: { id: r.res.id },
        fix: node!.kind === 'scalar' ? { node: node!, replacement: 'false' } : undefined,
      });
    }
  },
});
