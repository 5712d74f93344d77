import { dedent, managedPolicy, ruleTester } from '../rule-tester.js';

const policy = managedPolicy;

ruleTester('iam-wildcard-resource', {
  valid: [
    { name: 'a named bucket', code: policy('s3:GetObject', 'arn:aws:s3:::bucket/*') },
    { name: 'actions that only take "*"', code: policy('[ec2:DescribeInstances, sts:GetCallerIdentity]', "'*'") },
    {
      name: 'a resource from GetAtt',
      code: dedent(`
        Resources:
          Table:
            Type: AWS::DynamoDB::Table
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: dynamodb:GetItem
                    Resource: !GetAtt Table.Arn
      `),
    },
    {
      name: 'a resource that cannot be resolved is not guessed to be "*"',
      code: policy('s3:GetObject', '!ImportValue shared-bucket-arn'),
    },
  ],
  invalid: [
    {
      name: 'a scopable action on "*"',
      code: policy('s3:GetObject', "'*'"),
      errors: [{ line: 9, column: 23, message: /s3:GetObject on every resource/ }],
    },
    {
      name: 'mixed scopable and non-scopable actions',
      code: policy('[ec2:DescribeInstances, ec2:TerminateInstances]', "'*'"),
      errors: [{ line: 9, message: /ec2:TerminateInstances/ }],
    },
    {
      name: 'an all-wildcard ARN is the same as "*"',
      code: policy('kms:Decrypt', "'arn:aws:*:*:*:*'"),
      errors: [{ line: 9 }],
    },
  ],
});
