/**
 * The AWS::LanguageExtensions transform and the Rules-only functions, through the whole offline
 * pipeline: expanded content gets the findings it deserves, at the loop body's lines, and valid
 * templates never get a parse-error.
 */
import { checkText } from '../src/engines/analyse.js';
import type { Finding } from '../src/findings/types.js';
import { dedent } from './rule-tester.js';

const run = (code: string, parameters?: Record<string, string>, file = 'template.yaml') =>
  checkText(file, code, { parameters });
const of = (fs: Finding[], ruleId: string) => fs.filter((f) => f.ruleId === ruleId);

describe('Fn::ForEach', () => {
  const buckets = dedent(`
    AWSTemplateFormatVersion: "2010-09-09"
    Transform: AWS::LanguageExtensions
    Resources:
      Fn::ForEach::Buckets:
        - Team
        - [Analytics, Reports]
        - Bucket\${Team}:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicRead
              BucketName: !Sub "acme-\${Team}-data"
  `);

  it('expands a literal collection: one s3-public-acl finding per bucket, at the body line', () => {
    const r = run(buckets);
    expect(of(r.findings, 'parse-error')).toEqual([]);
    const acl = of(r.findings, 's3-public-acl');
    expect(acl.map((f) => f.resource).sort()).toEqual(['BucketAnalytics', 'BucketReports']);
    // Both point at `AccessControl: PublicRead` in the loop body (line 10).
    expect(acl.map((f) => f.line)).toEqual([10, 10]);
    expect(new Set(acl.map((f) => f.fingerprint)).size).toBe(2);
  });

  it('reads a collection from a CommaDelimitedList parameter, its Default or a given value', () => {
    const code = dedent(`
      Transform: AWS::LanguageExtensions
      Parameters:
        Names:
          Type: CommaDelimitedList
          Default: "a,b,c"
      Resources:
        Fn::ForEach::Queues:
          - Name
          - !Ref Names
          - Queue\${Name}:
              Type: AWS::SQS::Queue
              Properties:
                QueueName: !Ref Name
    `);
    const ids = (p?: Record<string, string>) => run(code, p).model!.template!.resources.map((x) => x.id);
    expect(ids()).toEqual(['Queuea', 'Queueb', 'Queuec']);
    expect(ids({ Names: 'x, y' })).toEqual(['Queuex', 'Queuey']);
    const t = run(code).model!;
    // `Ref: Name` inside the loop is the current item.
    expect(t.resolver.value(t.template!.byId.get('Queueb')!.properties)).toEqual({ QueueName: 'b' });
  });

  it('expands nested loops, &{Id} keys, loops inside properties, Outputs and Conditions', () => {
    const code = dedent(`
      Transform: AWS::LanguageExtensions
      Conditions:
        Fn::ForEach::Envs:
          - Env
          - [dev, prod]
          - Is\${Env}: !Equals [!Ref "AWS::Region", us-east-1]
      Resources:
        Fn::ForEach::Outer:
          - Cidr
          - ["10.0.0.0/16", "0.0.0.0/0"]
          - Fn::ForEach::Inner:
              - Port
              - ["22", "443"]
              - Rule&{Cidr}p\${Port}:
                  Type: AWS::EC2::SecurityGroupIngress
                  Properties:
                    GroupId: sg-123
                    IpProtocol: tcp
                    FromPort: !Ref Port
                    ToPort: !Ref Port
                    CidrIp: !Ref Cidr
        Topic:
          Type: AWS::SNS::Topic
          Properties:
            Tags:
              Fn::ForEach::Tags:
                - K
                - [Owner, Team]
                - \${K}: x
      Outputs:
        Fn::ForEach::Out:
          - Env
          - [dev, prod]
          - Out\${Env}:
              Value: !Ref Env
    `);
    const r = run(code);
    expect(of(r.findings, 'parse-error')).toEqual([]);
    const t = r.model!.template!;
    expect(t.resources.map((x) => x.id)).toEqual([
      'Rule1000016p22',
      'Rule1000016p443',
      'Rule00000p22',
      'Rule00000p443',
      'Topic',
    ]);
    expect([...t.conditions.keys()]).toEqual(['Isdev', 'Isprod']);
    const admin = of(r.findings, 'sg-open-admin-port');
    expect(admin.map((f) => f.resource)).toEqual(['Rule00000p22']);
    expect(admin[0].line).toBe(21); // CidrIp in the inner loop's body
    expect(r.model!.resolver.value(t.byId.get('Topic')!.properties)).toEqual({ Tags: { Owner: 'x', Team: 'x' } });
  });

  it('several identifiers: over a list of lists, over a mapping, named through a Ref', () => {
    const code = dedent(`
      Transform: AWS::LanguageExtensions
      Parameters:
        Var: { Type: String, Default: Cidr }
      Resources:
        Fn::ForEach::Services:
          - [Service, Port]
          - { Rdp: 3389, Https: 443 }
          - \${Service}Ingress:
              Type: AWS::EC2::SecurityGroupIngress
              Properties:
                GroupId: sg-1
                IpProtocol: tcp
                FromPort: !Ref Port
                ToPort: !Ref Port
                CidrIp: 0.0.0.0/0
        Fn::ForEach::Peers:
          - [Peer, !Ref Var]
          - [[office, 192.0.2.0/24], [vpn, 0.0.0.0/0]]
          - \${Peer}Ssh:
              Type: AWS::EC2::SecurityGroupIngress
              Properties:
                GroupId: sg-1
                IpProtocol: tcp
                FromPort: 22
                ToPort: 22
                CidrIp: !Ref Cidr
    `);
    const r = run(code);
    expect(r.model!.template!.resources.map((x) => x.id)).toEqual([
      'RdpIngress',
      'HttpsIngress',
      'officeSsh',
      'vpnSsh',
    ]);
    expect(of(r.findings, 'sg-open-admin-port').map((f) => [f.resource, f.line])).toEqual([
      ['RdpIngress', 15],
      ['vpnSsh', 26],
    ]);
  });

  it("a copy's Condition written with Fn::Sub names its own condition", () => {
    const code = dedent(`
      Transform: AWS::LanguageExtensions
      Parameters:
        Env: { Type: String, Default: prod }
      Conditions:
        Fn::ForEach::Envs:
          - E
          - [dev, prod]
          - On\${E}: !Equals [!Ref Env, !Ref E]
      Resources:
        Fn::ForEach::Buckets:
          - E
          - [dev, prod]
          - Logs\${E}:
              Type: AWS::S3::Bucket
              Condition: !Sub "On\${E}"
              Properties: { AccessControl: PublicRead }
    `);
    const r = run(code);
    expect(r.model!.template!.resources.map((x) => [x.id, x.condition])).toEqual([
      ['Logsdev', 'Ondev'],
      ['Logsprod', 'Onprod'],
    ]);
    // The bucket whose condition holds under the Defaults is reported as it is; the other copy
    // only in the branch where its condition holds, and the message says so.
    expect(
      of(r.findings, 's3-public-acl')
        .map((f) => [f.resource, /when condition Ondev is true/.test(f.message)])
        .sort(),
    ).toEqual([
      ['Logsdev', true],
      ['Logsprod', false],
    ]);
  });

  it("a suppression in the loop body's Metadata is one suppression, used when any copy uses it", () => {
    const code = (reason: string) =>
      dedent(`
        Transform: AWS::LanguageExtensions
        Mappings:
          Acl: { Web: { Value: PublicRead }, Logs: { Value: Private } }
        Resources:
          Fn::ForEach::Buckets:
            - Name
            - [Web, Logs]
            - \${Name}Bucket:
                Type: AWS::S3::Bucket
                Metadata:
                  policygate:
                    ignore: [{ rule: s3-public-acl${reason} }]
                Properties:
                  AccessControl: !FindInMap [Acl, !Ref Name, Value]
      `);
    const withReason = run(code(', reason: "static website"')).findings;
    expect(of(withReason, 's3-public-acl').map((f) => [f.resource, f.suppressed])).toEqual([['WebBucket', true]]);
    expect(of(withReason, 'suppression-unused')).toEqual([]);
    const noReason = run(code('')).findings;
    expect(of(noReason, 'suppression-without-reason').map((f) => f.line)).toEqual([12]);
  });

  it('reports a loop over values it cannot know as not analysed, never a parse-error', () => {
    const code = dedent(`
      Transform: AWS::LanguageExtensions
      Parameters:
        Names:
          Type: CommaDelimitedList
      Resources:
        Fn::ForEach::Buckets:
          - Name
          - !Ref Names
          - Bucket\${Name}:
              Type: AWS::S3::Bucket
    `);
    const r = run(code);
    expect(of(r.findings, 'parse-error')).toEqual([]);
    expect(r.partial).toEqual([
      {
        file: 'template.yaml',
        resource: 'Fn::ForEach::Buckets',
        reasons: [expect.stringMatching(/collection is not known offline \(parameter Names has no Default/)],
      },
    ]);
  });
});

describe('Fn::ForEach over a collection known only at deploy time', () => {
  const code = dedent(`
    Transform: AWS::LanguageExtensions
    Parameters:
      Teams:
        Type: CommaDelimitedList
    Resources:
      Fn::ForEach::TeamBuckets:
        - Team
        - !Ref Teams
        - Share\${Team}:
            Type: AWS::S3::Bucket
            Properties:
              AccessControl: PublicRead
              BucketName: !Sub "share-\${Team}"
  `);

  it('analyses the body once, with the identifier unknown, and says the loop was partly analysed', () => {
    const r = run(code);
    expect(of(r.findings, 's3-public-acl').map((f) => [f.resource, f.line, f.column])).toEqual([
      ['Share${Team}', 12, 26],
    ]);
    expect(r.partial).toContainEqual({
      file: 'template.yaml',
      resource: 'Fn::ForEach::TeamBuckets',
      reasons: [
        expect.stringMatching(
          /collection is not known offline \(parameter Teams has no Default.*\); its body is analysed once, with Team unknown$/,
        ),
      ],
    });
  });
});

describe('the other language-extension functions', () => {
  it('Fn::ToJsonString: a policy written through it is still a policy', () => {
    const code = dedent(`
      Transform: AWS::LanguageExtensions
      Resources:
        Admin:
          Type: AWS::IAM::ManagedPolicy
          Properties:
            PolicyDocument:
              Fn::ToJsonString:
                Version: "2012-10-17"
                Statement:
                  - Effect: Allow
                    Action: "*"
                    Resource: "*"
    `);
    const r = run(code);
    expect(of(r.findings, 'parse-error')).toEqual([]);
    // At the statement's Action, inside the Fn::ToJsonString argument.
    expect(of(r.findings, 'iam-admin-access').map((f) => f.line)).toEqual([11]);
  });

  it('Fn::Length, Fn::FindInMap with DefaultValue, intrinsic deletion policies, GetAtt through Fn::Sub', () => {
    const code = dedent(`
      Transform: AWS::LanguageExtensions
      Parameters:
        Env: { Type: String, Default: prod }
        Zones: { Type: CommaDelimitedList, Default: "a,b,c" }
      Conditions:
        IsProd: !Equals [!Ref Env, prod]
      Mappings:
        Ports: { prod: { Admin: "22" } }
      Resources:
        Bucketprod:
          Type: AWS::S3::Bucket
          DeletionPolicy: !If [IsProd, Retain, Delete]
          UpdateReplacePolicy: !Ref "AWS::NoValue"
        Group:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: !Sub
              - "\${N} zones"
              - N: { "Fn::Length": !Ref Zones }
            SecurityGroupIngress:
              - IpProtocol: tcp
                FromPort: !FindInMap [Ports, !Ref Env, Admin]
                ToPort: !FindInMap [Ports, staging, Admin, { DefaultValue: "3389" }]
                CidrIp: 0.0.0.0/0
        Reader:
          Type: AWS::IAM::Policy
          Properties:
            PolicyName: read
            Groups: [ops]
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action: s3:GetObject
                  Resource: !GetAtt [!Sub "Bucket\${Env}", Arn]
    `);
    const r = run(code);
    expect(of(r.findings, 'parse-error')).toEqual([]);
    const { template, resolver } = r.model!;
    expect(resolver.string(template!.byId.get('Bucketprod')!.node.pairs[1].value)).toBe('Retain');
    const group = resolver.value(template!.byId.get('Group')!.properties) as Record<string, unknown>;
    expect(group.GroupDescription).toBe('3 zones');
    expect(of(r.findings, 'sg-open-admin-port').map((f) => f.resource)).toEqual(['Group']);
    const reader = r.model!.policies.find((p) => p.resource?.id === 'Reader')!;
    expect(reader.statements[0].resource!.items.map((i) => i.value)).toEqual(['arn:aws:s3:::bucketprod']);
  });
});

describe('Rules-only functions', () => {
  it('parse as short tags and as Fn:: keys', () => {
    const code = dedent(`
      Parameters:
        Env: { Type: String }
        Subnets: { Type: "List<AWS::EC2::Subnet::Id>" }
      Rules:
        ProdOnly:
          RuleCondition: !Contains [[prod, staging], !Ref Env]
          Assertions:
            - Assert: !EachMemberEquals [!ValueOfAll ["AWS::EC2::Subnet::Id", VpcId], vpc-1]
            - Assert: !EachMemberIn [!ValueOfAll ["AWS::EC2::Subnet::Id", VpcId], !RefAll "AWS::EC2::VPC::Id"]
            - Assert: !Not [!Equals [!ValueOf [Subnets, VpcId], ""]]
            - Assert: { "Fn::And": [{ "Fn::Contains": [[a], a] }, { "Fn::Or": [true, false] }] }
      Resources:
        Topic:
          Type: AWS::SNS::Topic
    `);
    const r = run(code);
    expect(of(r.findings, 'parse-error')).toEqual([]);
    expect(r.kind).toBe('template');
  });

  it('still refuses a tag CloudFormation does not know', () => {
    const r = run('Resources:\n  T:\n    Type: AWS::SNS::Topic\n    Properties: { TopicName: !Bogus x }\n');
    expect(of(r.findings, 'parse-error').map((f) => [f.line, f.message])).toEqual([[4, 'unknown tag !Bogus']]);
  });
});
