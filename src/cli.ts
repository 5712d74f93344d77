#!/usr/bin/env node
/**
 * The `policygate` command's entry (dist/cli.js). The command itself (src/cli-main.ts) and the
 * scan workers' code are loaded from separate files of the bundle, only when needed: compiling
 * the whole 3 MB bundle was most of `policygate --version`'s time.
 */
import { lstatSync, mkdirSync } from 'node:fs';
import nodeModule from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { versionText } from './scan/version.js';
import { enableScanWorkers, isScanWorker, serveScanWorker } from './scan/workers.js';

// The AWS SDK bundled here is pinned; its notice about future SDK releases needing Node 22 is
// about our upgrades, not the user's Node, and would clutter every report on Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const args = process.argv.slice(2);

/**
 * Node 22.1+ keeps the compiled code of the files loaded from here on (the command, the rules,
 * the parser: about 3 MB) in a cache outside the repository, for the next run and its workers:
 * a scan of 1,000 templates took about 10 % less. Older Node has no such cache and compiles them
 * each time, as before. The folder is this user's alone (compiled code is code): one that another
 * user could write is not used.
 */
function compileCache(): void {
  const enable = (nodeModule as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  if (!enable || process.env.NODE_DISABLE_COMPILE_CACHE) return;
  const uid = process.getuid?.();
  const dir = path.join(tmpdir(), `policygate-compile-cache-${uid ?? 'user'}`);
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = lstatSync(dir);
    if (!st.isDirectory() || (uid !== undefined && (st.uid !== uid || (st.mode & 0o022) !== 0))) return;
    enable(dir);
  } catch {
    // Best effort: a scan never depends on it.
  }
}

if (isScanWorker()) {
  compileCache();
  // This bundle started as one of a large scan's worker threads (src/scan/workers.ts).
  await serveScanWorker(async () => ({
    ...(await import('./rules/index.js')),
    ...(await import('./scan/file.js')),
  }));
} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // What parseCommand answers for these alone, without loading it.
  process.stdout.write(versionText());
} else {
  compileCache();
  enableScanWorkers(new URL(import.meta.url));
  // A reader that stops early (`policygate scan | head`) closes the pipe: not worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });
  const { main } = await import('./cli-main.js');
  // Let stdout drain before exiting (a piped report can be larger than the pipe's buffer).
  process.exitCode = await main();
}
