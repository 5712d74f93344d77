/**
 * CDK construct paths on findings: offline findings get them when the file is analysed, findings
 * made later (Access Analyzer's) when the scan gathers them.
 */
import { checkText } from '../src/engines/analyse.js';
import { withConstructPathsByFile } from '../src/engines/construct-paths.js';
import type { Finding } from '../src/findings/types.js';

const template = JSON.stringify({
  Resources: {
    AppRole8A2C0F1B: {
      Type: 'AWS::IAM::Role',
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }],
        },
      },
      Metadata: { 'aws:cdk:path': 'Shop/AppRole/Resource' },
    },
    Untracked: { Type: 'AWS::SNS::Topic' },
  },
});

describe('construct paths', () => {
  const r = checkText('cdk.out/Shop.template.json', template);

  it('an offline finding on a CDK resource names its construct, in the message and its own field', () => {
    const trust = r.findings.filter((f) => f.resource === 'AppRole8A2C0F1B');
    expect(trust.length).toBeGreaterThan(0);
    for (const f of trust) {
      expect(f.constructPath).toBe('Shop/AppRole/Resource');
      expect(f.message).toMatch(/ CDK construct: Shop\/AppRole\/Resource\.$/);
    }
    // A resource without aws:cdk:path has no construct path.
    const topic = r.findings.filter((f) => f.resource === 'Untracked');
    expect(topic.length).toBeGreaterThan(0);
    expect(topic.every((f) => f.constructPath === undefined)).toBe(true);
  });

  it("an Access Analyzer finding gets it too, once, when the scan gathers the files' findings", () => {
    const aa: Finding = {
      ...r.findings.find((f) => f.resource === 'AppRole8A2C0F1B')!,
      ruleId: 'access-analyzer/check-no-public-access',
      source: 'access-analyzer',
      message: 'The trust policy grants public access',
      constructPath: undefined,
    };
    withConstructPathsByFile([aa], [r.model!]);
    withConstructPathsByFile([aa], [r.model!]);
    expect(aa.constructPath).toBe('Shop/AppRole/Resource');
    expect(aa.message).toBe('The trust policy grants public access. CDK construct: Shop/AppRole/Resource.');
  });
});
