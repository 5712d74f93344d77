/**
 * CLI flags → a command, then → the one `Options` (with the config file and the defaults). Every
 * bad flag or value is a UsageError (exit 2). node:util's parseArgs reads the flags: the CLI has
 * two commands and a dozen flags, which does not pay for a parser dependency in the bundle.
 */
import { parseArgs } from 'node:util';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_CONFIG, FAIL_ON, FORMATS, type Format } from './constants.js';
import { loadConfig, type Config } from './config.js';
import { SourceText } from '../parse/source.js';
import { UsageError } from './errors.js';
import { oneOf, resolveOptions, type Options } from './options.js';
import { parseParameterPair } from './parameters.js';
import { containedGlob, findConfig, resolveTargets } from './paths.js';
import { readIamData, type IamData } from './iam-data.js';
import { didYouMean } from './suggest.js';

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
  /** `--rule`: only these rule ids (commas split); empty: every rule. */
  rules: string[];
  /** `--skip-rule`: these rule ids off. */
  skipRules: string[];
  /** `--exclude`: globs added to the config's (or the default) `exclude`. */
  exclude: string[];
  baseline?: string;
  createBaseline?: string;
  quiet?: boolean;
  compact?: boolean;
  showSuppressed?: boolean;
  /** `--iam-data bundled|FILE`. */
  iamData?: string;
}

export type Command =
  | { command: 'help'; topic?: 'scan' | 'rules' }
  | { command: 'version' }
  | { command: 'rules'; format: 'stylish' | 'json'; id?: string }
  | ScanFlags;

const OPTIONS = {
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
  rule: { type: 'string', multiple: true },
  'skip-rule': { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  baseline: { type: 'string' },
  'create-baseline': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  compact: { type: 'boolean' },
  'show-suppressed': { type: 'boolean' },
} as const;

/** Every flag as typed, for "did you mean": `--skip-rules` finds `--skip-rule`. */
const FLAG_NAMES = Object.keys(OPTIONS).map((k) => `--${k}`);

const ids = (v: string[] | undefined): string[] =>
  (v ?? [])
    .flatMap((x) => x.split(','))
    .map((x) => x.trim())
    .filter(Boolean);

export function parseCommand(argv: string[], exists: (p: string) => boolean = existsSync): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, strict: true, tokens: true, options: OPTIONS });
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
    const unknown = /^Unknown option '(--[^'=]+)'/.exec(first)?.[1];
    const hint = unknown ? didYouMean(unknown, FLAG_NAMES, (s) => s) : '';
    throw new UsageError(`${first}${hint}; see ${what}`);
  }
  const { values: v, positionals, tokens } = parsed;
  if (v.version) return { command: 'version' };
  const [command = 'help', ...rest] = positionals;
  if (command === 'help')
    return { command: 'help', topic: rest[0] === 'scan' || rest[0] === 'rules' ? rest[0] : undefined };
  if (command !== 'scan' && command !== 'rules')
    throw new UsageError(
      `unknown command "${command}"${didYouMean(command, ['scan', 'rules'])}; expected scan, rules or --help`,
    );
  if (v.help) return { command: 'help', topic: command };
  if (command === 'rules') {
    if (rest.length > 1) throw new UsageError(`policygate rules takes at most one rule id; got "${rest.join(' ')}"`);
    return {
      command: 'rules',
      format: oneOf('--format', v.format ?? 'stylish', ['stylish', 'json'] as const),
      ...(rest[0] ? { id: rest[0] } : {}),
    };
  }
  // checkov's habit: `-o json` asks for a format. Writing a file named `json` and exiting 0
  // would look like a clean run.
  const o = tokens.find((t) => t.kind === 'option' && t.name === 'output' && t.rawName === '-o');
  if (o && o.kind === 'option' && o.value && (FORMATS as readonly string[]).includes(o.value) && !exists(o.value))
    throw new UsageError(`-o is --output (a file); did you mean --format ${o.value}?`);
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
  if (v.baseline !== undefined && v['create-baseline'] !== undefined)
    throw new UsageError('--baseline and --create-baseline: give one (--create-baseline writes a new baseline)');
  const format = oneOf('--format', v.format ?? 'stylish', FORMATS);
  if (v.compact && format !== 'stylish')
    throw new UsageError(`--compact shapes the stylish report; --format is ${format}`);
  // json always lists suppressed findings; sarif and github leave them out unless asked.
  if (v['show-suppressed'] && format !== 'stylish' && format !== 'sarif')
    throw new UsageError(`--show-suppressed goes with --format stylish or sarif; --format is ${format}`);
  return {
    command: 'scan',
    paths: rest,
    base: v.base,
    format,
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
    rules: ids(v.rule),
    skipRules: ids(v['skip-rule']),
    exclude: (v.exclude ?? []).map((g) => g.trim()).filter(Boolean),
    baseline: v.baseline,
    createBaseline: v['create-baseline'],
    quiet: v.quiet,
    compact: v.compact,
    showSuppressed: v['show-suppressed'],
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
  const config = withRuleFlags(configRel ? loadConfig(targets.root, configRel, ids) : undefined, flags, ids);
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
  for (const g of flags.exclude) containedGlob(g, '--exclude');
  return {
    ...options,
    exclude: [...options.exclude, ...flags.exclude],
    paths: stdin ? [] : targets.paths,
    stdin,
    base: flags.base,
    format: flags.format,
    output: flags.output === undefined ? undefined : path.resolve(ctx.cwd, flags.output),
    jobs: flags.jobs,
    iamData: flags.iamData === undefined ? undefined : readIamData(ctx.cwd, flags.iamData),
  };
}

