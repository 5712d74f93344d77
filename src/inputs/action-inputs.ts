/**
 * Action inputs (INPUT_* through @actions/core's getInput, passed in as a function) → options.
 * The runner fills every input from action.yml's default, so an input equal to its default is
 * taken as "not set" and the config file may override it; an input set in the workflow wins.
 */
import { SEVERITIES, type FailOn } from '../findings/types.js';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../files/discover.js';
import { DEFAULT_CONFIG, type Config } from '../inputs/config.js';
import { UsageError } from './errors.js';
import { parseParametersText } from './parameters.js';
import { accessAnalyzerChecks, sensitiveActions } from './access-analyzer-inputs.js';
import type { CheckName } from '../engines/access-analyzer/checks.js';

/** The defaults of action.yml (a test keeps the two equal). */
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
};

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
  const isSet = (name: string) => raw(name) !== '' && raw(name) !== INPUT_DEFAULTS[name];
  const configPath = raw('config') || DEFAULT_CONFIG;
  const cfg = config(configPath, isSet('config'));
  const ci = (cfg?.inputs ?? {}) as Record<string, unknown>;
  // An input set in the workflow wins; then the config file; then action.yml's default.
  const pick = (name: string): string => {
    if (isSet(name)) return raw(name);
    const c = ci[name];
    if (c !== undefined) return Array.isArray(c) ? c.join('\n') : typeof c === 'object' ? JSON.stringify(c) : String(c);
    return raw(name) || INPUT_DEFAULTS[name] || '';
  };
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
      sarifFile: pick('sarif-file'),
    },
  };
}
