/**
 * The published schema (schema/policygate.schema.json, what editors load) agrees with the
 * validator the CLI and the Action run: a config one accepts, the other accepts, and what one
 * refuses, the other refuses (rule ids, check names, severities, keys). It compiles under ajv's
 * strict mode with nothing allowed beyond it. CI regenerates the file and fails when it is not
 * current.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { loadConfig } from '../src/inputs/config.js';
import { RULES } from '../src/rules/index.js';

const published = JSON.parse(readFileSync('schema/policygate.schema.json', 'utf8')) as Record<string, unknown>;
// Strict, as a user's tooling may compile it: no union types, no unknown keywords.
const editor = new Ajv({ allErrors: true, strict: true }).compile(published);
const ids = new Set(RULES.map((r) => r.meta.id));

function validator(yaml: string): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-schema-'));
  writeFileSync(path.join(dir, 'policygate.yml'), yaml);
  try {
    loadConfig(dir, 'policygate.yml', ids);
    return true;
  } catch {
    return false;
  }
}

const FULL = `fail-on: medium
comment-on: high
access-analyzer: off
aws-region: eu-west-1
paths: [infra/**/*.yaml, policies/*.json]
exclude: legacy/**
scan: all
checks: validate,no-public-access
sensitive-actions: [iam:PassRole, kms:Decrypt]
parameters: { Env: prod, Replicas: 3 }
review: true
check-run: true
check-name: PolicyGate (infra)
summary-comment: false
sarif-file: out/policygate.sarif
config-from: base
deadline: 15
rules:
  iam-wildcard-resource: off
  s3-no-access-logging: low
ignore:
  - rule: sg-open-admin-port
    path: sandbox/**
    resource: Bastion
    reason: sandbox account, no data
`;

describe('the published config schema', () => {
  it('compiles under ajv strict mode (no allowUnionTypes)', () => {
    expect(() =>
      new Ajv({ strict: true, strictTypes: true, strictTuples: true, strictRequired: true }).compile(published),
    ).not.toThrow();
  });

  it('names every built-in rule under rules, with its title and default severity', () => {
    const rules = (published.properties as Record<string, { properties: Record<string, { description: string }> }>)
      .rules.properties;
    expect(Object.keys(rules).sort()).toEqual([...ids].sort());
    const one = RULES[0].meta;
    expect(rules[one.id].description).toBe(`${one.title} (default: ${one.severity})`);
  });

  it.each([
    ['a config using every key', FULL, true],
    ['an unknown key', 'fail-on: high\nfailon: never\n', false],
    ['a bad severity', 'fail-on: severe\n', false],
    ['a rule set to a bad level', 'rules: { iam-admin-access: loud }\n', false],
    ['an ignore entry without a rule', 'ignore: [ { reason: x } ]\n', false],
    ['an ignore entry with an unknown key', 'ignore: [ { rule: iam-admin-access, until: 2027 } ]\n', false],
    ['a non-positive deadline', 'deadline: 0\n', false],
    ['a region that is not one', 'aws-region: Frankfurt\n', false],
    ['a mistyped key', 'fail_on: high\n', false],
    ['an unknown rule id under rules', 'rules: { sg-open-admin-prot: off }\n', false],
    ['an Access Analyzer id under rules', 'rules: { access-analyzer/PASS_ROLE_WITH_STAR: off }\n', true],
    ['an unknown rule id in ignore', 'ignore: [ { rule: iam-user-acess-key, reason: x } ]\n', false],
    ['every rule in ignore', 'ignore: [ { rule: "*", path: "vendor/**", reason: x } ]\n', true],
    ['an unknown check (comma-separated)', 'checks: validate,no-new-acess\n', false],
    ['an unknown check (a list)', 'checks: [validate, public]\n', false],
    ['checks on several lines', 'checks: "validate\\nno-public-access"\n', true],
    ['no checks (the default)', 'checks: ""\n', true],
    ['a sensitive action that is not one', 'sensitive-actions: iam:PassRole,kms\n', false],
    ['a parameter value that is a list', 'parameters: { Subnets: [a, b] }\n', false],
    ['a comment-on that is not a severity', 'comment-on: never\n', false],
  ])('agrees with the validator on %s', (_name, yaml, valid) => {
    expect(editor(parseYaml(yaml))).toBe(valid);
    expect(validator(yaml)).toBe(valid);
  });
});
