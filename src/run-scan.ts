/**
 * A CLI scan from options to an exit code: scan, render, write. Kept apart from src/cli.ts so the
 * end-to-end tests can call it in-process.
 */
import { writeFileSync } from 'node:fs';
import { scan } from './scan.js';
import { conclusion, type ScanResult } from './findings/types.js';
import { REPORTERS, type RuleDescription } from './report/index.js';
import { RULES } from './rules/index.js';
import { helpUri } from './findings/locate.js';
import { UsageError } from './inputs/errors.js';
import type { Command } from './inputs/cli-options.js';
import { VERSION } from './version.js';

export const ruleDescriptions = (): RuleDescription[] =>
  RULES.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    title: r.meta.title,
    why: r.meta.why,
    fix: r.meta.fix,
    helpUri: helpUri(r.meta.id),
  }));

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
  env: NodeJS.ProcessEnv;
}

export async function runScan(
  cmd: Extract<Command, { command: 'scan' }>,
  io: Io,
): Promise<{ code: number; result: ScanResult }> {
  if (cmd.config)
    throw new UsageError(`--config ${cmd.config}: configuration files are not supported by this version yet`);
  if (cmd.accessAnalyzer === 'on') {
    throw new UsageError(
      '--access-analyzer on: the Access Analyzer checks are not available in this version; use auto or off',
    );
  }
  const result = await scan({
    cwd: io.cwd,
    paths: cmd.paths,
    base: cmd.base,
    parameters: cmd.parameters,
    region: cmd.region ?? io.env.AWS_REGION,
  });
  result.accessAnalyzer.skipped = cmd.accessAnalyzer === 'off' ? 'turned off' : 'not available in this version';
  const text = REPORTERS[cmd.format](
    { result, failOn: cmd.failOn, toolVersion: VERSION, rules: ruleDescriptions() },
    { color: io.color && !cmd.output },
  );
  if (cmd.output) writeFileSync(cmd.output, text);
  else io.stdout(text);
  const fatal = result.warnings.filter((w) => w.fatal);
  for (const w of fatal) io.stderr(`policygate: ${w.file}: ${w.message}\n`);
  if (fatal.length) return { code: 2, result };
  return { code: conclusion(result.findings, cmd.failOn) === 'failure' ? 1 : 0, result };
}
