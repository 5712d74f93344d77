/**
 * A table-driven rule tester in the spirit of ESLint's RuleTester: each case is a template or
 * policy text, run through the whole offline pipeline (parse, model, extraction, every rule); only
 * the rule under test's findings are compared. An invalid case must list every finding with where
 * it starts and ends (line, column, end line, end column, as ESLint's `requireLocation` asks); a
 * valid case must produce none. As ESLint's tester does, it refuses a table with the same case
 * twice, and a test file not named for its rule.
 */
import path from 'node:path';
import { analyseText, checkText } from '../src/engines/analyse.js';
import type { Finding, Severity } from '../src/findings/types.js';
import { ruleById } from '../src/rules/index.js';
import { messageOf, type Report } from '../src/rules/types.js';

/** Where a finding starts and ends: 1-based, the end column one past the last character covered. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface ExpectedFinding extends Span {
  severity?: Severity;
  resource?: string | null;
  message?: RegExp;
}

interface BaseCase {
  name: string;
  code: string;
  /** File name; its extension picks the parser (default: template.yaml). */
  file?: string;
  parameters?: Record<string, string>;
}

export interface InvalidCase extends BaseCase {
  errors: ExpectedFinding[];
}

/** Strips the common indentation of a template literal and its leading newline. */
export function dedent(s: string): string {
  const lines = s
    .replace(/^\n/, '')
    .replace(/\n\s*$/, '\n')
    .split('\n');
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.match(/^ */)![0].length));
  return lines.map((l) => l.slice(indent)).join('\n');
}

/** A template with one managed policy of one Allow statement: the shape most policy cases need. */
export const managedPolicy = (action: string, resource: string): string =>
  dedent(`
    Resources:
      Policy:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ${action}
                Resource: ${resource}
  `);

/**
 * What one rule reports on a template, as the rule hands it over (its fix data included), with its
 * text made from the rule's messages as the engine makes it.
 */
export function reportsOf(ruleId: string, code: string): (Report & { message: string })[] {
  const model = analyseText('t.yaml', code, {}, []).model!;
  const out: (Report & { message: string })[] = [];
  const rule = ruleById.get(ruleId)!;
  const ctx = { ...model, report: (r: Report) => out.push({ ...r, message: messageOf(rule.meta, r) }) };
  for (const p of model.policies) rule.checkPolicy?.(p, ctx);
  rule.checkTemplate?.(model.template!, ctx);
  return out;
}

export function findingsOf(c: BaseCase): Finding[] {
  return checkText(c.file ?? 'template.yaml', c.code, { parameters: c.parameters }).findings;
}

export function ruleTester(ruleId: string, cases: { valid: BaseCase[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    it('is tested in a file named for the rule, with no case twice', () => {
      const problems: string[] = [];
      const file = path.basename(expect.getState().testPath ?? '');
      if (file !== `${ruleId}.test.ts`) problems.push(`${file} tests ${ruleId}`);
      const key = (c: BaseCase) => JSON.stringify([c.file ?? 'template.yaml', c.code, c.parameters ?? {}]);
      const seen = new Map<string, string>();
      for (const c of [...cases.valid, ...cases.invalid]) {
        const k = key(c);
        if (seen.has(k)) problems.push(`"${c.name}" repeats "${seen.get(k)}"`);
        else seen.set(k, c.name);
      }
      expect(problems).toEqual([]);
    });
    for (const c of cases.valid) {
      it(`does not fire: ${c.name}`, () => {
        const got = findingsOf(c).filter((f) => f.ruleId === ruleId);
        expect(got.map((f) => `${f.line}: ${f.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`fires: ${c.name}`, () => {
        expect(c.errors.length).toBeGreaterThan(0);
        const got = findingsOf(c)
          .filter((f) => f.ruleId === ruleId)
          .sort((a, b) => a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn);
        // One comparison of the whole list, so a failure shows every mismatch at once.
        expect(got.map((f, i) => actual(f, c.errors[i]))).toEqual(c.errors.map(expected));
      });
    }
  });
}

/** A finding as the case states it: its span, plus what the case also names (all of it for a finding no case expects). */
function actual(f: Finding, e: ExpectedFinding | undefined): Partial<Finding> {
  return {
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    ...((!e || e.severity !== undefined) && { severity: f.severity }),
    ...((!e || e.resource !== undefined) && { resource: f.resource }),
    ...((!e || e.message !== undefined) && { message: f.message }),
  };
}

function expected(e: ExpectedFinding): Record<string, unknown> {
  const { message, ...rest } = e;
  return message === undefined ? rest : { ...rest, message: expect.stringMatching(message) };
}

/** A JSON policy file with one statement per line (statement i on line i + 2). */
export const jsonPolicy = (...statements: object[]): string =>
  `{"Version": "2012-10-17", "Statement": [\n${statements.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;

/** Where `needle` first occurs on line `line` of `code` (1-based). */
export function at(code: string, line: number, needle: string): { line: number; column: number } {
  const column = code.split('\n')[line - 1].indexOf(needle) + 1;
  if (column === 0) throw new Error(`"${needle}" is not on line ${line}`);
  return { line, column };
}

/** The span of `needle` where it first occurs on line `line`: for a finding that covers exactly that text. */
export function span(code: string, line: number, needle: string): Span {
  const start = at(code, line, needle);
  return { ...start, endLine: line, endColumn: start.column + needle.length };
}
