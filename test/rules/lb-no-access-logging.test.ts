import { dedent, ruleTester } from '../rule-tester.js';

const alb = (attrs: string): string =>
  dedent(`
    Resources:
      LoadBalancer:
        Type: AWS::ElasticLoadBalancingV2::LoadBalancer
        Properties:
          Subnets: [subnet-1, subnet-2]
${attrs}
  `);

ruleTester('lb-no-access-logging', {
  valid: [
    {
      name: 'an ALB with access_logs.s3.enabled "true"',
      code: alb(
        '          LoadBalancerAttributes:\n            - Key: access_logs.s3.enabled\n              Value: "true"\n            - Key: access_logs.s3.bucket\n              Value: logs',
      ),
    },
    {
      name: 'a gateway load balancer (no access logs exist)',
      code: alb('          Type: gateway'),
    },
    {
      name: 'a classic load balancer with logging on',
      code: dedent(`
        Resources:
          Classic:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              AccessLoggingPolicy:
                Enabled: true
                S3BucketName: logs
      `),
    },
  ],
  invalid: [
    {
      name: 'an ALB without the attribute',
      code: alb(
        '          LoadBalancerAttributes:\n            - Key: idle_timeout.timeout_seconds\n              Value: "60"',
      ),
      errors: [
        {
          line: 6,
          column: 7,
          endLine: 6,
          endColumn: 29,
          severity: 'low',
          resource: 'LoadBalancer',
          message: /does not set/,
        },
      ],
    },
    {
      name: 'an ALB with no attributes at all',
      code: alb(''),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 15 }],
    },
    {
      name: 'an ALB with the attribute "false"',
      code: alb(
        '          LoadBalancerAttributes:\n            - Key: access_logs.s3.enabled\n              Value: "false"',
      ),
      errors: [{ line: 8, column: 18, endLine: 8, endColumn: 25, message: /turns access logging off/ }],
    },
    {
      name: 'a classic load balancer with logging off',
      code: dedent(`
        Resources:
          Classic:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              AccessLoggingPolicy:
                Enabled: false
                S3BucketName: logs
      `),
      errors: [{ line: 6, column: 18, endLine: 6, endColumn: 23, resource: 'Classic', message: /is false/ }],
    },
    {
      name: 'a classic load balancer without AccessLoggingPolicy',
      code: dedent(`
        Resources:
          Classic:
            Type: AWS::ElasticLoadBalancing::LoadBalancer
            Properties:
              Listeners: []
      `),
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 10, message: /not set/ }],
    },
  ],
});
