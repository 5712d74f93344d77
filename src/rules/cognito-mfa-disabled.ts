import { propertyRule, requireOneOf } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'cognito-mfa-disabled',
    severity: 'medium',
    title: 'Cognito user pool signs users in with a password alone',
    why: 'With `MfaConfiguration` `OFF` (the default when it is left out), a user pool accepts a password as the only proof of identity. Passwords are phished, reused and stuffed from other breaches; a second factor stops most account takeovers.',
    fix: 'Set `MfaConfiguration: ON` (or `OPTIONAL`, and require it through your app or adaptive authentication), with `EnabledMfas` for TOTP software tokens or SMS.',
    aka: { cfnNag: ['F78'], cdkNag: ['AwsSolutions-COG2'] },
    family: 'credentials',
    messages: {
      noMfa: '{{id}} does not use multi-factor authentication ({{detail}}).',
    },
  },
  types: ['AWS::Cognito::UserPool'],
  check: (r, ctx) =>
    requireOneOf(ctx, r, ['MfaConfiguration'], ['ON', 'OPTIONAL'], {
      absent: 'problem',
      messageId: 'noMfa',
    }),
});
