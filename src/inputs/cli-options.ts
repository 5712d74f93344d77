/**
 * CLI flags → a command, then → the one `Options` (with the config file and the defaults). Every
 * bad flag or value is a UsageError (exit 2). node:util's parseArgs reads the flags: the CLI has
 * two commands and a dozen flags, which does not pay for a parser dependency in the bundle.
 */
import { parseArgs } from 'node:util';
import { statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, FAIL_ON, FORMATS, type Format } from './constants.js';
import { loadConfig } from './config.js';
import { UsageError } from './errors.js';
import { oneOf, resolveOptions, type Options } from './options.js';
import { parseParameterPair } from './parameters.js';
import { findConfig, resolveTargets } from './paths.js';
import { readIamData, type IamData } from './iam-data.js';

export type { AccessAnalyzerMode } from './constants.js';

export interface ScanFlags {
  command: 'scan';
  paths: string[];
  base?: string;
  format: Format;
  output?: string;
  failOn?: string;
  config?: string;
  accessAnalyzer?: string;
  region?: string;
  /** `--parameters FILE`. */
  parametersFile?: string;
  /** `--parameter KEY=VALUE`, in order. */
  parameters: Record<string, string>;
  stdinFilename?: string;
  /** `--color` true, `--no-color` false, neither undefined. */
  color?: boolean;
  /** `--jobs N`: threads for the files; undefined, one per core on large scans. */
  jobs?: number;
  /** `--iam-data bundled|FILE`. */
  iamData?: string;
}

export type Command =
  | { command: 'help'; topic?: 'scan' | 'rules' }
  | { command: 'version' }
  | { command: 'rules'; format: 'stylish' | 'json' }
  | ScanFlags;

export function parseCommand(argv: string[]): Command {
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
        'stdin-filename': { type: 'string' },
        'iam-data': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
      },
    });
  } catch (e) {
    const what = argv[0] === 'scan' || argv[0] === 'rules' ? `policygate ${argv[0]} --help` : 'policygate --help';
    // node:util's messages run over several lines ("… is ambiguous. Did you forget …"): keep one.
    const first = (e as Error).message
      .split('\n')[0]
      .replace(/\. To specify.*$/s, '')
      .replace(
        /^Option '(--[\w-]+)' argument is ambiguous\.?$/,
        "$1 needs a value (write $1=VALUE for one that starts with '-')",
      );
    throw new UsageError(`${first}; see ${what}`);
  }
  const { values: v, positionals } = parsed;
  if (v.version) return { command: 'version' };
  const [command = 'help', ...rest] = positionals;
  if (command === 'help')
    return { command: 'help', topic: rest[0] === 'scan' || rest[0] === 'rules' ? rest[0] : undefined };
  if (command !== 'scan' && command !== 'rules')
    throw new UsageError(`unknown command "${command}"; expected scan, rules or --help`);
  if (v.help) return { command: 'help', topic: command };
  if (command === 'rules') {
    if (rest.length) throw new UsageError(`policygate rules takes no paths; got "${rest[0]}"`);
    return { command: 'rules', format: oneOf('--format', v.format ?? 'stylish', ['stylish', 'json'] as const) };
  }
  const parameters: Record<string, string> = {};
  for (const p of v.parameter ?? []) {
    const [k, val] = parseParameterPair(p, '--parameter');
    parameters[k] = val;
  }
  if (rest.includes('-') && rest.length > 1) throw new UsageError('PATH - (standard input) must be the only PATH');
  if (rest.includes('-') && !v['stdin-filename'])
    throw new UsageError('PATH - reads standard input: give --stdin-filename NAME (e.g. template.yaml)');
  if (v['stdin-filename'] !== undefined && !rest.includes('-'))
    throw new UsageError('--stdin-filename goes with PATH - (read the file from standard input)');
  if (v.color && v['no-color']) throw new UsageError('--color and --no-color contradict each other; give one');
  if (v.jobs !== undefined && !/^[1-9]\d{0,2}$/.test(v.jobs)) {
    throw new UsageError(`--jobs must be a whole number from 1 to 999; got "${v.jobs}"`);
  }
  return {
    command: 'scan',
    paths: rest,
    base: v.base,
    format: oneOf('--format', v.format ?? 'stylish', FORMATS),
    output: v.output,
    failOn: v['fail-on'] === undefined ? undefined : oneOf('--fail-on', v['fail-on'], FAIL_ON),
    config: v.config,
    accessAnalyzer: v['access-analyzer'],
    region: v.region,
    parametersFile: v.parameters,
    parameters,
    stdinFilename: v['stdin-filename'],
    color: v.color ? true : v['no-color'] ? false : undefined,
    ...(v.jobs !== undefined ? { jobs: Number(v.jobs) } : {}),
    ...(v['iam-data'] !== undefined ? { iamData: v['iam-data'] } : {}),
  };
}

/**
 * Colour: the flag, then NO_COLOR (any non-empty value, no-color.org), then FORCE_COLOR (non-zero),
 * then whether the report goes to a terminal. A report written with --output is never coloured.
 */
