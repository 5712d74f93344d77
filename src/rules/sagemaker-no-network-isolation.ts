import { propertyRule, requireTrue } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'sagemaker-no-network-isolation',
    severity: 'low',
    title: 'SageMaker model container can reach the network',
    why: 'Without network isolation, the inference container of a model can make outbound calls: a compromised or malicious model image (a third-party or marketplace model, a poisoned artifact) can send the data it scores, or the credentials it runs with, anywhere it can reach.',
    fix: 'Set `EnableNetworkIsolation: true` on the model. Containers that must call other services should do so through a VPC (`VpcConfig`) with endpoints, not the open network.',
    aka: { checkov: ['CKV_AWS_370'] },
    family: 'public-exposure',
    messages: { notIsolated: '{{id}} does not isolate its containers from the network ({{detail}}).' },
  },
  types: ['AWS::SageMaker::Model'],
  check: (r, ctx) => requireTrue(ctx, r, ['EnableNetworkIsolation'], { messageId: 'notIsolated' }),
});
