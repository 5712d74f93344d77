/** `--format json`: the report contract of interface.md §3. */
import { conclusion, countBySeverity, type Finding } from '../findings/types.js';
import type { ReportInput, Reporter } from './types.js';

/**
 * Findings per piece: a piece of 100 (about 65 kB) is allocated like any small string and
 * collected young. Pieces of 500 (330 kB) each went to the large-object space, which piled up
 * about 45 MB while the report was written and set a 5,000-template scan's peak RSS (471 →
 * 424–452 MB with pieces of 100, and 4.6 → 4.3 s).
 */
const FINDINGS_PER_PIECE = 100;
const WRAP_HEAD = '{\n  "findings": [\n';
const WRAP_TAIL = '\n  ]\n}';

/**
 * The report in pieces, which joined are exactly `JSON.stringify(report, null, 2)` and a newline:
 * a large scan's report (80 MB at 5,000 templates) is written piece by piece instead of being
 * built as one string and then copied into one buffer, which set the scan's peak memory.
 */
export function* jsonReportPieces({ result, failOn, toolVersion }: ReportInput): Generator<string> {
  const bySeverity = countBySeverity(result.findings);
  const head = {
    version: 1,
    tool: {
      name: 'policygate',
      version: toolVersion,
      ...(result.catalogue ? { iamCatalogue: result.catalogue } : {}),
    },
  };
  const rest = {
    summary: {
      files: result.files,
      templates: result.templates,
      policies: result.policies,
      findings: result.findings.filter((f) => !f.suppressed).length,
      bySeverity,
      accessAnalyzer: result.accessAnalyzer,
    },
    conclusion: conclusion(result.findings, failOn),
    warnings: result.warnings,
    partial: result.partial,
    ...(result.changes ? { changes: result.changes } : {}),
  };
  // Each object's text without its closing (head) or opening (rest) brace, joined by the findings.
  yield `${JSON.stringify(head, null, 2).slice(0, -2)},\n  "findings": `;
  const findings = withFoldedListed(result.findings);
  if (!findings.length) yield '[]';
  for (let start = 0; start < findings.length; start += FINDINGS_PER_PIECE) {
    const end = Math.min(findings.length, start + FINDINGS_PER_PIECE);
    // The piece's findings as elements two levels deep, in one call: a call per finding and a
    // re-indent of its text took four times as long at 130,000 findings.
    const wrapped = JSON.stringify({ findings: findings.slice(start, end) }, null, 2);
    const items = wrapped.slice(WRAP_HEAD.length, -WRAP_TAIL.length);
    yield `${start ? ',\n' : '[\n'}${items}${end === findings.length ? '\n  ]' : ''}`;
  }
  yield `,\n${JSON.stringify(rest, null, 2).slice(2)}\n`;
}

/**
 * Each finding, and after it the findings folded into it, listed on their own with `foldedInto`:
 * one problem is one finding everywhere a person reads, and every rule's verdict is still in the
 * machine-readable report (for tools that score or gate on rule ids).
 */
function withFoldedListed(findings: Finding[]): Finding[] {
  if (!findings.some((f) => f.folded?.length)) return findings;
  return findings.flatMap((f) => [
    f,
    ...(f.folded ?? []).map((x): Finding => ({
      ...f,
      ...x,
      folded: undefined,
      fix: undefined,
      foldedInto: f.fingerprint,
    })),
  ]);
}

export const jsonReport: Reporter = (input) => [...jsonReportPieces(input)].join('');
