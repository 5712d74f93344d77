import { forbidValue, propertyRule } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'guardduty-disabled',
    severity: 'medium',
    title: 'GuardDuty detector turned off',
    why: 'A GuardDuty detector with `Enable: false` analyses nothing: no findings for credential exfiltration, crypto-mining, calls from known-malicious addresses or unusual API activity in the account and Region. The resource exists, so dashboards and reviews read the Region as covered while it is not.',
    fix: 'Set `Enable: true` on the detector (and a `FindingPublishingFrequency` that suits your response times).',
    family: 'logging',
    messages: {
      disabled: '{{id}} has Enable: false: GuardDuty does not monitor this account and Region.',
    },
  },
  types: ['AWS::GuardDuty::Detector'],
  check(r, ctx) {
    return forbidValue(ctx, r, ['Enable'], false, { messageId: 'disabled' });
  },
});
