import { dedent, ruleTester } from '../rule-tester.js';

const bucket = (algo: string) =>
  dedent(`
    Resources:
      Bucket:
        Type: AWS::S3::Bucket
        Properties:
          BucketEncryption:
            ServerSideEncryptionConfiguration:
              - ServerSideEncryptionByDefault:
                  SSEAlgorithm: ${algo}
  `);

const withLoadBalancer = (bucketProps: string, attributes: string) =>
  dedent(`
    Resources:
      AccessLogs:
        Type: AWS::S3::Bucket${bucketProps}
      Other:
        Type: AWS::S3::Bucket
      Balancer:
        Type: AWS::ElasticLoadBalancingV2::LoadBalancer
        Properties:
          Subnets: [subnet-1, subnet-2]
          LoadBalancerAttributes:
            - { Key: access_logs.s3.enabled, Value: 'true' }
            ${attributes}
  `);

ruleTester('s3-encryption-not-kms', {
  valid: [
    { name: 'aws:kms', code: bucket('aws:kms') },
    { name: 'dual-layer KMS', code: bucket('aws:kms:dsse') },
  ],
  invalid: [
    {
      name: "a load balancer's access-log bucket (by Ref) is left alone: ELB supports only SSE-S3 there",
      code: withLoadBalancer('', '- { Key: access_logs.s3.bucket, Value: !Ref AccessLogs }'),
      errors: [{ line: 4, column: 3, endLine: 4, endColumn: 8, resource: 'Other' }],
    },
    {
      name: "a load balancer's access-log bucket named by its BucketName",
      code: withLoadBalancer(
        '\n        Properties: { BucketName: lb-logs-zz }',
        '- { Key: access_logs.s3.bucket, Value: lb-logs-zz }',
      ),
      errors: [{ line: 5, column: 3, endLine: 5, endColumn: 8, resource: 'Other' }],
    },
    {
      name: 'AES256 (S3-managed keys)',
      code: bucket('AES256'),
      errors: [
        { line: 8, column: 29, endLine: 8, endColumn: 35, severity: 'low', message: /S3-managed keys \(AES256\)/ },
      ],
    },
    {
      name: 'no encryption set',
      code: 'Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n',
      errors: [{ line: 2, column: 3, endLine: 2, endColumn: 9 }],
    },
  ],
});
