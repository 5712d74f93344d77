/**
 * One `Options` for the CLI and the Action: what the user gave (flags, or action inputs, under the
 * action inputs' names), then the config file, then the defaults. Both surfaces resolve every shared
 * setting here, so they cannot drift (the Action once refused a parameters file the CLI read).
 */
import { PARAMETER_LINES, type Config } from './config.js';
import {
  ACCESS_ANALYZER_MODES,
  CHECKS,
  DEFAULT_EXCLUDE,
  DEFAULT_INCLUDE,
  DEFAULT_SENSITIVE_ACTIONS,
  FAIL_ON,
  type AccessAnalyzerMode,
  type CheckName,
  type FailOn,
} from './constants.js';
import { UsageError } from './errors.js';
import { didYouMean } from './suggest.js';
import { parseParametersText } from './parameters.js';
import { readContainedFile, readUserFile } from './paths.js';

export interface AccessAnalyzerSettings {
  mode: AccessAnalyzerMode;
  region: string;
  checks: Set<CheckName>;
  sensitiveActions: string[];
}

/** The settings every scan has, whoever started it. */
export interface Options {
  /** Absolute: the folder reports are relative to, and that paths from the config stay inside. */
  workspace: string;
  include: string[];
  exclude: string[];
  failOn: FailOn;
  accessAnalyzer: AccessAnalyzerSettings;
  parameters: Record<string, string>;
  config: Config | undefined;
}

/** Where the user's settings come from: it decides Access Analyzer's default and whose files may be read. */
export type Surface = 'cli' | 'action';

/**
 * What the user gave, under the action inputs' names; undefined (or '') when not given. A
 * `parameters` value given on the command line names a file the user chose (read wherever it is);
 * from the Action or the config it comes from the repository and must stay inside the workspace.
 */
export type Given = Partial<
  Record<'paths' | 'exclude' | 'fail-on' | 'access-analyzer' | 'aws-region' | 'checks' | 'sensitive-actions', string>
> & { parameters?: string; parameterPairs?: Record<string, string> };

const items = (v: unknown): string[] =>
  (Array.isArray(v) ? v.map(String) : String(v ?? '').split(/[\n,]/)).map((s) => s.trim()).filter(Boolean);

export function oneOf<T extends string>(setting: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(
      `${setting} must be one of ${allowed.join(', ')}; got "${value}"${didYouMean(value, allowed)}`,
    );
  }
  return value as T;
}

export function accessAnalyzerChecks(v: unknown): Set<CheckName> {
  const list = items(v);
  if (!list.length) return new Set(CHECKS);
  for (const c of list) {
    if (!(CHECKS as readonly string[]).includes(c))
      throw new UsageError(`checks: unknown check "${c}"; expected ${CHECKS.join(', ')}${didYouMean(c, CHECKS)}`);
  }
  return new Set(list as CheckName[]);
}

export function sensitiveActions(v: unknown): string[] {
  const list = items(v);
  for (const a of list) {
    if (!/^[\w-]+:[\w*?]+$/.test(a))
      throw new UsageError(`sensitive-actions: "${a}" is not an action (service:Action)`);
  }
  return list.length ? list : DEFAULT_SENSITIVE_ACTIONS;
}

/**
 * A `parameters` setting: a mapping (config file), `Key=Value` lines, an inline JSON/YAML document,
 * or the path of a file holding one of those. A file may be a `{Name: value}` mapping,
 * CloudFormation's `[{ParameterKey, ParameterValue}]` list or CodePipeline's `{"Parameters": {...}}`,
 * JSON or YAML.
 */
export function resolveParameters(
  value: unknown,
  setting: string,
  file: { workspace: string; cwd: string; trusted: boolean },
): Record<string, string> {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
  const text = String(value);
  const inline =
    PARAMETER_LINES.test(text) ||
    /^\s*[[{]/.test(text) ||
    text.trim().includes('\n') ||
    /^[\w:.-]+\s*:\s/.test(text.trim());
  if (inline) return parseParametersText(text, setting);
  const p = text.trim();
  const read = file.trusted ? readUserFile(file.cwd, p, setting) : readContainedFile(file.workspace, p, setting);
  return parseParametersText(read, p);
}

/** The shared settings: what was given wins over the config file, which wins over the defaults. */
export function resolveOptions(
  given: Given,
  config: Config | undefined,
  ctx: { surface: Surface; workspace: string; cwd: string; env: NodeJS.ProcessEnv },
): Options {
  const inputs = (config?.inputs ?? {}) as Record<string, unknown>;
  const pick = (name: keyof Given & string): string | undefined => {
    const g = given[name];
    if (typeof g === 'string' && g.trim() !== '') return g.trim();
    const c = inputs[name];
    if (c === undefined) return undefined;
    return Array.isArray(c) ? c.join('\n') : typeof c === 'object' ? JSON.stringify(c) : String(c);
  };
  const fromGiven = typeof given.parameters === 'string' && given.parameters.trim() !== '';
  const parameters = {
    ...(fromGiven
      ? resolveParameters(given.parameters, ctx.surface === 'cli' ? '--parameters' : 'input parameters', {
          workspace: ctx.workspace,
          cwd: ctx.cwd,
          trusted: ctx.surface === 'cli',
        })
      : resolveParameters(config?.parameters, `${config?.file ?? 'config'}: parameters`, {
          workspace: ctx.workspace,
          cwd: ctx.cwd,
          trusted: false,
        })),
    ...given.parameterPairs,
  };
  const flag = (name: string) =>
    ctx.surface === 'cli' ? `--${name === 'aws-region' ? 'region' : name}` : `input ${name}`;
  const region = pick('aws-region') || ctx.env.AWS_REGION || 'us-east-1';
  if (!/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    throw new UsageError(`${flag('aws-region')} must be an AWS region such as us-east-1; got "${region}"`);
  return {
    workspace: ctx.workspace,
    include: items(pick('paths') ?? DEFAULT_INCLUDE),
    exclude: pick('exclude') === undefined ? DEFAULT_EXCLUDE : items(pick('exclude')),
    failOn: oneOf(flag('fail-on'), pick('fail-on') ?? 'high', FAIL_ON),
    accessAnalyzer: {
      // The CLI makes no AWS call unless asked (ambient credentials on a laptop are not consent);
      // the Action runs the checks when the workflow gave it credentials.
      mode: oneOf(
        flag('access-analyzer'),
        pick('access-analyzer') ?? (ctx.surface === 'cli' ? 'off' : 'auto'),
        ACCESS_ANALYZER_MODES,
      ),
      region,
      checks: accessAnalyzerChecks(pick('checks')),
      sensitiveActions: sensitiveActions(pick('sensitive-actions')),
    },
    parameters,
    config,
  };
}
