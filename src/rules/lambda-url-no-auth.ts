import { defineRule } from './types.js';
import { created, prop, string } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'lambda-url-no-auth',
    severity: 'high',
    title: 'Lambda function URL without authentication',
    why: 'A function URL with `AuthType: NONE` is a public HTTPS endpoint: anyone who finds the URL can invoke the function, run up its cost and reach whatever its role can.',
    fix: 'Use `AuthType: AWS_IAM` and sign requests, or put the function behind API Gateway or CloudFront with an authorizer. If the endpoint must be public, validate every request inside the function and say so in a suppression.',
    aka: { checkov: ['CKV_AWS_258'] },
    family: 'public-exposure',
    messages: {
      urlNoAuth: '{{id}} is a function URL anyone can call (AuthType: NONE).',
      functionUrlNoAuth: '{{id}} has a function URL anyone can call (AuthType: NONE).',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::Lambda::Url')) {
      const node = prop(ctx, r.props, 'AuthType');
      if (string(ctx, node) === 'NONE') {
        ctx.report({
          node: node!,
          resource: r.res,
          messageId: 'urlNoAuth',
          data: { id: r.res.id },
        });
      }
    }
    for (const r of created(t, ctx, 'AWS::Serverless::Function')) {
      const node = prop(ctx, r.props, 'FunctionUrlConfig', 'AuthType');
      if (string(ctx, node) === 'NONE') {
        ctx.report({
          node: node!,
          resource: r.res,
          messageId: 'functionUrlNoAuth',
          data: { id: r.res.id },
        });
      }
    }
  },
});
