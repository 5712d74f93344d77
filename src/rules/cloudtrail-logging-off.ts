import { forbidValue, propertyRule } from './utils/property-rule.js';

export default propertyRule({
  meta: {
    id: 'cloudtrail-logging-off',
    severity: 'high',
    title: 'CloudTrail trail exists but records nothing',
    why: 'A trail with `IsLogging: false` looks like audit coverage in every inventory and review, yet records no API call: after an incident there is no record of who did what. Stopping a trail is also what an attacker does first, so a template that deploys it stopped hides the gap in plain sight.',
    fix: 'Set `IsLogging: true`. To pause a trail on purpose, suppress the finding with the reason and the date it ends.',
    family: 'logging',
    messages: {
      notLogging: '{{id}} has IsLogging: false: the trail exists but records no API calls.',
    },
  },
  types: ['AWS::CloudTrail::Trail'],
  check(r, ctx) {
    return forbidValue(ctx, r, ['IsLogging'], false, { messageId: 'notLogging' });
  },
});
