import { dedent, ruleTester } from '../rule-tester.js';

const bucketPolicy = (principal: string, condition = ''): string =>
  dedent(`
    Resources:
      Bucket:
        Type: AWS::S3::Bucket
      BucketPolicy:
        Type: AWS::S3::BucketPolicy
        Properties:
          Bucket: !Ref Bucket
          PolicyDocument:
            Statement:
              - Effect: Allow
                Principal: ${principal}
                Action: s3:GetObject
                Resource: !Sub '\${Bucket.Arn}/*'${condition}
  `);

ruleTester('resource-policy-public', {
  valid: [
    { name: 'a named account', code: bucketPolicy('{ AWS: arn:aws:iam::111122223333:root }') },
    {
      name: 'a CloudFront origin access identity',
      code: bucketPolicy('{ CanonicalUser: 79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be }'),
    },
    {
      name: '"*" restricted to the organisation',
      code: bucketPolicy(
        "'*'",
        '\n                Condition:\n                  StringEquals: { aws:PrincipalOrgID: o-abc123 }',
      ),
    },
    {
      name: '"*" restricted to a source ARN (a service delivering logs)',
      code: bucketPolicy(
        "'*'",
        "\n                Condition:\n                  ArnLike: { aws:SourceArn: 'arn:aws:cloudfront::123456789012:distribution/ABC' }",
      ),
    },
    {
      name: 'a VPC endpoint policy for "*" filters traffic; it exposes nothing',
      code: dedent(`
        Resources:
          Endpoint:
            Type: AWS::EC2::VPCEndpoint
            Properties:
              VpcId: vpc-1
              ServiceName: com.amazonaws.us-east-1.s3
              PolicyDocument:
                Statement: [{ Effect: Allow, Principal: '*', Action: 's3:GetObject', Resource: '*' }]
      `),
    },
  ],
  invalid: [
    {
      name: 'a public bucket policy',
      code: bucketPolicy("'*'"),
      errors: [{ line: 11, column: 24, severity: 'critical', resource: 'BucketPolicy' }],
    },
    {
      name: 'a condition that does not restrict the caller (SecureTransport)',
      code: bucketPolicy(
        "{ AWS: '*' }",
        '\n                Condition:\n                  Bool: { aws:SecureTransport: true }',
      ),
      errors: [{ line: 11 }],
    },
    {
      name: 'a KMS key policy open to everyone',
      code: dedent(`
        Resources:
          Key:
            Type: AWS::KMS::Key
            Properties:
              KeyPolicy:
                Statement:
                  - Effect: Allow
                    Principal:
                      AWS: '*'
                    Action: kms:Decrypt
                    Resource: '*'
      `),
      errors: [{ line: 9, resource: 'Key' }],
    },
  ],
});
