/**
 * Meta-tests over every rule, as ESLint's checkRuleFiles and typescript-eslint's docs tests do:
 * each rule has a test file, a docs page with the fixed sections, and the page's Bad example
 * makes the rule fire while its Good example does not.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { checkText } from '../src/engines/analyse.js';
import { RULES } from '../src/rules/index.js';
import { FAMILIES } from '../src/rules/types.js';

const ENGINES = readdirSync('src/engines')
  .filter((f) => f.endsWith('.ts'))
  .map((f) => readFileSync(`src/engines/${f}`, 'utf8'));

const SECTIONS = ['## What it flags', '## Why it matters', '## Bad', '## Good', '## How to fix', '## How to suppress'];

function example(doc: string, section: string): string {
  const at = doc.indexOf(`${section}\n`);
  const m = /```(?:yaml|json)\n([\s\S]*?)```/.exec(doc.slice(at));
  if (at < 0 || !m) throw new Error(`no example under ${section}`);
  return m[1];
}

describe.each(RULES.map((r) => [r.meta.id, r] as const))('%s', (id, rule) => {
  const docPath = `docs/rules/${id}.md`;

  it('has a kebab-case id and a test file of the same name', () => {
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(existsSync(`test/rules/${id}.test.ts`)).toBe(true);
  });

  it('has metadata a reviewer can act on', () => {
    expect(rule.meta.title.length).toBeGreaterThan(10);
    expect(rule.meta.why.length).toBeGreaterThan(80);
    expect(rule.meta.fix.length).toBeGreaterThan(40);
    // Scanner rules are reported by a pipeline stage (parsing, suppressions) rather than a check.
    expect(Boolean(rule.checkPolicy || rule.checkTemplate) || rule.meta.family === 'scanner').toBe(true);
  });

  it('says each thing in a message of its own meta, and reports every message it defines', () => {
    // As eslint-plugin-eslint-plugin's no-unused-message-ids: an id no code names is dead text.
    // Rules reported by a pipeline stage (family scanner) are named by that stage in src/engines/.
    const ids = Object.keys(rule.meta.messages);
    expect(ids.length).toBeGreaterThan(0);
    const source = [readFileSync(`src/rules/${id}.ts`, 'utf8'), ...(rule.meta.family === 'scanner' ? ENGINES : [])];
    expect(ids.filter((m) => !source.some((text) => text.includes(`'${m}'`)))).toEqual([]);
    for (const text of Object.values<string>(rule.meta.messages)) {
      expect(text.trim()).not.toBe('');
      // Every placeholder is a plain {{name}}: a stray brace would print as is.
      expect(text.replace(/\{\{\s*\w+\s*\}\}/g, '')).not.toMatch(/\{\{|\}\}/);
    }
  });

  it('has a docs page with the sections in order', () => {
    const doc = readFileSync(docPath, 'utf8');
    expect(doc.startsWith(`# ${id}\n`)).toBe(true);
    const positions = SECTIONS.map((s) => doc.indexOf(`${s}\n`));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(doc).toContain(`default severity **${rule.meta.severity}**`);
  });

  it("fires on the page's Bad example and not on its Good one", () => {
    const doc = readFileSync(docPath, 'utf8');
    const fired = (code: string) => checkText(`${id}.yaml`, code).findings.filter((f) => f.ruleId === id);
    expect(fired(example(doc, '## Bad')).length).toBeGreaterThan(0);
    expect(fired(example(doc, '## Good'))).toEqual([]);
  });
});

// The catalogue in the shared spec is the contract for ids and severities; it sits beside the
// repository in CI and on developer machines, not in a bare clone.
const SPEC = '../shared/spec/rules.md';
(existsSync(SPEC) ? describe : describe.skip)('the shared rule catalogue', () => {
  const spec = existsSync(SPEC) ? readFileSync(SPEC, 'utf8') : '';
  const rows = new Map(
    [...spec.matchAll(/^\| `([a-z0-9-]+)` \| ([a-z]+)/gm)].map((m) => [m[1], m[2]] as [string, string]),
  );
  const sections = new Map<string, string>();
  // The peers' ids ("also known as": `CN id…; CK id…; CDK id…`) are what suppressions honour.
  const peers = new Map<string, Record<string, string[]>>();
  const TOOLS: Record<string, string> = { CN: 'cfnNag', CK: 'checkov', CDK: 'cdkNag' };
  let section = '';
  for (const line of spec.split('\n')) {
    const heading = /^\| \*\*(.+?)\*\*/.exec(line);
    if (heading) section = heading[1];
    const row = /^\| `([a-z0-9-]+)`/.exec(line);
    if (!row) continue;
    sections.set(row[1], section);
    const cells = line.split('|').map((c) => c.trim());
    const aka: Record<string, string[]> = {};
    for (const part of cells[cells.length - 2].split(';')) {
      const [tool, ...ids] = part.trim().split(/\s+/);
      if (TOOLS[tool] && ids.length) aka[TOOLS[tool]] = [...ids].sort();
    }
    peers.set(row[1], aka);
  }
  // Rules beyond the catalogue are PolicyGate's own additions, named here on purpose.
  const OWN = new Set(['suppression-unused']);
  it.each(RULES.filter((r) => !OWN.has(r.meta.id)).map((r) => [r.meta.id, r.meta.severity]))(
    '%s has the id and default severity of rules.md',
    (id, sev) => {
      expect(rows.get(id)).toBe(sev);
    },
  );
  const ours = new Set(RULES.map((r) => r.meta.id));
  it('has a rule for every id of rules.md', () => {
    expect([...rows.keys()].filter((id) => !ours.has(id))).toEqual([]);
    expect(rows.size).toBe(98);
  });
  it.each(RULES.filter((r) => sections.has(r.meta.id)).map((r) => [r.meta.id, r.meta.family]))(
    '%s is in the family of its rules.md section',
    (id, family) => {
      expect(FAMILIES[family]).toBe(sections.get(id));
    },
  );
  it.each(RULES.filter((r) => peers.has(r.meta.id)).map((r) => [r.meta.id, r.meta.aka ?? {}] as const))(
    "%s lists exactly the peers' ids of rules.md",
    (id, aka) => {
      const ours = Object.fromEntries(
        Object.entries(aka)
          .filter(([, ids]) => ids?.length)
          .map(([tool, ids]) => [tool, [...ids!].sort()]),
      );
      expect(ours).toEqual(peers.get(id));
    },
  );
});
