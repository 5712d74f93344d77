import { dedent, ruleTester } from '../rule-tester.js';

ruleTester('route53-no-query-logging', {
  valid: [
    {
      name: 'a public zone with query logging',
      code: dedent(`
        Resources:
          Zone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: example.com
              QueryLoggingConfig:
                CloudWatchLogsLogGroupArn: !GetAtt DnsLogs.Arn
      `),
    },
    {
      name: 'a private zone (associated with a VPC)',
      code: dedent(`
        Resources:
          Zone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: internal.example.com
              VPCs:
                - VPCId: !Ref Vpc
                  VPCRegion: !Ref AWS::Region
      `),
    },
  ],
  invalid: [
    {
      name: 'a public zone without QueryLoggingConfig',
      code: dedent(`
        Resources:
          Zone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: example.com
      `),
      errors: [
        {
          line: 2,
          column: 3,
          endLine: 2,
          endColumn: 7,
          severity: 'low',
          resource: 'Zone',
          message: /public hosted zone/,
        },
      ],
    },
    {
      name: 'an empty VPC list is a public zone; a query logging config without a log group',
      code: dedent(`
        Resources:
          Zone:
            Type: AWS::Route53::HostedZone
            Properties:
              Name: example.com
              VPCs: []
              QueryLoggingConfig: {}
      `),
      errors: [{ line: 7, column: 7, endLine: 7, endColumn: 25 }],
    },
  ],
});
