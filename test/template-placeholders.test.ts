/**
 * Modules and packaging placeholders: valid templates whose content arrives at deploy time. They
 * are reported as not analysed (partial, with the reason), never as parse-errors.
 */
import { checkText } from '../src/engines/analyse.js';
import { markdownSummary } from '../src/report/markdown.js';
import type { ScanResult } from '../src/findings/types.js';
import { dedent } from './rule-tester.js';

const run = (code: string, file = 'template.yaml') => checkText(file, code, {});
const parseErrors = (code: string, file?: string) => run(code, file).findings.filter((f) => f.ruleId === 'parse-error');

describe('modules and packaging placeholders', () => {
  it('a Rain module (tag or mapping) is not analysed; the other resources are', () => {
    const code = dedent(`
      Resources:
        Network:
          Type: !Rain::Module "../modules/vpc.yml"
          Properties: { Cidr: 10.0.0.0/16 }
        Storage:
          Type: { "Rain::Module": ./modules/bucket.yml }
        Open:
          Type: AWS::EC2::SecurityGroup
          Properties:
            GroupDescription: open
            SecurityGroupIngress: [{ IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }]
        Asset:
          Type: AWS::S3::Bucket
          Properties:
            Tags: !Rain::Embed tags.yaml
    `);
    const r = run(code);
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'sg-open-admin-port').map((f) => f.resource)).toEqual(['Open']);
    expect(r.partial).toEqual(
      expect.arrayContaining([
        {
          file: 'template.yaml',
          resource: 'Network',
          reasons: [expect.stringMatching(/Rain module \(\.\.\/modules\/vpc\.yml\)/)],
        },
        { file: 'template.yaml', resource: 'Storage', reasons: [expect.stringMatching(/Rain module/)] },
      ]),
    );
  });

  it('a registry module type (…::MODULE) is not analysed', () => {
    const r = run(
      dedent(`
        Resources:
          Web:
            Type: Acme::Web::Bucket::MODULE
            Properties: { Name: x }
      `),
    );
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(r.partial).toEqual([
      {
        file: 'template.yaml',
        resource: 'Web',
        reasons: [expect.stringMatching(/CloudFormation module \(Acme::Web::Bucket::MODULE\)/)],
      },
    ]);
  });

  it('AWS::Include and macros: in Resources, in a resource, in another section, as the template Transform', () => {
    const code = dedent(`
      AWSTemplateFormatVersion: "2010-09-09"
      Transform: [AWS::Serverless-2016-10-31, AcmeDefaults]
      Mappings:
        Fn::Transform:
          Name: AWS::Include
          Parameters: { Location: "s3://acme-snippets/mappings.yaml" }
      Resources:
        Fn::Transform:
          Name: AWS::Include
          Parameters: { Location: "s3://acme-snippets/resources.yaml" }
        Queue:
          Type: AWS::SQS::Queue
          Properties:
            Fn::Transform: { Name: AcmeQueueDefaults }
    `);
    const r = run(code);
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    const byResource = new Map(r.partial.map((p) => [p.resource, p.reasons.join(' | ')]));
    expect(byResource.get('Fn::Transform')).toMatch(
      /AWS::Include inserts a snippet from s3:\/\/acme-snippets\/resources\.yaml/,
    );
    expect(byResource.get('Queue')).toMatch(/the macro AcmeQueueDefaults rewrites this/);
    // Sections are named by their key, so the summary lists them with the resources.
    expect(byResource.get('Transform')).toMatch(/processed by the macro AcmeDefaults/);
    expect(byResource.get('Mappings')).toMatch(
      /^AWS::Include inserts a snippet from s3:\/\/acme-snippets\/mappings\.yaml/,
    );
    expect(byResource.has(null)).toBe(false);
  });

  it('the pull-request summary lists what was not analysed, with the reason', () => {
    const r = run(
      dedent(`
        Transform: AcmeDefaults
        Resources:
          Network:
            Type: !Rain::Module ./vpc.yml
          Topic:
            Type: AWS::SNS::Topic
      `),
    );
    const result: ScanResult = {
      findings: r.findings,
      warnings: r.warnings,
      partial: r.partial,
      files: 1,
      templates: 1,
      policies: 0,
      accessAnalyzer: { ran: false, calls: 0, skipped: 'turned off' },
    };
    const md = markdownSummary({ result, failOn: 'high', toolVersion: 'test', rules: [] });
    expect(md).toMatch(/`template\.yaml` Network: partly analysed \(a Rain module \(\.\/vpc\.yml\)/);
    expect(md).toMatch(
      /`template\.yaml` Transform: partly analysed \(the template is processed by the macro AcmeDefaults/,
    );
  });

  it('a trust policy that is a Ref to an undeclared parameter is partly analysed, not a parse-error', () => {
    const code = dedent(`
      Resources:
        Role:
          Type: AWS::IAM::Role
          Properties:
            AssumeRolePolicyDocument: !Ref TrustPolicy
    `);
    expect(parseErrors(code)).toEqual([]);
    expect(run(code).partial).toEqual([
      { file: 'template.yaml', resource: 'Role', reasons: ['Ref to TrustPolicy, which the template does not define'] },
    ]);
  });

  it('a JSON template with a module and a macro reads the same', () => {
    const code = JSON.stringify({
      Transform: 'AcmeMacro',
      Resources: {
        Net: { Type: { 'Rain::Module': 'vpc.json' } },
        Topic: { Type: 'AWS::SNS::Topic' },
      },
    });
    const r = run(code, 't.json');
    expect(r.kind).toBe('template');
    expect(r.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(r.partial.map((p) => p.resource).sort()).toEqual(['Net', 'Transform']);
  });
});
