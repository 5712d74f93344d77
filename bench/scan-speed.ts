/**
 * `npm run bench`: 1,000 generated templates (half YAML, half JSON, 20 resources each, policies
 * among them). Prints, from one run, the ratio of the full scan's time to the time of only
 * reading and parsing the same files with the same parser in the same process (target ≤ 3×), and
 * templates per second. Rounds alternate so machine noise hits both sides alike.
 */
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseText } from '../src/parse/index.js';
import { scan } from '../src/scan.js';
import { generate } from './generate.js';

const COUNT = Number(process.env.BENCH_TEMPLATES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function main(): Promise<void> {
  const dir = path.join(tmpdir(), `policygate-bench-${process.pid}`);
  const files = generate(dir, COUNT);
  const parseOnly = () => {
    for (const f of files) parseText(f, readFileSync(f, 'utf8'));
  };
  const fullScan = () => scan({ cwd: dir, paths: ['.'] });
  // Warm-up: the IAM catalogue's first load and the JIT are not what is being measured.
  parseOnly();
  const warm = await fullScan();
  const parseTimes: number[] = [];
  const scanTimes: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    let t = performance.now();
    parseOnly();
    parseTimes.push(performance.now() - t);
    t = performance.now();
    await fullScan();
    scanTimes.push(performance.now() - t);
  }
  rmSync(dir, { recursive: true, force: true });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const p = median(parseTimes);
  const s = median(scanTimes);
  console.log(
    `templates: ${COUNT} (${warm.templates} recognised, ${warm.policies} policies, ${warm.findings.length} findings)`,
  );
  console.log(`read+parse only: ${p.toFixed(0)} ms (median of ${ROUNDS})`);
  console.log(`full scan:       ${s.toFixed(0)} ms (median of ${ROUNDS})`);
  console.log(`ratio full scan / read+parse: ${(s / p).toFixed(2)}x (target <= 3x)`);
  console.log(`throughput: ${((COUNT / s) * 1000).toFixed(0)} templates/s`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
