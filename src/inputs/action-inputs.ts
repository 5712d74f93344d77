/**
 * Action inputs (INPUT_* through @actions/core's getInput, passed in as a function) → options.
 * An input the workflow sets wins over the config file, even when it equals the default: so
 * action.yml declares no `default:` for the inputs the config may set (the runner would fill it
 * in and make "unset" and "set to the default" look alike), and the defaults are applied here.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { SEVERITIES, type FailOn, type Severity } from '../findings/types.js';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../files/discover.js';
import { DEFAULT_CONFIG, type Config } from '../inputs/config.js';
import { UsageError } from './errors.js';
import { parseParametersText } from './parameters.js';
import { accessAnalyzerChecks, sensitiveActions } from './access-analyzer-inputs.js';
import type { CheckName } from '../engines/access-analyzer/checks.js';

/** The documented defaults (interface §1), applied in code; action.yml only describes them. */
export const INPUT_DEFAULTS: Record<string, string> = {
  paths: DEFAULT_INCLUDE.join('\n'),
  exclude: DEFAULT_EXCLUDE.join('\n'),
  scan: 'changed',
  config: DEFAULT_CONFIG,
  'fail-on': 'high',
  'access-analyzer': 'auto',
  'aws-region': '',
  checks: 'validate,no-new-access,no-public-access,access-not-granted',
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

export interface ActionOptions {
  token: string;
  include: string[];
  exclude: string[];
  scan: 'changed' | 'all';
  /** The config path, and whether the workflow named it (then it must exist). */
  config: { path: string; explicit: boolean };
  failOn: FailOn;
  accessAnalyzer: 'auto' | 'on' | 'off';
  region: string;
  checks: Set<CheckName>;
  sensitiveActions: string[];
  parameters: Record<string, string>;
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

const list = (s: string): string[] =>
  s
    .split(/[\n,]/)
    .map((x) => x.trim())
    .filter(Boolean);

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new UsageError(`input ${name} must be one of ${allowed.join(', ')}; got "${value}"`);
  }
  return value as T;
}

function bool(name: string, value: string): boolean {
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new UsageError(`input ${name} must be true or false; got "${value}"`);
}

export function readActionInputs(
  get: (name: string) => string,
  env: NodeJS.ProcessEnv,
  config: (path: string, explicit: boolean) => Config | undefined,
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
  const parametersText = pick('parameters');
  const parameters =
    cfg?.parameters && typeof cfg.parameters === 'object' && !isSet('parameters')
      ? Object.fromEntries(Object.entries(cfg.parameters).map(([k, v]) => [k, String(v)]))
      : parametersText
        ? parseParametersText(parametersText, 'input parameters')
        : {};
  return {
    config: cfg,
    options: {
      token,
      include: list(pick('paths')),
      exclude: list(pick('exclude')),
      scan: oneOf('scan', pick('scan'), ['changed', 'all'] as const),
      config: { path: configPath, explicit: isSet('config') },
      failOn: oneOf('fail-on', pick('fail-on'), [...SEVERITIES, 'never'] as const),
      accessAnalyzer: oneOf('access-analyzer', pick('access-analyzer'), ['auto', 'on', 'off'] as const),
      region: pick('aws-region') || env.AWS_REGION || 'us-east-1',
      checks: accessAnalyzerChecks(pick('checks')),
      sensitiveActions: sensitiveActions(pick('sensitive-actions')),
      parameters,
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

/**
 * A path from the workflow or the config that PolicyGate writes to: it must stay inside the
 * workspace once symlinks are resolved (the nearest existing folder, and the file if it exists).
 */
export function containedPath(workspace: string, p: string, setting: string): string {
  const root = realpathSync(workspace);
  const abs = path.resolve(root, p);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch {
    let dir = path.dirname(abs);
    const rest = [path.basename(abs)];
    for (;;) {
      try {
        real = path.join(realpathSync(dir), ...rest);
        break;
      } catch {
        rest.unshift(path.basename(dir));
        const up = path.dirname(dir);
        if (up === dir) throw new UsageError(`${setting}: ${p} cannot be resolved`);
        dir = up;
      }
    }
  }
  const rel = path.relative(root, real);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel))
    throw new UsageError(`${setting}: ${p} is outside the workspace; give a path inside the repository`);
  return real;
}
