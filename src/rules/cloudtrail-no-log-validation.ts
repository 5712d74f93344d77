import { defineRule } from './types.js';
import { at, bool, created, prop, replaceScalar } from './utils/properties.js';

export default defineRule({
  meta: {
    id: 'cloudtrail-no-log-validation',
    severity: 'medium',
    title: 'CloudTrail log file validation off',
    why: 'Without log file validation there is no way to prove that delivered log files were not changed or deleted afterwards, which is the first thing an intruder covering their tracks does, and what an investigation or auditor needs to rule out.',
    fix: 'Set `EnableLogFileValidation: true`; `aws cloudtrail validate-logs` then proves the delivered files are intact.',
    aka: {
      checkov: ['CKV_AWS_36'],
      cdkNag: [
        'NIST.800.53.R5-CloudTrailLogFileValidationEnabled',
        'HIPAA.Security-CloudTrailLogFileValidationEnabled',
        'PCI.DSS.321-CloudTrailLogFileValidationEnabled',
      ],
    },
    family: 'logging',
    messages: {
      noValidation: '{{id}} does not validate its log files.',
    },
  },
  checkTemplate(t, ctx) {
    for (const r of created(t, ctx, 'AWS::CloudTrail::Trail')) {
      const node = prop(ctx, r.props, 'EnableLogFileValidation');
      const v = bool(ctx, node);
      if (v === true || v === 'unknown') continue;
      ctx.report({
        node: node ?? at(r),
        resource: r.res,
        messageId: 'noValidation',
        data: { id: r.res.id },
        fix: replaceScalar(node, 'true'),
      });
    }
  },
});
