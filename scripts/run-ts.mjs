// Runs one of the repository's TypeScript scripts or benchmarks (scripts/*.ts, bench/*.ts) with
// the code it imports: bundled with ncc into a temporary folder and run there, so no TypeScript
// runtime is needed and nothing is written inside the repository.
// Usage: node scripts/run-ts.mjs scripts/NAME.ts [ARGS...]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [entry, ...args] = process.argv.slice(2);
const out = mkdtempSync(path.join(tmpdir(), 'policygate-script-'));
try {
  execFileSync('npx', ['--no-install', 'ncc', 'build', entry, '-o', out, '--target', 'es2022', '--quiet'], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [path.join(out, 'index.js'), ...args], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
