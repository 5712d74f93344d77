/**
 * Every kind of bad input gives a clear finding or warning naming the file (and line where there
 * is one), and the rest of the run goes on: each case sits beside a good template that must still
 * be scanned.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { scan } from '../src/scan/scan.js';

const GOOD = 'Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: ci }\n';

async function scanWith(files: Record<string, string | Buffer>, setup?: (dir: string) => void, paths: string[] = []) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-bad-'));
  for (const [name, content] of Object.entries({ 'good.yaml': GOOD, ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  setup?.(dir);
  const result = await scan({ cwd: dir, files: { paths } });
  // The good file is always scanned: one bad file never costs the others.
  expect(result.findings.some((f) => f.file === 'good.yaml' && f.ruleId === 'iam-user-access-key')).toBe(true);
  return { result, dir };
}

describe('bad input', () => {
  it('a file that is not valid YAML: parse-error at the line', async () => {
    const { result } = await scanWith({
      'bad.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A:\n    Type: [unclosed\n",
    });
    const f = result.findings.find((x) => x.file === 'bad.yaml')!;
    expect(f.ruleId).toBe('parse-error');
    expect(f.line).toBeGreaterThanOrEqual(4);
  });

  it('broken YAML that is not a template or policy is a warning, not a finding', async () => {
    const { result } = await scanWith({ 'helm/templates/svc.yaml': 'metadata:\n  name: {{ .Values.name }\n' });
    expect(result.findings.filter((f) => f.file.startsWith('helm/'))).toEqual([]);
    expect(result.warnings.find((w) => w.file === 'helm/templates/svc.yaml')?.message).toMatch(/not valid YAML/);
  });

  it('Resources that is a list, a Statement that is a string, Action with NotAction', async () => {
    const { result } = await scanWith({
      'list.yaml': "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  - A\n",
      'policy.json': '{"Version": "2012-10-17",\n "Statement": "allow all"}',
      'both.json': '{"Statement": [{"Effect": "Allow", "Action": "s3:*",\n "NotAction": "iam:*", "Resource": "*"}]}',
    });
    const at = (file: string) =>
      result.findings
        .filter((f) => f.file === file && (f.ruleId === 'parse-error' || f.ruleId === 'policy-invalid'))
        .map((f) => [f.ruleId, f.line, f.message]);
    expect(at('list.yaml')).toEqual([['parse-error', 3, 'Resources must be a mapping of logical ids to resources']]);
    expect(at('policy.json')).toEqual([
      ['policy-invalid', 2, 'Statement must be a statement or a list of statements, not a string'],
    ]);
    expect(at('both.json')).toEqual([['policy-invalid', 2, 'a statement may have Action or NotAction, not both']]);
  });

  it('a 10 MB file is skipped with a warning naming it', async () => {
    const { result } = await scanWith({ 'huge.json': `{"data": "${'x'.repeat(10 * 1024 * 1024)}"}` });
    expect(result.warnings.find((w) => w.file === 'huge.json')?.message).toMatch(/10\.0 MB, over the 5 MB/);
  });

  it('a YAML alias bomb is a parse-error, quickly', async () => {
    const lines = ["AWSTemplateFormatVersion: '2010-09-09'", 'a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const [p, c] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
      lines.push(`${c}: &${c} [${Array(9).fill(`*${p}`).join(',')}]`);
    }
    const started = Date.now();
    const { result } = await scanWith({ 'bomb.yaml': lines.join('\n') + '\n' });
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.findings.find((f) => f.file === 'bomb.yaml')?.message).toMatch(/alias bomb/);
  });

  it('a BOM and CRLF line ends: findings on the right line and column', async () => {
    const { result } = await scanWith({
      'crlf.yaml': '\uFEFFResources:\r\n  Key:\r\n    Type: AWS::IAM::AccessKey\r\n',
    });
    const f = result.findings.find((x) => x.file === 'crlf.yaml')!;
    expect([f.ruleId, f.line, f.column]).toEqual(['iam-user-access-key', 2, 3]);
  });

  it('tabs used for indentation: parse-error at the line', async () => {
    const { result } = await scanWith({ 'tabs.yaml': 'Resources:\n  Key:\n\tType: AWS::IAM::AccessKey\n' });
    const f = result.findings.find((x) => x.file === 'tabs.yaml')!;
    expect([f.ruleId, f.line]).toEqual(['parse-error', 3]);
  });

  it('a link pointing outside the scanned folder is not followed', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'pg-outside-'));
    writeFileSync(path.join(outside, 'secret.yaml'), GOOD);
    const { result } = await scanWith({}, (dir) =>
      symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'linked.yaml')),
    );
    expect(result.findings.filter((f) => f.file === 'linked.yaml')).toEqual([]);
    expect(result.warnings.find((w) => w.file === 'linked.yaml')?.message).toMatch(
      /outside the scanned folder; not followed/,
    );
  });

  it('a link to nothing, and a FIFO named on the command line, are warnings and nothing hangs', async () => {
    const { result } = await scanWith(
      {},
      (dir) => {
        symlinkSync(path.join(dir, 'gone.yaml'), path.join(dir, 'dangling.yaml'));
        execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
      },
      ['.', 'pipe.yaml'],
    );
    expect(result.warnings.find((w) => w.file === 'dangling.yaml')?.message).toMatch(/does not exist/);
    expect(result.warnings.find((w) => w.file === 'pipe.yaml')?.message).toMatch(/not a regular file/);
  });

  it('files that are neither templates nor policies are skipped quietly', async () => {
    const { result } = await scanWith({
      'app/settings.json': '{"resources": ["a"], "Statement": "n/a"}',
      'k8s/deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\n---\napiVersion: v1\nkind: Service\n',
      'package.json': '{"name": "x"}',
      'tsconfig.json': '{"compilerOptions": {}}',
    });
    expect(result.findings.filter((f) => f.file !== 'good.yaml')).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('a path that does not exist is fatal (exit 2), named in the warning', async () => {
    const { result } = await scanWith({}, undefined, ['.', 'nope/']);
    expect(result.warnings.find((w) => w.file === 'nope/')).toMatchObject({ fatal: true });
  });
});
