/**
 * One file through the stages, as the main thread and a worker each ask for it: what becomes of
 * its model decides whether a nesting parent is parsed once in a threaded scan.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scanFile, type FileContext } from '../src/scan/file.js';
import { RULES } from '../src/rules/index.js';

const PARENT = `Resources:
  Network:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./network.yaml
  Open:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: open
      SecurityGroupIngress:
        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }
`;
const PLAIN = PARENT.replace('AWS::CloudFormation::Stack', 'AWS::SNS::Topic').replace(
  '      TemplateURL: ./network.yaml\n',
  '      TopicName: t\n',
);

describe('scanFile', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-scan-file-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  writeFileSync(path.join(dir, 'parent.yaml'), PARENT);
  writeFileSync(path.join(dir, 'plain.yaml'), PLAIN);
  const ctx: FileContext = { cwd: dir, options: {} };
  const file = (rel: string) => ({ abs: path.join(dir, rel), rel });
  const ruleIds = (s: ReturnType<typeof scanFile>) => s.result?.findings.map((f) => f.ruleId);

  it('a worker leaves a file that may nest to the main thread, unanalysed', () => {
    const s = scanFile(file('parent.yaml'), ctx, RULES, 'worker');
    expect(s).toEqual({ readWarnings: [], mayNest: true, deferred: true });
  });

  it('a worker analyses any other file and returns no model', () => {
    const s = scanFile(file('plain.yaml'), ctx, RULES, 'worker');
    expect(s.deferred).toBeUndefined();
    expect(s.mayNest).toBe(false);
    expect(ruleIds(s)).toContain('sg-open-admin-port');
    expect(s.result?.model).toBeUndefined();
  });

  it('the main thread keeps the model of a file that may nest, and only of such a file', () => {
    const parent = scanFile(file('parent.yaml'), ctx, RULES, 'nesting');
    expect(parent.mayNest).toBe(true);
    expect(parent.result?.model?.template?.resources.map((r) => r.id)).toEqual(['Network', 'Open']);
    expect(ruleIds(parent)).toContain('sg-open-admin-port');
    expect(scanFile(file('plain.yaml'), ctx, RULES, 'nesting').result?.model).toBeUndefined();
    expect(scanFile(file('plain.yaml'), ctx, RULES, 'keep').result?.model).toBeDefined();
  });
});
