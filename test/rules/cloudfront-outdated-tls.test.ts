import { dedent, ruleTester } from '../rule-tester.js';

const dist = (cert: string) =>
  dedent(`
    Resources:
      Cdn:
        Type: AWS::CloudFront::Distribution
        Properties:
          DistributionConfig:
            Enabled: true
${cert}
  `);

ruleTester('cloudfront-outdated-tls', {
  valid: [
    {
      name: 'a custom certificate with TLSv1.2_2021',
      code: dist(
        '            ViewerCertificate:\n              AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n              SslSupportMethod: sni-only\n              MinimumProtocolVersion: TLSv1.2_2021',
      ),
    },
  ],
  invalid: [
    {
      name: 'no viewer certificate (the default allows TLSv1)',
      code: dist('            Comment: site'),
      errors: [
        {
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 25,
          severity: 'medium',
          message: /default CloudFront certificate/,
        },
      ],
    },
    {
      name: 'a custom certificate allowing TLSv1',
      code: dist(
        '            ViewerCertificate:\n              AcmCertificateArn: arn:aws:acm:us-east-1:123456789012:certificate/x\n              SslSupportMethod: sni-only\n              MinimumProtocolVersion: TLSv1',
      ),
      errors: [{ line: 10, column: 35, endLine: 10, endColumn: 40, message: /MinimumProtocolVersion: TLSv1\)/ }],
    },
    {
      name: 'the default certificate named explicitly',
      code: dist('            ViewerCertificate:\n              CloudFrontDefaultCertificate: true'),
      errors: [{ line: 7, column: 9, endLine: 7, endColumn: 26 }],
    },
  ],
});
