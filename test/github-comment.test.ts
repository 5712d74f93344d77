import { commentBody, MARKER, suggestion } from '../src/github/comment.js';
import { commentableLines, splitGitDiff } from '../src/github/diff.js';
import { checkText } from '../src/engines/analyse.js';
import { ruleDescriptions } from '../src/run-scan.js';

const TEMPLATE = [
  'Resources:',
  '  Cdn:',
  '    Type: AWS::CloudFront::Distribution',
  '    Properties:',
  '      DistributionConfig:',
  '        Enabled: true',
  '        DefaultCacheBehavior:',
  '          TargetOriginId: web',
  '          ViewerProtocolPolicy: allow-all',
  '        ViewerCertificate: { AcmCertificateArn: arn:aws:acm:us-east-1:1:certificate/x, MinimumProtocolVersion: TLSv1.2_2021 }',
  '  Key:',
  '    Type: AWS::KMS::Key',
  '    Properties:',
  '      EnableKeyRotation: false',
  '',
].join('\n');

describe('review comments', () => {
  const findings = checkText('t.yaml', TEMPLATE).findings;
  const lines = TEMPLATE.split('\n');
  const rules = new Map(ruleDescriptions().map((r) => [r.id, r]));

  it.each([
    ['cloudfront-allows-http', '          ViewerProtocolPolicy: redirect-to-https'],
    ['kms-rotation-disabled', '      EnableKeyRotation: true'],
  ])('%s carries a one-line suggestion for the commented line', (rule, fixed) => {
    const f = findings.find((x) => x.ruleId === rule)!;
    expect(f.line).toBe(f.endLine);
    expect(suggestion(f, lines[f.line - 1])).toBe(fixed);
    const body = commentBody(f, rules.get(rule), lines[f.line - 1]);
    expect(body).toContain(`\`\`\`suggestion\n${fixed}\n\`\`\``);
    expect(body).toContain('**Fix:**');
    expect(MARKER.exec(body)?.[1]).toBe(f.fingerprint);
  });

  it('offers no suggestion where the fix is not one certain edit', () => {
    const f = findings.find(
      (x) =>
        x.ruleId === 's3-no-access-logging' || x.ruleId === 'sns-unencrypted' || x.ruleId === 'kms-rotation-disabled',
    )!;
    expect(suggestion({ ...f, ruleId: 'iam-wildcard-resource' }, lines[f.line - 1])).toBeUndefined();
    expect(suggestion({ ...f, endLine: f.line + 1 }, lines[f.line - 1])).toBeUndefined();
  });
});

describe('diff lines', () => {
  it('are the added and context lines on the head side', () => {
    expect([...commentableLines('@@ -10,4 +10,5 @@ ctx\n a\n-b\n+c\n+d\n e\n\\ No newline at end of file')]).toEqual([
      10, 11, 12, 13,
    ]);
  });
  it('split a git diff by new path', () => {
    const diff =
      'diff --git a/x.yaml b/y.yaml\nsimilarity index 90%\n--- a/x.yaml\n+++ b/y.yaml\n@@ -1 +1 @@\n-a\n+b\ndiff --git a/z.json b/z.json\nnew file mode 100644\n--- /dev/null\n+++ b/z.json\n@@ -0,0 +1,2 @@\n+{\n+}\n';
    const files = splitGitDiff(diff);
    expect([...files.keys()]).toEqual(['y.yaml', 'z.json']);
    expect([...commentableLines(files.get('z.json')!)]).toEqual([1, 2]);
  });
});
