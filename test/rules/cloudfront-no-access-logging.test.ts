import { dedent, ruleTester } from '../rule-tester.js';

const distribution = (logging: string): string =>
  dedent(`
    Resources:
      Cdn:
        Type: AWS::CloudFront::Distribution
        Properties:
          DistributionConfig:
            Enabled: true
${logging}
  `);

ruleTester('cloudfront-no-access-logging', {
  valid: [
    {
      name: 'Logging to a bucket',
      code: distribution('            Logging:\n              Bucket: logs.s3.amazonaws.com'),
    },
    {
      name: 'standard logging v2 through a log delivery source',
      code: dedent(`
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
          CdnLogs:
            Type: AWS::Logs::DeliverySource
            Properties:
              Name: cdn
              LogType: ACCESS_LOGS
              ResourceArn: !Sub arn:aws:cloudfront::\${AWS::AccountId}:distribution/\${Cdn}
      `),
    },
  ],
  invalid: [
    {
      name: 'no Logging',
      code: distribution(''),
      errors: [
        {
          line: 5,
          column: 7,
          endLine: 5,
          endColumn: 25,
          severity: 'low',
          resource: 'Cdn',
          message: /no DistributionConfig.Logging/,
        },
      ],
    },
    {
      name: 'a delivery source for another distribution',
      code: dedent(`
        Resources:
          Cdn:
            Type: AWS::CloudFront::Distribution
            Properties:
              DistributionConfig:
                Enabled: true
          OtherLogs:
            Type: AWS::Logs::DeliverySource
            Properties:
              Name: other
              LogType: ACCESS_LOGS
              ResourceArn: !GetAtt OtherCdn.Arn
      `),
      errors: [{ line: 5, column: 7, endLine: 5, endColumn: 25 }],
    },
  ],
});
