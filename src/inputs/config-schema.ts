/**
 * The config file's JSON Schema: the one definition both the validator (src/inputs/config.ts) and
 * the published `schema/policygate.schema.json` (scripts/gen-schema.mjs, for editors) are built
 * from, so the two cannot drift. Descriptions are annotations: ajv's strict mode accepts them.
 */
import { SEVERITIES } from './constants.js';

const stringList = (description: string) => ({
  description,
  oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
});
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
  ),
  'sensitive-actions': stringList('Actions CheckAccessNotGranted looks for (default: a built-in list).'),
  'allow-actions': {
    description:
      'Actions `iam-unknown-action` accepts (`service:Action`), for actions newer than the bundled IAM catalogue.',
    type: 'array',
    items: { type: 'string', pattern: '^[A-Za-z0-9-]+:[A-Za-z0-9_-]+$' },
  },
  parameters: {
    description: 'Template parameter values: a mapping, `Key=Value` lines, or the path of a parameters file.',
    oneOf: [{ type: 'string' }, { type: 'object', additionalProperties: { type: ['string', 'number', 'boolean'] } }],
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

/** What the validator compiles. */
export const CONFIG_SCHEMA = { type: 'object', additionalProperties: false, properties: PROPERTIES } as const;

export interface RuleSummary {
  id: string;
  severity: string;
  title: string;
}

/**
 * The schema editors load: the validator's, plus the built-in rule ids under `rules` (so they
 * complete), each described by its title and default severity.
 */
export function publishedSchema(rules: RuleSummary[]): Record<string, unknown> {
  const setting = CONFIG_SCHEMA.properties.rules.additionalProperties;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://raw.githubusercontent.com/policygate/policygate/main/schema/policygate.schema.json',
    title: 'PolicyGate configuration (.github/policygate.yml)',
    description: 'Generated from src/inputs/config-schema.ts by `npm run docs`; do not edit.',
    ...CONFIG_SCHEMA,
    properties: {
      ...PROPERTIES,
      rules: {
        ...PROPERTIES.rules,
        properties: Object.fromEntries(
          [...rules]
            .sort((a, b) => a.id.localeCompare(b.id))
            .map((r) => [r.id, { ...setting, description: `${r.title} (default: ${r.severity})` }]),
        ),
      },
    },
  };
}
