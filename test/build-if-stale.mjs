// Jest's global setup: suites that run the bundles (dist/cli.js, dist/index.js) test what src/
// says now. When a source file is newer than a bundle, the bundles are built again first, so
// `npm test` after an edit tests the edit, not the last build.
import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const newest = (dir) => {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
};

export default function buildIfStale() {
  const bundles = ['dist/cli.js', 'dist/index.js'].map((f) => {
    try {
      return statSync(f).mtimeMs;
    } catch {
      return 0;
    }
  });
  const inputs = Math.max(newest('src'), statSync('package-lock.json').mtimeMs);
  if (Math.min(...bundles) >= inputs) return;
  process.stderr.write('src/ is newer than dist/: building the bundles before the tests\n');
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
