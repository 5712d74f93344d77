// Regenerates schema/policygate.schema.json and docs/rules/README.md from the code
// (scripts/generated-docs.ts, bundled with ncc to a temporary folder and run there).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const out = mkdtempSync(path.join(tmpdir(), 'policygate-gen-'));
try {
  execFileSync('npx', ['--no-install', 'ncc', 'build', 'scripts/generated-docs.ts', '-o', out, '--target', 'es2022', '--quiet'], {
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [path.join(out, 'index.js'), process.cwd()], { stdio: 'inherit' });
} finally {
  rmSync(out, { recursive: true, force: true });
}
