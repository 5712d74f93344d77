/** CLI flags → one validated options object; every bad flag or value is a UsageError (exit 2). */
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import { SEVERITIES, type FailOn } from '../findings/types.js';
import { FORMATS, type Format } from '../report/index.js';
import { UsageError } from './errors.js';
import { parseParameterPair, parseParametersText } from './parameters.js';

export type AccessAnalyzerMode = 'auto' | 'on' | 'off';

export type Command =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'rules'; format: 'stylish' | 'json' }
  | {
      command: 'scan';
      paths: string[];
      base?: string;
      format: Format;
      output?: string;
      /** Undefined when the flag was not given: the config file may set it. */
      failOn?: FailOn;
      config?: string;
      accessAnalyzer?: AccessAnalyzerMode;
      region?: string;
      parameters: Record<string, string>;
      /** Worker threads for the files (`--jobs`); undefined: one per core on large scans. */
      jobs?: number;
    };

function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], dflt: T): T;
function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[]): T | undefined;
function oneOf<T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  dflt?: T,
): T | undefined {
  if (value === undefined) return dflt;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`${flag} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}

export function parseCommand(argv: string[], isTTY: boolean): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
        base: { type: 'string' },
        format: { type: 'string', short: 'f' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'access-analyzer': { type: 'string' },
        region: { type: 'string' },
        parameters: { type: 'string' },
        parameter: { type: 'string', multiple: true },
        jobs: { type: 'string', short: 'j' },
      },
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message.replace(/\. To specify.*$/s, '')}; see policygate --help`);
  }
  const { values: v, positionals } = parsed;
  if (v.help) return { command: 'help' };
  if (v.version) return { command: 'version' };
  const [command = 'help', ...rest] = positionals;
  if (command === 'rules') {
    if (rest.length) throw new UsageError(`policygate rules takes no paths; got "${rest[0]}"`);
    return { command: 'rules', format: oneOf('--format', v.format, ['stylish', 'json'], 'stylish') };
  }
  if (command === 'help') return { command: 'help' };
  if (command !== 'scan') throw new UsageError(`unknown command "${command}"; expected scan, rules or --help`);
  const parameters: Record<string, string> = {};
  if (v.parameters) {
    let text: string;
    try {
      text = readFileSync(v.parameters, 'utf8');
    } catch (e) {
      throw new UsageError(
        `--parameters ${v.parameters}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      );
    }
    Object.assign(parameters, parseParametersText(text, v.parameters));
  }
  for (const p of v.parameter ?? []) {
    const [k, val] = parseParameterPair(p, '--parameter');
    parameters[k] = val;
  }
  if (v.region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(v.region)) {
    throw new UsageError(`--region must be an AWS region such as us-east-1; got "${v.region}"`);
  }
  if (v.jobs !== undefined && !/^[1-9]\d{0,2}$/.test(v.jobs)) {
    throw new UsageError(`--jobs must be a whole number from 1 to 999; got "${v.jobs}"`);
  }
  return {
    command: 'scan',
    paths: rest,
    base: v.base,
    format: oneOf('--format', v.format, FORMATS, isTTY ? 'stylish' : 'json'),
    output: v.output,
    failOn: oneOf('--fail-on', v['fail-on'], [...SEVERITIES, 'never'] as const),
    config: v.config,
    accessAnalyzer: oneOf('--access-analyzer', v['access-analyzer'], ['auto', 'on', 'off'] as const),
    region: v.region,
    parameters,
    ...(v.jobs !== undefined ? { jobs: Number(v.jobs) } : {}),
  };
}

export const HELP = `policygate: reviews AWS IAM policies and CloudFormation templates

Usage:
  policygate scan [PATH...]        scan files and folders (default: .)
      --base REF                   only files changed since the merge base with REF (git)
      --format stylish|json|sarif|github
                                   default: stylish on a terminal, else json
      --output FILE                write the report to FILE instead of standard output
      --fail-on critical|high|medium|low|info|never
                                   lowest severity that fails the run (default: high)
      --config FILE                config file (default: .github/policygate.yml when present)
      --access-analyzer auto|on|off
                                   IAM Access Analyzer checks (default: auto)
      --region REGION              region for Access Analyzer (default: $AWS_REGION or us-east-1)
      --parameters FILE            template parameter values (JSON/YAML mapping or Key=Value lines)
      --parameter KEY=VALUE        one parameter value (repeatable)
  -j, --jobs N                     threads that read and check the files (default: one per
                                   core when there are at least 2,000 files; 1: this thread only)
  policygate rules [--format json] the built-in rule catalogue
  policygate --version | --help

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
2 the run could not do what was asked (bad flag or config, a required check could not run).
`;
