/**
 * The config file's JSON Schema: the one definition both the validator (src/inputs/config.ts) and
 * the published `schema/policygate.schema.json` (`npm run docs`, for editors) are built from, so
 * the two cannot drift. It says everything a schema can: keys, severities, check names, action
 * shapes and, given the rule ids, which ids `rules:` and `ignore:` may name. It compiles under
 * ajv's strict mode with no union types (`type: [a, b]` is written as `anyOf`).
 */
import { CHECKS, SEVERITIES } from './constants.js';

const stringList = (description: string, item: Record<string, unknown> = {}, commaList?: string) => ({
  description,
  oneOf: [
    { type: 'string', ...(commaList ? { pattern: commaList } : {}) },
    { type: 'array', items: { type: 'string', ...item } },
  ],
});
/**
 * Items that each match `item` (a regular expression's source), separated by commas or newlines
 * as the action inputs are; empty is the default.
 */
const commaList = (item: string) => `^[\\s,]*((${item})(\\s*[,\\n][\\s,]*(${item}))*)?[\\s,]*$`;
const ACTION = '[\\w-]+:[\\w*?]+';
/** Access Analyzer's ids are its issue codes: not a closed list, so a shape. */
const ACCESS_ANALYZER_ID = '^access-analyzer/[A-Za-z0-9_-]+$';
const bool = (description: string) => ({ type: 'boolean', description });
const LEVELS = [...SEVERITIES, 'never'];

const PROPERTIES = {
  'github-token': { type: 'string', description: 'Token for the GitHub API (better left to the workflow).' },
  paths: stringList('Globs of candidate files, relative to the scanned folder.'),
  exclude: stringList('Globs removed from `paths`.'),
  scan: {
    enum: ['changed', 'all'],
    description: '`changed`: only files the pull request adds or modifies; `all`: every matching file.',
  },
  config: { type: 'string', description: 'Path of this config file.' },
  'fail-on': { enum: LEVELS, description: 'Lowest severity that fails the run.' },
  'comment-on': { enum: SEVERITIES, description: 'Lowest severity that gets an inline review comment.' },
  'access-analyzer': {
    enum: ['auto', 'on', 'off'],
    description:
      '`auto`: run the IAM Access Analyzer checks when AWS credentials resolve; `on`: missing credentials fail the run; `off`.',
  },
  'aws-region': {
    type: 'string',
    pattern: '^[a-z]{2}(-[a-z]+)+-\\d$',
    description: 'Region for Access Analyzer calls.',
  },
  checks: stringList(
    'Access Analyzer checks: validate, no-new-access, no-public-access, access-not-granted (comma-separated or a list).',
    { enum: [...CHECKS] },
    commaList(CHECKS.join('|')),
  ),
  'sensitive-actions': stringList(
    'Actions CheckAccessNotGranted looks for (default: a built-in list).',
    { pattern: `^${ACTION}$` },
    commaList(ACTION),
  ),
  'allow-actions': {
    description:
      'Actions `iam-unknown-action` accepts (`service:Action`), for actions newer than the bundled IAM catalogue.',
    type: 'array',
    items: { type: 'string', pattern: '^[A-Za-z0-9-]+:[A-Za-z0-9_-]+$' },
  },
  parameters: {
    description: 'Template parameter values: a mapping, `Key=Value` lines, or the path of a parameters file.',
    oneOf: [
      { type: 'string' },
      {
        type: 'object',
        additionalProperties: { anyOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }] },
      },
    ],
  },
  review: bool('Post inline pull request review comments.'),
  'check-run': bool('Create the check run.'),
  'check-name': { type: 'string', minLength: 1, description: 'Name of the check run.' },
  'summary-comment': bool('Keep one sticky summary comment on the pull request.'),
  'sarif-file': { type: 'string', description: 'Where to write SARIF (inside the repository; empty: do not).' },
  'config-from': {
    enum: ['base', 'head'],
    description: "On pull requests, read this file from the base commit (default) or from the pull request's head.",
  },
  deadline: {
    type: 'number',
    exclusiveMinimum: 0,
    description: 'Minutes after which the run stops and fails, saying what did not finish.',
  },
  rules: {
    type: 'object',
    description: "Per-rule settings: `off`, or a severity that replaces the rule's default.",
    propertyNames: { pattern: '^[a-z0-9-]+(/[A-Za-z0-9_-]+)?$' },
    additionalProperties: { enum: ['off', ...SEVERITIES] },
  },
  ignore: {
    type: 'array',
    description: 'Suppressions: a rule, optionally narrowed to a path glob and a logical id, with a reason.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['rule'],
      properties: {
        rule: { type: 'string', description: 'A rule id, an Access Analyzer id, or `*`.' },
        path: { type: 'string', description: 'Glob of the files it applies to.' },
        resource: { type: 'string', description: 'CloudFormation logical id it applies to.' },
        reason: { type: 'string', description: 'Why: a suppression without one is itself a finding.' },
      },
    },
  },
};

/**
 * The schema for these rule ids: `rules:` keys and `ignore[].rule` must be one of them (or an
 * Access Analyzer id; `ignore` also takes `*`). Without ids, any id-shaped name passes.
 */
export function configSchema(ruleIds?: readonly string[]) {
  const ids = ruleIds ? [...ruleIds].sort() : undefined;
  const ruleName = ids
    ? { anyOf: [{ enum: ids }, { pattern: ACCESS_ANALYZER_ID }] }
    : { pattern: '^[a-z0-9-]+(/[A-Za-z0-9_-]+)?$' };
  return {
    type: 'object',
    additionalProperties: false,
    properties: {
      ...PROPERTIES,
      rules: { ...PROPERTIES.rules, propertyNames: { type: 'string', ...ruleName } },
      ignore: {
        ...PROPERTIES.ignore,
        items: {
          ...PROPERTIES.ignore.items,
          properties: {
            ...PROPERTIES.ignore.items.properties,
            rule: {
              ...PROPERTIES.ignore.items.properties.rule,
              ...(ids ? { anyOf: [{ enum: ['*', ...ids] }, { pattern: ACCESS_ANALYZER_ID }] } : {}),
            },
          },
        },
      },
    },
  };
}

/** The keys a config may have, for "did you mean". */
export const CONFIG_KEYS = Object.keys(PROPERTIES);
export const IGNORE_KEYS = Object.keys(PROPERTIES.ignore.items.properties);

export interface RuleSummary {
  id: string;
  severity: string;
  title: string;
}

/**
 * The schema editors load: the validator's for the built-in rule ids, plus each rule under
 * `rules` (so they complete), described by its title and default severity.
 */
export function publishedSchema(rules: RuleSummary[]): Record<string, unknown> {
  const schema = configSchema(rules.map((r) => r.id));
  const setting = PROPERTIES.rules.additionalProperties;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/policygate/policygate/main/schema/policygate.schema.json',
    title: 'PolicyGate configuration (.github/policygate.yml)',
    description: 'Generated from src/inputs/config-schema.ts by `npm run docs`; do not edit.',
    ...schema,
    properties: {
      ...schema.properties,
      rules: {
        ...schema.properties.rules,
        properties: Object.fromEntries(
          [...rules]
            .sort((a, b) => a.id.localeCompare(b.id))
            .map((r) => [r.id, { ...setting, description: `${r.title} (default: ${r.severity})` }]),
        ),
      },
    },
  };
}
