import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { containedPath, INPUT_DEFAULTS, readActionInputs } from '../src/inputs/action-inputs.js';
import { UsageError } from '../src/inputs/errors.js';
import type { Config } from '../src/inputs/config.js';

const action = parse(readFileSync('action.yml', 'utf8')) as {
  inputs: Record<string, { default?: string; description: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

/** What the runner passes: INPUT_* from the workflow's `with:`, else action.yml's default, else ''. */
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
  it.each(Object.entries(INPUT_DEFAULTS))(
    '%s has no default in action.yml (the config may set it) and documents the one the code applies',
    (name, value) => {
      expect(action.inputs[name].default).toBeUndefined();
      const documented = /Default: (.*?)\.?$/.exec(action.inputs[name].description)?.[1];
      if (value) expect(documented).toBe(value.split('\n').join(', '));
      else expect(documented).toBeDefined();
    },
  );
  it('keeps the contract defaults (interface §1)', () => {
    expect(INPUT_DEFAULTS).toMatchObject({
      scan: 'changed',
      'fail-on': 'high',
      'comment-on': 'medium',
      'check-name': 'PolicyGate',
      'config-from': 'base',
      deadline: '10',
      'sarif-file': 'policygate.sarif',
      review: 'true',
      'check-run': 'true',
      'summary-comment': 'true',
    });
  });
});

describe('inputs', () => {
  it('defaults', () => {
    const { options } = readActionInputs(inputs(), {}, config(undefined));
    expect(options).toMatchObject({
      failOn: 'high',
      scan: 'changed',
      review: true,
      accessAnalyzer: { mode: 'auto', region: 'us-east-1' },
      sarifFile: 'policygate.sarif',
    });
    expect(options.include).toEqual(['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template']);
    expect(options.configFile).toEqual({ path: '.github/policygate.yml', explicit: false });
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
  it('an input the workflow sets to its default value still wins over the config file', () => {
    const cfg = { inputs: { 'fail-on': 'never', 'comment-on': 'info', deadline: 60 }, rules: {}, ignore: [] };
    const { options } = readActionInputs(inputs({ 'fail-on': 'high', 'comment-on': 'medium' }), {}, config(cfg));
    expect(options).toMatchObject({ failOn: 'high', commentOn: 'medium', deadlineMinutes: 60 });
  });
  it('applies the new inputs and their defaults', () => {
    expect(readActionInputs(inputs(), {}, config(undefined)).options).toMatchObject({
      commentOn: 'medium',
      checkName: 'PolicyGate',
      configFrom: 'base',
      deadlineMinutes: 10,
    });
    const set = { 'comment-on': 'critical', 'check-name': 'IAM gate', 'config-from': 'head', deadline: '2.5' };
    expect(readActionInputs(inputs(set), {}, config(undefined)).options).toMatchObject({
      commentOn: 'critical',
      checkName: 'IAM gate',
      configFrom: 'head',
      deadlineMinutes: 2.5,
    });
    expect(readActionInputs(inputs({ 'sarif-file': 'none' }), {}, config(undefined)).options.sarifFile).toBe('');
  });
  it('takes the region from AWS_REGION when the input is empty, and a set config path as explicit', () => {
    const { options } = readActionInputs(
      inputs({ config: 'ci/pg.yml' }),
      { AWS_REGION: 'eu-west-1' },
      config(undefined),
    );
    expect(options.accessAnalyzer.region).toBe('eu-west-1');
    expect(options.configFile).toEqual({ path: 'ci/pg.yml', explicit: true });
  });
  it.each([
    ['fail-on', 'severe', /input fail-on must be one of critical, high, medium, low, info, never; got "severe"/],
    ['review', 'maybe', /input review must be true or false; got "maybe"/],
    ['scan', 'some', /input scan must be one of changed, all/],
    ['comment-on', 'never', /input comment-on must be one of critical, high, medium, low, info; got "never"/],
    ['config-from', 'fork', /input config-from must be one of base, head/],
    ['deadline', '0', /input deadline must be a number of minutes above 0; got "0"/],
  ])('refuses %s=%s', (name, value, message) => {
    expect(() => readActionInputs(inputs({ [name]: value }), {}, config(undefined))).toThrow(UsageError);
    expect(() => readActionInputs(inputs({ [name]: value }), {}, config(undefined))).toThrow(message);
  });
});

describe('paths PolicyGate writes to', () => {
  const ws = mkdtempSync(path.join(tmpdir(), 'pg-ws-'));
  mkdirSync(path.join(ws, 'out'));
  symlinkSync(tmpdir(), path.join(ws, 'escape'));
  it('stay inside the workspace', () => {
    expect(containedPath(ws, 'out/x.sarif', 'sarif-file')).toBe(path.join(ws, 'out/x.sarif'));
    expect(containedPath(ws, 'new/dir/x.sarif', 'sarif-file')).toBe(path.join(ws, 'new/dir/x.sarif'));
  });
  it.each([['/somewhere/else.sarif'], ['../x.sarif'], ['escape/x.sarif'], ['.']])(
    'refuses %s, naming the setting',
    (p) => {
      expect(() => containedPath(ws, p, 'sarif-file')).toThrow(UsageError);
      expect(() => containedPath(ws, p, 'sarif-file')).toThrow(
        /^sarif-file: .* (is outside the workspace|is the workspace folder)/,
      );
    },
  );
});
