#!/usr/bin/env node
/** The `policygate` command: flags in, a report out, an exit code. Wiring only. */
import { helpFor, parseCommand } from './inputs/cli-options.js';
import { UsageError } from './inputs/errors.js';
import { VERSION } from './version.js';
import { enableScanWorkers, isScanWorker, serveScanWorker } from './scan-workers.js';

// The AWS SDK bundled here is pinned; its notice about future SDK releases needing Node 22 is
// about our upgrades, not the user's Node, and would clutter every report on Node 20.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

async function main(): Promise<number> {
  const io = {
    cwd: process.cwd(),
    stdout: (s: string) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env,
  };
  try {
    const cmd = parseCommand(process.argv.slice(2));
    switch (cmd.command) {
      case 'help':
        io.stdout(helpFor(cmd.topic));
        return 0;
      case 'version':
        io.stdout(`${VERSION}\n`);
        return 0;
      case 'rules': {
        // Loaded on use, not at start: `policygate --version` stays as quick as node itself.
        const [{ ruleDescriptions }, { RULES }, { rulesReport }] = await Promise.all([
          import(/* webpackMode: "eager" */ './run-scan.js'),
          import(/* webpackMode: "eager" */ './rules/index.js'),
          import(/* webpackMode: "eager" */ './report/rules.js'),
        ]);
        io.stdout(
          rulesReport(
            ruleDescriptions(),
            RULES.map((r) => r.meta),
            cmd.format,
          ),
        );
        return 0;
      }
      case 'scan': {
        const { runScan } = await import(/* webpackMode: "eager" */ './run-scan.js');
        return (await runScan(cmd, io)).code;
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`policygate: ${e.message.split('\n')[0]}\n`);
      return 2;
    }
    // A fault of ours: still one line (the message), with the stack only when asked for.
    const detail = process.env.POLICYGATE_DEBUG
      ? ((e as Error).stack ?? String(e))
      : String((e as Error).message).split('\n')[0];
    io.stderr(`policygate: internal error: ${detail} (set POLICYGATE_DEBUG=1 for details)\n`);
    return 2;
  }
}

if (isScanWorker()) {
  // This bundle started as one of a large scan's worker threads (src/scan-workers.ts).
  await serveScanWorker();
} else {
  enableScanWorkers(new URL(import.meta.url));
  // A reader that stops early (`policygate scan | head`) closes the pipe: not worth a stack trace.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
    process.exit(process.exitCode ?? 0);
  });

  // Let stdout drain before exiting (a piped report can be larger than the pipe's buffer).
  main().then((code) => {
    process.exitCode = code;
  });
}
