// Bundles the CLI (and, when present, the action) with ncc into committed files in dist/.
// ncc writes <out>/index.js, and one <id>.index.js per part loaded on demand (`import()` without
// webpackMode "eager"): the CLI loads its command and the scan workers' code that way, so that
// `policygate --version` compiles a small file, not the whole bundle. Each bundle is moved to its
// final name and its parts to <name>-<id>.js beside it (the loader is told their new names).
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';

const bundles = [
  { entry: 'src/cli.ts', out: 'dist/cli.js', shebang: true },
  { entry: 'src/index.ts', out: 'dist/index.js', shebang: false },
];
const PART = /^(\d+)\.index\.js$/;
// webpack's "get javascript chunk filename" runtime, as ncc emits it.
const PART_NAME = 'return "" + chunkId + ".index.js";';
mkdirSync('dist', { recursive: true });
for (const b of bundles) {
  if (!existsSync(b.entry)) continue;
  const name = b.out.replace(/^dist\/|\.js$/g, '');
  const tmp = `dist/.build-${b.out.replace(/\W/g, '_')}`;
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(
    'npx',
    ['--no-install', 'ncc', 'build', b.entry, '-o', tmp, '--target', 'es2022', '--quiet', '--no-source-map-register'],
    {
      stdio: 'inherit',
    },
  );
  // Parts of an earlier build may have other ids: none is left behind.
  for (const f of readdirSync('dist')) if (f.startsWith(`${name}-`) && f.endsWith('.js')) rmSync(`dist/${f}`);
  const parts = readdirSync(tmp).filter((f) => PART.test(f));
  let code = readFileSync(`${tmp}/index.js`, 'utf8').replace(/^#!.*\n/, '');
  if (parts.length) {
    if (code.split(PART_NAME).length !== 2)
      throw new Error(`${b.out}: ncc's part loader has changed; update scripts/build.mjs`);
    code = code.replace(PART_NAME, `return ${JSON.stringify(`${name}-`)} + chunkId + ".js";`);
  }
  if (b.shebang) code = `#!/usr/bin/env node\n${code}`;
  writeFileSync(`${tmp}/index.js`, code);
  renameSync(`${tmp}/index.js`, b.out);
  for (const f of parts) renameSync(`${tmp}/${f}`, `dist/${name}-${PART.exec(f)[1]}.js`);
  rmSync(tmp, { recursive: true, force: true });
  if (b.shebang) chmodSync(b.out, 0o755);
}