export function useColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  if (env.NO_COLOR) return false;
  if (env.FORCE_COLOR !== undefined) return env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false';
  return isTTY;
}

export interface CliOptions extends Options {
  /** Absolute paths to scan (none when the file comes from standard input). */
  paths: string[];
  /** The file read from standard input, named as the user said. */
  stdin?: { name: string };
  base?: string;
  format: Format;
  /** Absolute. */
  output?: string;
  /** Threads for the files (`--jobs`). */
  jobs?: number;
  /** `--iam-data FILE`, read (undefined: the bundled catalogue). */
  iamData?: IamData;
}

/** The CLI's options: flags, then the config file found for the scanned folder, then the defaults. */
export function cliOptions(
  flags: ScanFlags,
  ctx: { cwd: string; env: NodeJS.ProcessEnv },
  ids: Set<string>,
): CliOptions {
  const stdin = flags.paths[0] === '-' ? { name: flags.stdinFilename! } : undefined;
  const targets = resolveTargets(ctx.cwd, stdin ? [] : flags.paths);
  const first = targets.paths[0];
  const folder = stdin || !first ? ctx.cwd : first;
  const configRel = flags.config
    ? fromRoot(targets.root, path.resolve(ctx.cwd, flags.config))
    : findConfig(isFolder(folder) ? folder : path.dirname(folder), targets.root, DEFAULT_CONFIG);
  const config = configRel ? loadConfig(targets.root, configRel, ids) : undefined;
  const options = resolveOptions(
    {
      'fail-on': flags.failOn,
      'access-analyzer': flags.accessAnalyzer,
      'aws-region': flags.region,
      parameters: flags.parametersFile,
      parameterPairs: flags.parameters,
    },
    config,
    { surface: 'cli', workspace: targets.root, cwd: ctx.cwd, env: ctx.env },
  );
  return {
    ...options,
    paths: stdin ? [] : targets.paths,
    stdin,
    base: flags.base,
    format: flags.format,
    output: flags.output === undefined ? undefined : path.resolve(ctx.cwd, flags.output),
    jobs: flags.jobs,
    iamData: flags.iamData === undefined ? undefined : readIamData(ctx.cwd, flags.iamData),
  };
}

/** Relative to the root when inside it (messages name it as the repository does), else absolute. */
function fromRoot(root: string, abs: string): string {
  const rel = path.relative(root, abs);
  return rel.startsWith('..') || path.isAbsolute(rel) ? abs : rel.split(path.sep).join('/');
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const SCAN_HELP = `Usage: policygate scan [PATH...] [options]

Scan files and folders (default: the current folder). A PATH may be absolute or relative, inside
or outside the current folder, a folder or a single file; - reads one file from standard input.
Files are reported relative to the repository holding them.

Options:
  --base REF                   only files changed since the merge base with REF (git)
  --format stylish|json|sarif|github
                               report format (default: stylish; plain text when not on a terminal)
  --output FILE                write the report to FILE instead of standard output
  --fail-on critical|high|medium|low|info|never
                               lowest severity that fails the run (default: high)
  --config FILE                config file (default: .github/policygate.yml in the scanned folder
                               or the nearest parent up to the repository root)
  --access-analyzer auto|on|off
                               IAM Access Analyzer checks (default: off; the config file may set it)
  --region REGION              region for Access Analyzer (default: $AWS_REGION or us-east-1)
  --parameters FILE            template parameter values: a {Name: value} mapping, CloudFormation's
                               [{ParameterKey, ParameterValue}] list or {"Parameters": {...}}, JSON or
                               YAML, or Key=Value lines
  --parameter KEY=VALUE        one parameter value (repeatable)
  --stdin-filename NAME        with PATH -: the name the file from standard input is reported as
  --color, --no-color          colour (default: on a terminal; NO_COLOR and FORCE_COLOR honoured)
  -j, --jobs N                 threads that read and check the files (default: one per core when
                               there are at least 2,000 files; 1: this thread only)
  --iam-data bundled|FILE      the IAM action catalogue: the bundled one (default; its date is in
                               --version and every report) or AWS's service reference JSON saved to
                               FILE (its services replace the bundled ones)

Example:
  policygate scan infra/ --base origin/main --format sarif --output policygate.sarif

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
2 the run could not do what was asked (bad flag or config, a missing path, an unknown --base ref,
an output that cannot be written, a required check that could not run).
`;

const RULES_HELP = `Usage: policygate rules [--format stylish|json]

List the built-in rules: id, severity and title (json: with why, fix and the help page).

Example:
  policygate rules --format json
`;

export const HELP = `policygate: reviews AWS IAM policies and CloudFormation templates

Usage:
  policygate scan [PATH...] [options]   scan files and folders (default: .)
  policygate rules [--format json]      the built-in rule catalogue
  policygate <command> --help           the options of a command, with an example
  policygate --version | --help

Example:
  policygate scan .

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
2 the run could not do what was asked (bad flag or config, a missing path, a required check could not run).
`;

export const helpFor = (topic: 'scan' | 'rules' | undefined): string =>
  topic === 'scan' ? SCAN_HELP : topic === 'rules' ? RULES_HELP : HELP;
