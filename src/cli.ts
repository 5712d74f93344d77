#!/usr/bin/env node
/**
 * The `policygate` command's entry (dist/cli.js). The command itself (src/cli-main.ts) and the
 * scan workers' code are loaded from separate files of the bundle, only when needed: compiling
 * the whole 3 MB bundle was most of `policygate --version`'s time.
 */
import { VERSION } from './version.js';
import { enableScanWorkers, isScanWorker, serveScanWorker } from './scan-workers.js';

// The AWS SDK bundled here is pinned; its notice about future SDK releases needing Node 22 is
// about our upgrades, not the user's Node, and would clutter every report on Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const args = process.argv.slice(2);

if (isScanWorker()) {
  // This bundle started as one of a large scan's worker threads (src/scan-workers.ts).
  await serveScanWorker(async () => ({
    ...(await import('./rules/index.js')),
    ...(await import('./scan-file.js')),
  }));
} else if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // What parseCommand answers for these alone, without loading it.
  process.stdout.write(`${VERSION}\n`);
} else {
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
