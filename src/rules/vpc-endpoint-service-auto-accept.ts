import { propertyRule, requireTrue } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'vpc-endpoint-service-auto-accept',
    severity: 'low',
    title: 'VPC endpoint service accepts connections without review',
    why: "With `AcceptanceRequired` false (the EC2 API default when it is left out), every account the endpoint service's permissions allow is connected at once, with no chance to check who is connecting to the load balancer behind it. A permissions list that later grows, or a `*` principal, then exposes the service silently.",
    fix: 'Set `AcceptanceRequired: true` and accept endpoint connections you expect (or automate the acceptance with a check of the requesting account).',
    aka: { checkov: ['CKV_AWS_123'] },
    family: 'public-exposure',
    messages: { autoAccept: '{{id}} accepts endpoint connections automatically ({{detail}}).' },
  },
  types: ['AWS::EC2::VPCEndpointService'],
  check: (r, ctx) => requireTrue(ctx, r, ['AcceptanceRequired'], { messageId: 'autoAccept' }),
});
