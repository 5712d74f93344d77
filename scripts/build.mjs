// Bundles the CLI (and, when present, the action) with ncc into single committed files in dist/.
// ncc writes <out>/index.js; each bundle is moved to its final name so dist/ holds one file each.
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const bundles = [
  { entry: 'src/cli.ts', out: 'dist/cli.js', shebang: true },
  { entry: 'src/index.ts', out: 'dist/index.js', shebang: false },
];
mkdirSync('dist', { recursive: true });
for (const b of bundles) {
  if (!existsSync(b.entry)) continue;
  const tmp = `dist/.build-${b.out.replace(/\W/g, '_')}`;
  rmSync(tmp, { recursive: true, force: true });
  execFileSync('npx', ['--no-install', 'ncc', 'build', b.entry, '-o', tmp, '--target', 'es2022', '--quiet', '--no-source-map-register'], {
    stdio: 'inherit',
  });
  let code = readFileSync(`${tmp}/index.js`, 'utf8').replace(/^#!.*\n/, '');
  if (b.shebang) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(`${tmp}/index.js`, code);
  renameSync(`${tmp}/index.js`, b.out);
  rmSync(tmp, { recursive: true, force: true });
  if (b.shebang) chmodSync(b.out, 0o755);
}