/**
 * `--rule` and `--skip-rule` as the config's `rules:` would say them (`off`), over the config's
 * own settings: one place turns rules off, so a suppression of a rule turned off is not reported
 * as unused either way. `--rule` keeps `parse-error` (a file that does not parse was not checked).
 */
function withRuleFlags(config: Config | undefined, flags: ScanFlags, ids: Set<string>): Config | undefined {
  if (!flags.rules.length && !flags.skipRules.length) return config;
  for (const [flag, list] of [
    ['--rule', flags.rules],
    ['--skip-rule', flags.skipRules],
  ] as const) {
    for (const id of list) {
      if (!ids.has(id) && !id.startsWith('access-analyzer/'))
        throw new UsageError(`${flag}: unknown rule "${id}"${didYouMean(id, ids)} (\`policygate rules\` lists them)`);
    }
  }
  const rules: Config['rules'] = { ...config?.rules };
  if (flags.rules.length) {
    const only = new Set([...flags.rules, 'parse-error']);
    for (const id of ids) if (!only.has(id)) rules[id] = 'off';
  }
  for (const id of flags.skipRules) rules[id] = 'off';
  return { ...(config ?? { file: '(command line)', source: new SourceText(''), ignore: [], inputs: {} }), rules };
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

Options:
  --base REF                   only files changed since the merge base with REF (git)
  -f, --format stylish|json|sarif|github
                               report format (default: stylish; plain text when not on a terminal)
  -o, --output FILE            write the report to FILE instead of standard output
  --fail-on critical|high|medium|low|info|never
                               lowest severity that fails the run (default: high)
  --config FILE                config file (default: .github/policygate.yml in the scanned folder
                               or the nearest parent up to the repository root)
  --rule ID[,ID]               run only these rules (repeatable)
  --skip-rule ID[,ID]          turn these rules off (repeatable; as rules: {ID: off} in the config)
  --exclude GLOB               leave matching paths out (repeatable; added to the config's exclude)
  --baseline FILE              report and gate only findings whose fingerprint is not in FILE
                               (written by --create-baseline, or a --format json report)
  --create-baseline FILE       write every open finding's fingerprint to FILE and exit 0
  -q, --quiet                  print nothing when nothing is at or above --fail-on; otherwise
                               only the findings that are
  --compact                    stylish: one line a finding, no fix text
  --show-suppressed            stylish and sarif: list suppressed findings too (sarif: with
                               \`suppressions\`, which GitHub code scanning shows as open alerts)
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
  -h, --help                   this help

Stylish output names files from the current folder; json, sarif and github name them from the
root of the repository holding them.

Examples:
  policygate scan infra/ --base origin/main --format sarif --output policygate.sarif
  policygate scan --create-baseline .policygate-baseline.json   # adopt: record what exists
  policygate scan --baseline .policygate-baseline.json          # then gate only new findings

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
2 the run could not do what was asked (bad flag or config, a missing path, an unknown --base ref,
an output that cannot be written, a required check that could not run).
`;

const RULES_HELP = `Usage: policygate rules [ID] [-f, --format stylish|json]

Without ID: the built-in rules (id, severity, title; json: with why, fix, the help page and the
peers' ids). With ID: that rule's page: what it flags, why, the fix and the peers' ids.

Examples:
  policygate rules --format json
  policygate rules sg-open-admin-port
`;

export const HELP = `policygate: reviews AWS IAM policies and CloudFormation templates

Usage:
  policygate scan [PATH...] [options]   scan files and folders (default: .)
  policygate rules [ID] [--format json] the built-in rule catalogue, or one rule's page
  policygate <command> --help           the options of a command, with an example
  policygate -v, --version | -h, --help

Example:
  policygate scan .

Exit codes: 0 nothing at or above --fail-on; 1 findings at or above --fail-on;
2 the run could not do what was asked (bad flag or config, a missing path, a required check could not run).
`;

export const helpFor = (topic: 'scan' | 'rules' | undefined): string =>
  topic === 'scan' ? SCAN_HELP : topic === 'rules' ? RULES_HELP : HELP;
