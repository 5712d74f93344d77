/**
 * Generates a repository of realistic templates (YAML and JSON) for the benchmarks: roles and
 * resource policies, buckets, functions, tables, security groups and load balancers.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ACTIONS = [
  ['s3:GetObject', 's3:PutObject'],
  ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem'],
  ['sqs:SendMessage'],
  ['iam:PassRole', 'lambda:CreateFunction'],
  ['*'],
  ['ec2:Describe*'],
  ['kms:Decrypt', 'kms:GenerateDataKey'],
  ['s3:*'],
];

function resources(i: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let r = 0; r < 20; r++) {
    const id = `Res${r}`;
    switch (r % 7) {
      case 0:
        out[id] = {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: {
              Version: '2012-10-17',
              Statement: [
                { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' },
              ],
            },
            Policies: [
              {
                PolicyName: `p${r}`,
                PolicyDocument: {
                  Version: '2012-10-17',
                  Statement: [
                    {
                      Effect: 'Allow',
                      Action: ACTIONS[(i + r) % ACTIONS.length],
                      Resource: r % 10 === 0 ? '*' : { 'Fn::GetAtt': ['Res1', 'Arn'] },
                    },
                  ],
                },
              },
            ],
          },
        };
        break;
      case 1:
        out[id] = { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::Sub': '${AWS::StackName}-b' + r } } };
        break;
      case 2:
        out[id] = {
          Type: 'AWS::S3::BucketPolicy',
          Properties: {
            Bucket: { Ref: 'Res1' },
            PolicyDocument: {
              Statement: [
                {
                  Effect: 'Allow',
                  Principal: i % 7 === 0 ? '*' : { AWS: 'arn:aws:iam::111122223333:root' },
                  Action: 's3:GetObject',
                  Resource: '*',
                },
              ],
            },
          },
        };
        break;
      case 3:
        out[id] = {
          Type: 'AWS::Lambda::Function',
          Properties: {
            Runtime: 'python3.12',
            Handler: 'index.handler',
            Role: { 'Fn::GetAtt': ['Res0', 'Arn'] },
            Code: { ZipFile: 'def handler(e, c):\n  return 1\n' },
            Environment: { Variables: { TABLE: { Ref: 'Res4' }, STAGE: { Ref: 'Stage' } } },
          },
        };
        break;
      case 4:
        out[id] = { Type: 'AWS::DynamoDB::Table', Properties: { BillingMode: 'PAY_PER_REQUEST' } };
        break;
      case 5:
        out[id] = {
          Type: 'AWS::EC2::SecurityGroup',
          Properties: {
            GroupDescription: 'web',
            VpcId: 'vpc-0123456789abcdef0',
            SecurityGroupIngress: [
              { IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '0.0.0.0/0' },
              { IpProtocol: 'tcp', FromPort: 22, ToPort: 22, CidrIp: i % 3 === 0 ? '0.0.0.0/0' : '10.0.0.0/8' },
            ],
          },
        };
        break;
      default:
        out[id] = {
          Type: 'AWS::ElasticLoadBalancingV2::Listener',
          Properties: {
            LoadBalancerArn: { Ref: 'Lb' },
            Port: i % 4 === 0 ? 80 : 443,
            Protocol: i % 4 === 0 ? 'HTTP' : 'HTTPS',
            ...(i % 4 === 0
              ? {}
              : {
                  SslPolicy: 'ELBSecurityPolicy-2016-08',
                  Certificates: [{ CertificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/x' }],
                }),
            DefaultActions: [
              {
                Type: 'forward',
                TargetGroupArn: 'arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/t/1',
              },
            ],
          },
        };
    }
  }
  out.Lb = {
    Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    Properties: { Scheme: 'internet-facing', Subnets: ['subnet-1', 'subnet-2'], SecurityGroups: [{ Ref: 'Res5' }] },
  };
  return out;
}

function toYaml(v: unknown, indent = ''): string {
  if (Array.isArray(v)) return v.map((x) => `\n${indent}- ${toYaml(x, indent + '  ').replace(/^\n\s*/, '')}`).join('');
  if (v && typeof v === 'object') {
    return Object.entries(v)
      .map(
        ([k, x]) =>
          `\n${indent}${k}:${x && typeof x === 'object' ? toYaml(x, indent + '  ') : ` ${JSON.stringify(x)}`}`,
      )
      .join('');
  }
  return JSON.stringify(v);
}

export function generate(dir: string, count: number): string[] {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (let i = 0; i < count; i++) {
    const t = {
      AWSTemplateFormatVersion: '2010-09-09',
      Parameters: { Stage: { Type: 'String', Default: 'dev' } },
      Resources: resources(i),
    };
    const name = path.join(dir, i % 2 ? `stack-${i}.json` : `stack-${i}.yaml`);
    writeFileSync(name, i % 2 ? JSON.stringify(t, null, 2) : toYaml(t).replace(/^\n/, '') + '\n');
    files.push(name);
  }
  return files;
}
