/**
 * The JSON report written in pieces is, joined, the very text of `JSON.stringify(report, null, 2)`:
 * the CLI writes the pieces, the Action the joined string, and both must be the contract.
 */
import { analyseText } from '../src/engines/analyse.js';
import { compareFindings, conclusion, countBySeverity, type ScanResult } from '../src/findings/types.js';
import { jsonReport, jsonReportPieces } from '../src/report/json.js';
import { RULES } from '../src/rules/index.js';

const TEMPLATE = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: all
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: "*"
                Resource: "*"
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: "quote \\" and\\ttab é"
`;

function resultOf(files: number): ScanResult {
  const result: ScanResult = {
    findings: [],
    warnings: [{ file: 'x.yaml', line: 3, message: 'a "quoted"\nwarning' }],
    partial: [],
    files,
    templates: files,
    policies: 0,
    accessAnalyzer: { ran: false, calls: 0, skipped: 'turned off' },
  };
  for (let i = 0; i < files; i++) {
    const r = analyseText(`t${i}.yaml`, TEMPLATE, {}, RULES);
    result.policies += r.policies;
    result.findings.push(...r.findings);
  }
  result.findings.sort(compareFindings);
  return result;
}

/** The report as the contract (interface.md §3) spells it, built in one go. */
function reference(result: ScanResult): string {
  const report = {
    version: 1,
    tool: { name: 'policygate', version: '9.9.9' },
    findings: result.findings,
    summary: {
      files: result.files,
      templates: result.templates,
      policies: result.policies,
      findings: result.findings.filter((f) => !f.suppressed).length,
      bySeverity: countBySeverity(result.findings),
      accessAnalyzer: result.accessAnalyzer,
    },
    conclusion: conclusion(result.findings, 'high'),
    warnings: result.warnings,
    partial: result.partial,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

describe('the JSON report in pieces', () => {
  it.each([0, 1, 120])('joins to exactly the one-string report (%i templates)', (files) => {
    const result = resultOf(files);
    const input = { result, failOn: 'high' as const, toolVersion: '9.9.9', rules: [] };
    const pieces = [...jsonReportPieces(input)];
    expect(pieces.join('')).toBe(reference(result));
    expect(jsonReport(input)).toBe(reference(result));
    if (files === 120) {
      // Several pieces, none of them the whole report.
      expect(result.findings.length).toBeGreaterThan(1000);
      expect(pieces.length).toBeGreaterThan(3);
      expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(reference(result).length / 2);
    }
    expect(JSON.parse(pieces.join(''))).toMatchObject({ findings: { length: result.findings.length } });
  });
});
