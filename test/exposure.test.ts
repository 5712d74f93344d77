/**
 * Endpoint policies filter; resource policies expose. Shapes from AWS's data-perimeter guidance
 * (a standalone endpoint policy pinning callers and resource owners to an organization, AWS
 * service principals, AWS-owned buckets), written fresh, and the resource policies that must
 * still be judged as doors.
 * https://docs.aws.amazon.com/vpc/latest/privatelink/vpc-endpoints-access.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html
 */
import { analyseText } from '../src/engines/analyse.js';
import { exposesResource, isEndpointPolicy, pinsResourceOwner } from '../src/iam/exposure.js';
import { at, dedent, findingsOf, jsonPolicy } from './rule-tester.js';

const everyone = { AWS: '*' };
const orgToOrg = {
  Sid: 'OrgCallersOrgResources',
  Effect: 'Allow',
  Principal: everyone,
  Action: '*',
  Resource: '*',
  Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-zz99yy88xx', 'aws:ResourceOrgID': 'o-zz99yy88xx' } },
};
const services = {
  Sid: 'ServicePrincipals',
  Effect: 'Allow',
  Principal: everyone,
  Action: '*',
  Resource: '*',
  Condition: { Bool: { 'aws:PrincipalIsAWSService': 'true' } },
};
const awsOwned = {
  Sid: 'PatchRepositories',
  Effect: 'Allow',
  Principal: '*',
  Action: ['s3:GetObject'],
  Resource: ['arn:aws:s3:::patch-repo-eu-west-3/*'],
};
const endpointFile = jsonPolicy(orgToOrg, services, awsOwned);

const policiesOf = (file: string, code: string) => analyseText(file, code, {}, []).model!.policies;

describe('endpoint policies are filters', () => {
  it('recognises a standalone policy that pins resource owners for every caller', () => {
    const [p] = policiesOf('perimeter.json', endpointFile);
    expect(isEndpointPolicy(p)).toBe(true);
    expect(exposesResource(p)).toBe(false);
  });

  it('does not report the filter as public or as a wildcard grant', () => {
    const got = findingsOf({ name: '', file: 'perimeter.json', code: endpointFile }).filter((f) =>
      /^resource-policy-(public|wildcard-action)$/.test(f.ruleId),
    );
    expect(got).toEqual([]);
  });

  it('judges a standalone policy without a resource-owner key as a resource policy', () => {
    const code = jsonPolicy(awsOwned, services);
    const [p] = policiesOf('bucket-policy.json', code);
    expect(isEndpointPolicy(p)).toBe(false);
    const got = findingsOf({ name: '', file: 'bucket-policy.json', code }).filter(
      (f) => f.ruleId === 'resource-policy-public',
    );
    expect(got.map((f) => [f.line, f.column])).toEqual([[at(code, 2, '"*"').line, at(code, 2, '"*"').column]]);
  });

  it('keeps judging a bucket policy whose only condition is on the resource owner', () => {
    const code = dedent(`
      Resources:
        Bucket:
          Type: AWS::S3::Bucket
        Policy:
          Type: AWS::S3::BucketPolicy
          Properties:
            Bucket: !Ref Bucket
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Principal: '*'
                  Action: s3:GetObject
                  Resource: !Sub '\${Bucket.Arn}/*'
                  Condition:
                    StringEquals: { aws:ResourceOrgID: o-zz99yy88xx }
    `);
    const got = findingsOf({ name: '', code }).filter((f) => f.ruleId === 'resource-policy-public');
    expect(got.map((f) => [f.line, f.column, f.severity])).toEqual([[11, 24, 'critical']]);
  });

  it('reads the endpoint policy of an AWS::EC2::VPCEndpoint as a filter', () => {
    const code = dedent(`
      Resources:
        Endpoint:
          Type: AWS::EC2::VPCEndpoint
          Properties:
            VpcId: vpc-0a1b
            ServiceName: com.amazonaws.eu-west-3.sqs
            PolicyDocument:
              Statement:
                - { Effect: Allow, Principal: '*', Action: 'sqs:*', Resource: '*' }
    `);
    const got = findingsOf({ name: '', code }).filter((f) => /^resource-policy-/.test(f.ruleId));
    expect(got).toEqual([]);
  });

  it('pins the resource owner only with a positive operator and a named party', () => {
    const st = (condition: object) =>
      policiesOf('p.json', jsonPolicy({ ...orgToOrg, Condition: condition }))[0].statements[0];
    expect(pinsResourceOwner(st({ StringEquals: { 'aws:ResourceAccount': '111122223333' } }))).toBe(true);
    expect(pinsResourceOwner(st({ StringNotEquals: { 'aws:ResourceOrgID': 'o-zz99yy88xx' } }))).toBe(false);
    expect(pinsResourceOwner(st({ StringEqualsIfExists: { 'aws:ResourceOrgID': 'o-zz99yy88xx' } }))).toBe(false);
    expect(pinsResourceOwner(st({ StringLike: { 'aws:ResourceOrgID': 'o-*' } }))).toBe(false);
    expect(pinsResourceOwner(st({ StringEquals: { 'aws:PrincipalOrgID': 'o-zz99yy88xx' } }))).toBe(false);
  });
});

describe('aws:PrincipalIsAWSService restricts the caller to AWS services', () => {
  const bucket = (condition: object) =>
    jsonPolicy({
      Effect: 'Allow',
      Principal: '*',
      Action: 's3:PutObject',
      Resource: 'arn:aws:s3:::logs-zz/*',
      Condition: condition,
    });
  const publicOf = (code: string) =>
    findingsOf({ name: '', file: 'b.json', code }).filter((f) => f.ruleId === 'resource-policy-public');

  it('Bool true pins the caller', () => {
    expect(publicOf(bucket({ Bool: { 'aws:PrincipalIsAWSService': 'true' } }))).toEqual([]);
    expect(publicOf(bucket({ Bool: { 'aws:PrincipalIsAWSService': true } }))).toEqual([]);
  });

  it('BoolIfExists or false leaves the caller open', () => {
    const ifExists = bucket({ BoolIfExists: { 'aws:PrincipalIsAWSService': 'true' } });
    expect(publicOf(ifExists).map((f) => [f.line, f.column])).toEqual([[2, at(ifExists, 2, '"*"').column]]);
    const no = bucket({ Bool: { 'aws:PrincipalIsAWSService': 'false' } });
    expect(publicOf(no).map((f) => f.line)).toEqual([2]);
  });

  it('aws:SourceVpce pins the caller', () => {
    expect(publicOf(bucket({ StringEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d' } }))).toEqual([]);
  });
});

describe('an empty condition value matches no caller', () => {
  it('ArnEquals aws:SourceArn "" (an empty parameter Default) does not open a queue', () => {
    const code = jsonPolicy({
      Effect: 'Allow',
      Principal: '*',
      Action: 'sqs:SendMessage',
      Resource: 'arn:aws:sqs:eu-west-3:111122223333:q',
      Condition: { ArnEquals: { 'aws:SourceArn': '' } },
    });
    const got = findingsOf({ name: '', file: 'q.json', code }).filter((f) => f.ruleId === 'resource-policy-public');
    expect(got).toEqual([]);
  });
});
