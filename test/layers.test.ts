/**
 * The layers of ../shared/spec/architecture.md, as `npm run lint` enforces them: a folder that
 * imports a later stage (or the wiring in src/*.ts) fails; the imports the table allows pass.
 */
import { jest } from '@jest/globals';
import { ESLint } from 'eslint';

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
