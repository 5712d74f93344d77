/**
 * The layers of ../shared/spec/architecture.md, as `npm run lint` enforces them: a folder that
 * imports a later stage (or the wiring in src/*.ts) fails; the imports the table allows pass.
 */
import { jest } from '@jest/globals';
import { ESLint } from 'eslint';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

jest.setTimeout(60_000);

const eslint = new ESLint();
async function problems(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return result.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('layers', () => {
  it.each([
    ['src/inputs/x.ts', "import { REPORTERS } from '../report/index.js';\nexport const x = REPORTERS;\n"],
    ['src/inputs/x.ts', "import { CHECKS } from '../engines/access-analyzer/checks.js';\nexport const x = CHECKS;\n"],
    ['src/report/x.ts', "import { RULES } from '../rules/index.js';\nexport const x = RULES;\n"],
    ['src/rules/x.ts', "import { makeClient } from '../github/client.js';\nexport const x = makeClient;\n"],
    ['src/files/x.ts', "import { conclusion } from '../findings/types.js';\nexport const x = conclusion;\n"],
    ['src/github/x.ts', "import { scan } from '../scan/scan.js';\nexport const x = scan;\n"],
    ['src/engines/x.ts', "import { scan } from '../scan/scan.js';\nexport const x = scan;\n"],
    ['src/scan/x.ts', "import { publish } from '../github/publish.js';\nexport const x = publish;\n"],
    ['src/scan/x.ts', "import { run } from '../main.js';\nexport const x = run;\n"],
    [
      'src/engines/access-analyzer/x.ts',
      "import { REPORTERS } from '../../report/index.js';\nexport const x = REPORTERS;\n",
    ],
  ])('%s: refuses %s', async (file, code) => {
    const found = await problems(file, code);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^@typescript-eslint\/no-restricted-imports: .* may import only/);
  });

  it.each([
    ['src/files/x.ts', "import type { Warning } from '../findings/types.js';\nexport const x: Warning[] = [];\n"],
    ['src/report/x.ts', "import { SEVERITIES } from '../inputs/constants.js';\nexport const x = SEVERITIES;\n"],
    ['src/engines/x.ts', "import { RULES } from '../rules/index.js';\nexport const x = RULES;\n"],
    ['src/inputs/x.ts', "import { parseText } from '../parse/index.js';\nexport const x = parseText;\n"],
    ['src/scan/x.ts', "import { REPORTERS } from '../report/index.js';\nexport const x = REPORTERS;\n"],
  ])('%s: allows %s', async (file, code) => {
    expect(await problems(file, code)).toEqual([]);
  });
});

/** Every module's value imports (type-only imports vanish at run time and cannot form a cycle). */
function valueImports(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, e.name);
      if (e.isDirectory()) walk(file);
      else if (file.endsWith('.ts')) {
        const text = readFileSync(file, 'utf8');
        const deps = [...text.matchAll(/^(?:import|export) (?!type )[^;]*? from '(\.[^']+)\.js';/gms)].map((m) =>
          path.join(path.dirname(file), `${m[1]}.ts`),
        );
        graph.set(file, deps);
      }
    }
  };
  walk(root);
  return graph;
}

/** The cycles of an import graph, each as the path that closes it. */
function cyclesOf(graph: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 'open') cycles.push([...stack.slice(stack.indexOf(d)), d].join(' → '));
      else if (!state.has(d) && graph.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

describe('imports', () => {
  it('run one way: no module of src/ reaches itself through its value imports', () => {
    const graph = valueImports('src');
    expect(graph.size).toBeGreaterThan(100);
    expect(cyclesOf(graph)).toEqual([]);
  });

  it('a cycle of value imports is found; a type-only import makes none', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'policygate-cycle-'));
    try {
      writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b.js';\nexport const a = b;\n");
      writeFileSync(path.join(dir, 'b.ts'), "import { a } from './a.js';\nexport const b = a;\n");
      writeFileSync(path.join(dir, 'c.ts'), "import { d } from './d.js';\nexport const c = d;\n");
      writeFileSync(path.join(dir, 'd.ts'), "import type { c } from './c.js';\nexport const d: typeof c = 1;\n");
      const at = (f: string) => path.join(dir, f);
      expect(cyclesOf(valueImports(dir))).toEqual([[at('a.ts'), at('b.ts'), at('a.ts')].join(' → ')]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
