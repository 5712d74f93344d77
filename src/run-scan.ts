/**
 * A CLI scan from options to an exit code: scan, render, write. Kept apart from src/cli.ts so the
 * end-to-end tests can call it in-process.
 */
import { writeFileSync } from 'node:fs';
import { PARAMETER_LINES, loadConfig, type Config } from './inputs/config.js';
import { readContainedFile } from './inputs/paths.js';
import { accessAnalyzerChecks, sensitiveActions } from './inputs/access-analyzer-inputs.js';
import { parseParametersText } from './inputs/parameters.js';
import { scan } from './scan.js';
import { conclusion, type ScanResult } from './findings/types.js';
import { REPORTERS, type RuleDescription } from './report/index.js';
import { RULES } from './rules/index.js';
import { helpUri } from './findings/locate.js';
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
  const config = loadConfig(io.cwd, cmd.config, new Set(RULES.map((r) => r.meta.id)));
  const failOn = cmd.failOn ?? config?.failOn ?? 'high';
  const accessAnalyzer = cmd.accessAnalyzer ?? config?.accessAnalyzer ?? 'auto';
  const result = await scan({
    cwd: io.cwd,
    paths: cmd.paths,
    base: cmd.base,
    parameters: { ...configParameters(io.cwd, config), ...cmd.parameters },
    region: cmd.region ?? config?.region ?? io.env.AWS_REGION,
    include: config?.paths,
    exclude: config?.exclude,
    config,
    accessAnalyzer: {
      mode: accessAnalyzer,
      region: cmd.region ?? config?.region ?? io.env.AWS_REGION ?? 'us-east-1',
      checks: accessAnalyzerChecks(config?.inputs.checks),
      sensitiveActions: sensitiveActions(config?.inputs['sensitive-actions']),
    },
    compareWith: cmd.base,
    jobs: cmd.jobs,
  });
  const text = REPORTERS[cmd.format](
    { result, failOn, toolVersion: VERSION, rules: ruleDescriptions() },
    { color: io.color && !cmd.output },
  );
  if (cmd.output) writeFileSync(cmd.output, text);
  else io.stdout(text);
  const fatal = result.warnings.filter((w) => w.fatal);
  for (const w of fatal) io.stderr(`policygate: ${w.file}: ${w.message}\n`);
  if (result.accessAnalyzer.error) io.stderr(`policygate: ${result.accessAnalyzer.error}\n`);
  if (fatal.length || result.accessAnalyzer.error) return { code: 2, result };
  return { code: conclusion(result.findings, failOn) === 'failure' ? 1 : 0, result };
}

/** `parameters:` in the config: a mapping, `Key=Value` lines, or the path of a parameters file. */
function configParameters(cwd: string, config: Config | undefined): Record<string, string> {
  const p = config?.parameters;
  if (p === undefined || !config) return {};
  if (typeof p === 'object') return Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)]));
  if (PARAMETER_LINES.test(p)) return parseParametersText(p, `${config.file} parameters`);
  // The config comes from the repository: the file it names must be a regular file inside it.
  return parseParametersText(readContainedFile(cwd, p, `${config.file}: parameters`), p);
}
