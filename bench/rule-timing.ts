/**
 * Where the rules' time goes, as ESLint's TIMING=1 shows it: the CPU each rule's checks take on the
 * bench's generated templates (or a folder given as the argument), in one process after a warm-up
 * pass, the slowest first. Parsing and the model are built once per file, outside the timings.
 * Usage: node scripts/run-ts.mjs bench/rule-timing.ts [FOLDER] (BENCH_TEMPLATES=1000, PASSES=3).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyseText } from '../src/engines/analyse.js';
import { runRules } from '../src/engines/offline.js';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/rules/types.js';
import { generate } from './generate.js';

const given = process.argv[2];
const dir = given ?? mkdtempSync(path.join(tmpdir(), 'policygate-rule-timing-'));
const files = given
  ? readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(ya?ml|json|template)$/.test(f))
      .map((f) => path.join(dir, f))
  : generate(dir, Number(process.env.BENCH_TEMPLATES ?? 1000));
const passes = Number(process.env.PASSES ?? 3);
try {
  const models = files.flatMap((f) => analyseText(path.relative(dir, f), readFileSync(f, 'utf8'), {}, []).model ?? []);
  const spent = new Map<string, number>();
  const timed: Rule[] = RULES.map((r) => {
    const time =
      <A extends unknown[]>(fn: ((...a: A) => void) | undefined) =>
      (...a: A) => {
        const t = process.hrtime.bigint();
        fn!(...a);
        spent.set(r.meta.id, (spent.get(r.meta.id) ?? 0) + Number(process.hrtime.bigint() - t) / 1e6);
      };
    return {
      meta: r.meta,
      ...(r.checkPolicy && { checkPolicy: time(r.checkPolicy.bind(r)) }),
      ...(r.checkTemplate && { checkTemplate: time(r.checkTemplate.bind(r)) }),
    };
  });
  for (const m of models) runRules(m, timed); // warm-up: the JIT and the per-template caches' code
  spent.clear();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < passes; i++) for (const m of models) runRules(m, timed);
  const total = Number(process.hrtime.bigint() - t0) / 1e6 / passes;
  const rows = [...spent].map(([id, ms]) => [id, ms / passes] as const).sort((a, b) => b[1] - a[1]);
  console.log(`${models.length} files, ${passes} passes: all rules ${total.toFixed(0)} ms a pass`);
  console.log('| rule | ms a pass | share |\n| --- | --- | --- |');
  for (const [id, ms] of rows.slice(0, Number(process.env.TOP ?? 15)))
    console.log(`| ${id} | ${ms.toFixed(1)} | ${((100 * ms) / total).toFixed(0)}% |`);
} finally {
  if (!given) rmSync(dir, { recursive: true, force: true });
}
