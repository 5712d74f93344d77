/** The `policygate` command: flags in, a report out, an exit code. Wiring only. */
import { helpFor, parseCommand } from './inputs/cli-options.js';
import { UsageError } from './inputs/errors.js';
import { versionText } from './scan/version.js';

export async function main(): Promise<number> {
  const io = {
    cwd: process.cwd(),
    stdout: (s: string) => process.stdout.write(s),
    stderr: (s: string) => process.stderr.write(s),
    isTTY: Boolean(process.stdout.isTTY),
    columns: process.stdout.columns,
    env: process.env,
  };
  try {
    const cmd = parseCommand(process.argv.slice(2));
    switch (cmd.command) {
      case 'help':
        io.stdout(helpFor(cmd.topic));
        return 0;
      case 'version':
        io.stdout(versionText());
        return 0;
      case 'rules': {
        // Loaded on use, not at start: `policygate --version` stays as quick as node itself.
        const [{ ruleDescriptions }, { RULES }, { rulePage, rulesReport }] = await Promise.all([
          import(/* webpackMode: "eager" */ './scan/rule-descriptions.js'),
          import(/* webpackMode: "eager" */ './rules/index.js'),
          import(/* webpackMode: "eager" */ './report/rules.js'),
        ]);
        const meta = RULES.map((r) => r.meta);
        io.stdout(
          cmd.id
            ? rulePage(ruleDescriptions(), meta, cmd.id, cmd.format)
            : rulesReport(ruleDescriptions(), meta, cmd.format),
        );
        return 0;
      }
      case 'scan': {
        const { runScan } = await import(/* webpackMode: "eager" */ './scan/command.js');
        return (await runScan(cmd, io)).code;
      }
    }
  } catch (e) {
    if (e instanceof UsageError) {
      // One line a mistake (a config file reports all of its own at once).
      for (const line of e.message.split('\n')) io.stderr(`policygate: ${line}\n`);
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
