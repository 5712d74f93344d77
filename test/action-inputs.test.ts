import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { INPUT_DEFAULTS, readActionInputs } from '../src/inputs/action-inputs.js';
import { UsageError } from '../src/inputs/errors.js';
import type { Config } from '../src/inputs/config.js';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

const inputs =
  (over: Record<string, string> = {}) =>
  (name: string) =>
    over[name] ?? (name === 'github-token' ? 'tok' : (action.inputs[name]?.default ?? ''));

const config = (c: Partial<Config> | undefined) => () => c as Config | undefined;

describe('action.yml', () => {
  it('runs dist/index.js on node24 and names every input and output of the contract', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    expect(Object.keys(action.inputs).sort()).toEqual(['github-token', ...Object.keys(INPUT_DEFAULTS)].sort());
    expect(Object.keys(action.outputs).sort()).toEqual(
      ['conclusion', 'critical', 'findings', 'high', 'info', 'low', 'medium', 'report-file', 'sarif-file'].sort(),
    );
  });
  it.each(Object.entries(INPUT_DEFAULTS))('the default of %s matches the code', (name, value) => {
    expect(action.inputs[name].default ?? '').toBe(value);
  });
});

describe('inputs', () => {
  it('defaults', () => {
    const { options } = readActionInputs(inputs(), {}, config(undefined));
    expect(options).toMatchObject({
      failOn: 'high',
      scan: 'changed',
      review: true,
      region: 'us-east-1',
      sarifFile: 'policygate.sarif',
    });
    expect(options.include).toEqual(['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template']);
    expect(options.config).toEqual({ path: '.github/policygate.yml', explicit: false });
  });
  it('the config file overrides defaults, an input set in the workflow overrides the config', () => {
    const cfg = { inputs: { 'fail-on': 'critical', review: false, paths: ['infra/**'] }, rules: {}, ignore: [] };
    expect(readActionInputs(inputs(), {}, config(cfg)).options).toMatchObject({
      failOn: 'critical',
      review: false,
      include: ['infra/**'],
    });
    expect(readActionInputs(inputs({ 'fail-on': 'medium' }), {}, config(cfg)).options.failOn).toBe('medium');
  });
  it('takes the region from AWS_REGION when the input is empty, and a set config path as explicit', () => {
    const { options } = readActionInputs(
      inputs({ config: 'ci/pg.yml' }),
      { AWS_REGION: 'eu-west-1' },
      config(undefined),
    );
    expect(options.region).toBe('eu-west-1');
    expect(options.config).toEqual({ path: 'ci/pg.yml', explicit: true });
  });
  it.each([
    ['fail-on', 'severe', /input fail-on must be one of critical, high, medium, low, info, never; got "severe"/],
    ['review', 'maybe', /input review must be true or false; got "maybe"/],
    ['scan', 'some', /input scan must be one of changed, all/],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => readActionInputs(inputs({ [name]: value }), {}, config(undefined))).toThrow(UsageError);
    expect(() => readActionInputs(inputs({ [name]: value }), {}, config(undefined))).toThrow(message);
  });
});
