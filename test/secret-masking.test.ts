/**
 * Secret masking per file: a NoEcho parameter's value is masked in what the scan says about the
 * file that declares it (and values derived from it there), never in unrelated files, where the
 * same characters are an ordinary word. Values the user gives are masked everywhere.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scan } from '../src/scan/scan.js';

const withSecret = [
  'Parameters:',
  '  Word: { Type: String, NoEcho: true, Default: Default }',
  'Resources:',
  '  Role:',
  '    Type: AWS::IAM::Role',
  '    Properties:',
  '      AssumeRolePolicyDocument:',
  '        Statement: [{ Effect: Allow, Principal: { Service: lambda.amazonaws.com }, Action: sts:AssumeRole }]',
  '      Policies:',
  '        - PolicyName: p',
  '          PolicyDocument:',
  "            Statement: [{ Effect: Allow, Action: !Sub 's3:Get${Word}', Resource: '*' }]",
  '',
].join('\n');
const unrelated = ['Resources:', '  NonDefaultAuthorizerLogs:', '    Type: AWS::S3::Bucket', ''].join('\n');

async function scanDir(files: Record<string, string>, parameters?: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-mask-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return scan({ cwd: dir, files: { paths: [] }, parameters });
}

describe('secret masking is per file', () => {
  it('masks a NoEcho default where it is used, and nowhere else', async () => {
    const result = await scanDir({ 'secret.yaml': withSecret, 'other.yaml': unrelated });
    const inSecret = result.findings.filter((f) => f.file === 'secret.yaml').map((f) => f.message);
    const inOther = result.findings.filter((f) => f.file === 'other.yaml').map((f) => f.message);
    expect(inSecret.some((m) => m.includes('s3:Get****'))).toBe(true);
    expect(inSecret.join('\n')).not.toContain('s3:GetDefault');
    expect(inOther.length).toBeGreaterThan(0);
    expect(inOther.every((m) => m.includes('NonDefaultAuthorizerLogs'))).toBe(true);
    expect(inOther.join('\n')).not.toContain('****');
    expect(result.secrets).toEqual(['Default']);
  });

  it('masks a value the user gave in every file', async () => {
    const result = await scanDir({ 'secret.yaml': withSecret, 'other.yaml': unrelated }, { Bucket: 'Authorizer' });
    const inOther = result.findings.filter((f) => f.file === 'other.yaml').map((f) => f.message);
    expect(inOther.length).toBeGreaterThan(0);
    expect(inOther.every((m) => m.includes('NonDefault****Logs'))).toBe(true);
  });
});
