import { dedent, ruleTester } from '../rule-tester.js';

const dist = (def: string, other: string) =>
  dedent(`
    Resources:
      Cdn:
        Type: AWS::CloudFront::Distribution
        Properties:
          DistributionConfig:
            Enabled: true
            DefaultCacheBehavior:
              TargetOriginId: web
              ViewerProtocolPolicy: ${def}
            CacheBehaviors:
              - PathPattern: /api/*
                TargetOriginId: api
                ViewerProtocolPolicy: ${other}
  `);

ruleTester('cloudfront-allows-http', {
  valid: [{ name: 'redirect and https-only', code: dist('redirect-to-https', 'https-only') }],
  invalid: [
    {
      name: 'allow-all on the default behavior',
      code: dist('allow-all', 'https-only'),
      errors: [{ line: 9, column: 33, endLine: 9, endColumn: 42, severity: 'high' }],
    },
    {
      name: 'allow-all on another behavior',
      code: dist('redirect-to-https', 'allow-all'),
      errors: [{ line: 13, column: 35, endLine: 13, endColumn: 44 }],
    },
  ],
});
