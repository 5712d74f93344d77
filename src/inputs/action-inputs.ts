/**
 * Action inputs (INPUT_* through @actions/core's getInput, passed in as a function) → options.
 * An input the workflow sets wins over the config file, even when it equals the default: so
 * action.yml declares no `default:` for the inputs the config may set (the runner would fill it
 * in and make "unset" and "set to the default" look alike), and the defaults are applied here.
 */
import { CHECKS, DEFAULT_CONFIG, DEFAULT_EXCLUDE, DEFAULT_INCLUDE, SEVERITIES, type Severity } from './constants.js';
import type { Config } from './config.js';
import { UsageError } from './errors.js';
import { oneOf as oneOfSetting, resolveOptions, type Options } from './options.js';
import { realpathSync } from 'node:fs';
import { containedPath as contained } from './paths.js';

/** The documented defaults (interface §1), applied in code; action.yml only describes them. */
export const INPUT_DEFAULTS: Record<string, string> = {
  paths: DEFAULT_INCLUDE.join('\n'),
  exclude: DEFAULT_EXCLUDE.join('\n'),
  scan: 'changed',
  config: DEFAULT_CONFIG,
  'fail-on': 'high',
  'access-analyzer': 'auto',
  'aws-region': '',
  checks: CHECKS.join(','),
  'sensitive-actions': '',
  parameters: '',
  review: 'true',
  'check-run': 'true',
  'summary-comment': 'true',
  'sarif-file': 'policygate.sarif',
  'comment-on': 'medium',
  'check-name': 'PolicyGate',
  'config-from': 'base',
  deadline: '10',
};

/** Values that turn `sarif-file` off (an empty input cannot be told from an unset one). */
const NO_FILE = /^(none|false|off)$/i;

/** The shared `Options`, and what only the Action has. */
export interface ActionOptions extends Options {
  token: string;
  scan: 'changed' | 'all';
  /** The config path, and whether the workflow named it (then it must exist). */
  configFile: { path: string; explicit: boolean };
  review: boolean;
  checkRun: boolean;
  summaryComment: boolean;
  sarifFile: string;
  commentOn: Severity;
  checkName: string;
  /** On pull requests, read the config file from the base commit (default) or the head. */
  configFrom: 'base' | 'head';
  /** Minutes after which the run stops and fails. */
  deadlineMinutes: number;
}

const oneOf = <T extends string>(name: string, value: string, allowed: readonly T[]): T =>
  oneOfSetting(`input ${name}`, value, allowed);

function bool(name: string, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new UsageError(`input ${name} must be true or false; got "${value}"`);
}

export function readActionInputs(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv,
  config: (path: string, explicit: boolean) => Config | undefined,
  workspace: string = env.GITHUB_WORKSPACE ?? process.cwd(),
): { options: ActionOptions; config: Config | undefined } {
  const raw = (name: string) => get(name).trim();
  const isSet = (name: string) => raw(name) !== '';
  const configPath = raw('config') || DEFAULT_CONFIG;
  const cfg = config(configPath, isSet('config'));
  const ci = (cfg?.inputs ?? {}) as Record<string, unknown>;
  // An input set in the workflow wins; then the config file; then action.yml's default.
  const pick = (name: string): string => {
    if (isSet(name)) return raw(name);
    const c = ci[name];
    if (c !== undefined) return Array.isArray(c) ? c.join('\n') : typeof c === 'object' ? JSON.stringify(c) : String(c);
    return INPUT_DEFAULTS[name] ?? '';
  };
  const deadline = Number(pick('deadline'));
  if (!Number.isFinite(deadline) || deadline <= 0)
    throw new UsageError(`input deadline must be a number of minutes above 0; got "${pick('deadline')}"`);
  const checkName = pick('check-name').trim();
  if (!checkName || checkName.length > 100)
    throw new UsageError(`input check-name must be 1 to 100 characters; got "${checkName}"`);
  const token = raw('github-token');
  const shared = resolveOptions(
    Object.fromEntries(
      (
        [
          'paths',
          'exclude',
          'fail-on',
          'access-analyzer',
          'aws-region',
          'checks',
          'sensitive-actions',
          'parameters',
        ] as const
      ).map((n) => [n, raw(n)]),
    ),
    cfg,
    { surface: 'action', workspace, cwd: workspace, env },
  );
  return {
    config: cfg,
    options: {
      ...shared,
      token,
      scan: oneOf('scan', pick('scan'), ['changed', 'all'] as const),
      configFile: { path: configPath, explicit: isSet('config') },
      review: bool('review', pick('review')),
      checkRun: bool('check-run', pick('check-run')),
      summaryComment: bool('summary-comment', pick('summary-comment')),
      sarifFile: NO_FILE.test(pick('sarif-file')) ? '' : pick('sarif-file'),
      commentOn: oneOf('comment-on', pick('comment-on'), SEVERITIES),
      checkName,
      configFrom: oneOf('config-from', isSet('config-from') ? raw('config-from') : pick('config-from'), [
        'base',
        'head',
      ] as const),
      deadlineMinutes: deadline,
    },
  };
}

/** A file PolicyGate writes for the workflow (`sarif-file`): inside the workspace, and not the workspace itself. */
export function containedPath(workspace: string, p: string, setting: string): string {
  const real = contained(workspace, p, setting);
  if (real === realpathSync(workspace))
    throw new UsageError(`${setting}: ${p} is the workspace folder; give a file inside it`);
  return real;
}
