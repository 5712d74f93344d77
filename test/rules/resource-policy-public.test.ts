import { dedent, ruleTester, jsonPolicy, span } from '../rule-tester.js';

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
      errors: [{ line: 11, column: 24, endLine: 11, endColumn: 27, severity: 'critical', resource: 'BucketPolicy' }],
    },
    {
      name: 'a condition that does not restrict the caller (SecureTransport)',
      code: bucketPolicy(
        "{ AWS: '*' }",
        '\n                Condition:\n                  Bool: { aws:SecureTransport: true }',
      ),
      errors: [{ line: 11, column: 31, endLine: 11, endColumn: 34 }],
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
      errors: [{ line: 9, column: 20, endLine: 9, endColumn: 23, resource: 'Key' }],
    },
  ],
});

// Conditions read as AWS evaluates them (issue 22): a condition restricts only if every caller
// outside one party fails it.
const open = (condition: object) =>
  jsonPolicy({
    Effect: 'Allow',
    Principal: '*',
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::b/*',
    Condition: condition,
  });
const ifExists = open({ StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } });
const forAll = open({ 'ForAllValues:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } });
const anyOrg = open({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } });
const anyAccount = open({ ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' } });
const anySource = open({ StringLike: { 'aws:SourceAccount': '*' } });
ruleTester('resource-policy-public', {
  valid: [
    {
      name: 'ForAnyValue on the organization id stays restricting',
      file: 'p.json',
      code: open({ 'ForAnyValue:StringEquals': { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
    },
    {
      name: 'a Deny of every caller outside the organization fences the Allow',
      file: 'p.json',
      code: jsonPolicy(
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
        },
      ),
    },
  ],
  invalid: [
    {
      name: 'StringEqualsIfExists lets callers without the key in',
      file: 'p.json',
      code: ifExists,
      errors: [{ ...span(ifExists, 2, '"*"'), severity: 'critical', message: /lacks the key/ }],
    },
    {
      name: 'ForAllValues on a single-valued key is true when it is absent',
      file: 'p.json',
      code: forAll,
      errors: [{ ...span(forAll, 2, '"*"'), message: /true when the key is absent/ }],
    },
    {
      name: 'o-* matches every organization',
      file: 'p.json',
      code: anyOrg,
      errors: [{ ...span(anyOrg, 2, '"*"'), message: /matches every caller/ }],
    },
    {
      name: 'a wildcard account in aws:PrincipalArn matches every account',
      file: 'p.json',
      code: anyAccount,
      errors: [{ ...span(anyAccount, 2, '"*"'), message: /matches every account/ }],
    },
    { name: 'aws:SourceAccount "*"', file: 'p.json', code: anySource, errors: [span(anySource, 2, '"*"')] },
  ],
});

// Allow with NotPrincipal reaches everyone but those listed, anonymous callers included (issue 22).
const notPrincipal = jsonPolicy({
  Effect: 'Allow',
  NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 's3:GetObject',
  Resource: 'arn:aws:s3:::b/*',
});
ruleTester('resource-policy-public', {
  valid: [
    {
      name: 'a public Allow that a Deny without a condition takes away',
      file: 'p.json',
      code: jsonPolicy(
        { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' },
      ),
    },
    {
      name: 'Allow with NotPrincipal pinned to the organization',
      file: 'p.json',
      code: jsonPolicy({
        Effect: 'Allow',
        NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: 's3:GetObject',
        Resource: 'arn:aws:s3:::b/*',
        Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } },
      }),
    },
  ],
  invalid: [
    {
      name: 'Allow with NotPrincipal',
      file: 'p.json',
      code: notPrincipal,
      errors: [
        {
          ...span(notPrincipal, 2, '{"AWS":"arn:aws:iam::111122223333:root"}'),
          severity: 'critical',
          message: /every principal but those in NotPrincipal/,
        },
      ],
    },
  ],
});
