import { dedent, reportsOf, ruleTester } from '../rule-tester.js';

const dist = (originPolicy: string, viewerPolicy: string, target = 'web') =>
  dedent(`
    Resources:
      Cdn:
        Type: AWS::CloudFront::Distribution
        Properties:
          DistributionConfig:
            Enabled: true
            Origins:
              - Id: web
                DomainName: web.example.com
                CustomOriginConfig:
                  OriginProtocolPolicy: ${originPolicy}
              - Id: assets
                DomainName: assets.s3.amazonaws.com
                S3OriginConfig: {}
            DefaultCacheBehavior:
              TargetOriginId: assets
              ViewerProtocolPolicy: redirect-to-https
            CacheBehaviors:
              - PathPattern: /app/*
                TargetOriginId: ${target}
                ViewerProtocolPolicy: ${viewerPolicy}
  `);

ruleTester('cloudfront-origin-http', {
  valid: [
    { name: 'https-only to the origin', code: dist('https-only', 'allow-all') },
    { name: 'match-viewer where every viewer uses HTTPS', code: dist('match-viewer', 'redirect-to-https') },
    {
      name: 'match-viewer while HTTP viewers reach another origin only',
      code: dist('match-viewer', 'allow-all', 'assets'),
    },
  ],
  invalid: [
    {
      name: 'http-only',
      code: dist('http-only', 'https-only'),
      errors: [
        {
          line: 11,
          column: 37,
          endLine: 11,
          endColumn: 46,
          severity: 'medium',
          resource: 'Cdn',
          message: /origin web over HTTP only/,
        },
      ],
    },
    {
      name: 'match-viewer with a behavior for it that allows HTTP',
      code: dist('match-viewer', 'allow-all'),
      errors: [{ line: 11, column: 37, endLine: 11, endColumn: 49, message: /match-viewer.*allow-all/ }],
    },
    {
      name: 'match-viewer reached through an origin group',
      code: dedent(`
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
                Origins:
                  - Id: primary
                    DomainName: a.example.com
                    CustomOriginConfig: {OriginProtocolPolicy: https-only}
                  - Id: backup
                    DomainName: b.example.com
                    CustomOriginConfig: {OriginProtocolPolicy: match-viewer}
                OriginGroups:
                  Quantity: 1
                  Items:
                    - Id: failover
                      FailoverCriteria: {StatusCodes: {Quantity: 1, Items: [503]}}
                      Members: {Quantity: 2, Items: [{OriginId: primary}, {OriginId: backup}]}
                DefaultCacheBehavior:
                  TargetOriginId: failover
                  ViewerProtocolPolicy: allow-all
      `),
      errors: [{ line: 13, column: 56, endLine: 13, endColumn: 68, message: /origin backup .*match-viewer/ }],
    },
  ],
});

describe('cloudfront-origin-http fix', () => {
  it('replaces http-only with https-only in one edit', () => {
    const [r] = reportsOf('cloudfront-origin-http', dist('http-only', 'https-only'));
    expect(r.fix?.replacement).toBe('https-only');
  });
  it('offers no single edit for match-viewer (the viewer side or the origin side may change)', () => {
    const [r] = reportsOf('cloudfront-origin-http', dist('match-viewer', 'allow-all'));
    expect(r.fix).toBeUndefined();
  });
});
