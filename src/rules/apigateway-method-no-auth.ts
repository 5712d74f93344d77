import { defineRule } from './types.js';
import { bool, created, prop, string } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'apigateway-method-no-auth',
    severity: 'medium',
    title: 'API Gateway method open without authorization',
    why: 'A REST method with `AuthorizationType: NONE` and no API key answers anyone on the internet who finds the URL: the back end behind it (a Lambda function, a table, an internal HTTP service) is only as safe as its own input checks, and every call is billed to you. `OPTIONS` methods that answer CORS preflight requests must stay open and are not flagged.',
    fix: 'Set `AuthorizationType` to `AWS_IAM`, `COGNITO_USER_POOLS` or `CUSTOM` (with an `AuthorizerId`). For a deliberately public method, say so with a suppression, and require an API key with a usage plan to throttle it.',
    aka: { cfnNag: ['W59'], checkov: ['CKV_AWS_59'], cdkNag: ['AwsSolutions-APIG4'] },
    family: 'public-exposure',
    messages: {
      noAuth: '{{id}} ({{method}}) has AuthorizationType NONE and requires no API key: anyone can call it.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::ApiGateway::Method')) {
      const auth = prop(ctx, r.props, 'AuthorizationType');
      if (string(ctx, auth)?.toUpperCase() !== 'NONE') continue;
      // HttpMethod is required: a method without one is invalid, but it is not a CORS preflight either.
      const method = string(ctx, prop(ctx, r.props, 'HttpMethod'));
      if (method === 'unknown' || method?.toUpperCase() === 'OPTIONS') continue;
      const apiKey = bool(ctx, prop(ctx, r.props, 'ApiKeyRequired'));
      if (apiKey === true || apiKey === 'unknown') continue;
      ctx.report({
        node: auth!,
        resource: r.res,
        messageId: 'noAuth',
        data: { id: r.res.id, method: method?.toUpperCase() ?? 'no HttpMethod' },
      });
    }
  },
});
