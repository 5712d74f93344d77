/**
 * One `Options` for the CLI and the Action (src/inputs/options.ts): the same settings resolve the
 * same way from flags and from inputs; parameters files in every format; where files may come from.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { resolveOptions, resolveParameters } from '../src/inputs/options.js';
import { cliOptions, parseCommand, type ScanFlags } from '../src/inputs/cli-options.js';
import { readActionInputs } from '../src/inputs/action-inputs.js';
import { UsageError } from '../src/inputs/errors.js';
import { RULES } from '../src/rules/index.js';

const ids = new Set(RULES.map((r) => r.meta.id));

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-options-'));
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

describe('parameters', () => {
  const ws = workspace({
    'map.json': '{"Env": "prod", "Count": 3}',
    'cfn.json': '[{"ParameterKey": "Env", "ParameterValue": "prod"}, {"ParameterKey": "Count", "ParameterValue": "3"}]',
    'pipeline.json': '{"Parameters": {"Env": "prod", "Count": "3"}}',
    'map.yaml': 'Env: prod\nCount: 3\n',
    'cfn.yaml': '- ParameterKey: Env\n  ParameterValue: prod\n- ParameterKey: Count\n  ParameterValue: "3"\n',
    'lines.txt': 'Env=prod\nCount=3\n',
  });
  it.each(['map.json', 'cfn.json', 'pipeline.json', 'map.yaml', 'cfn.yaml', 'lines.txt'])('%s', (file) => {
    for (const trusted of [true, false]) {
      expect(resolveParameters(file, 'parameters', { workspace: ws, cwd: ws, trusted })).toEqual({
        Env: 'prod',
        Count: '3',
      });
    }
  });
  it('inline: Key=Value lines, a JSON document, a YAML mapping', () => {
    const f = { workspace: ws, cwd: ws, trusted: false };
    expect(resolveParameters('Env=prod\nCount=3', 'p', f)).toEqual({ Env: 'prod', Count: '3' });
    expect(resolveParameters('{"Env": "prod"}', 'p', f)).toEqual({ Env: 'prod' });
    expect(resolveParameters('Env: prod', 'p', f)).toEqual({ Env: 'prod' });
  });
  it("a file from the repository (the Action, the config) stays inside it; the CLI user's is theirs", () => {
    const outside = workspace({ 'p.json': '{"Env": "prod"}' });
    const rel = path.relative(ws, path.join(outside, 'p.json'));
    expect(() => resolveParameters(rel, 'input parameters', { workspace: ws, cwd: ws, trusted: false })).toThrow(
      /input parameters: .* is outside the workspace/,
    );
    expect(resolveParameters(rel, '--parameters', { workspace: ws, cwd: ws, trusted: true })).toEqual({ Env: 'prod' });
  });
  it('a file that is not a parameters document says what is expected', () => {
    const bad = workspace({ 'p.json': '"just a string"' });
    expect(() => resolveParameters('p.json', 'input parameters', { workspace: bad, cwd: bad, trusted: false })).toThrow(
      /p\.json: expected a mapping of parameter names to values/,
    );
  });
});

describe('the CLI and the Action resolve the shared settings alike', () => {
  it('from the same values given as flags and as inputs', () => {
    const ws = workspace({ 'params.yaml': 'Env: prod\n', 'a.yaml': 'Resources: {}\n' });
    const flags = parseCommand([
      'scan',
      '--fail-on',
      'medium',
      '--access-analyzer',
      'on',
      '--region',
      'eu-west-1',
      '--parameters',
      'params.yaml',
    ]) as ScanFlags;
    const cli = cliOptions(flags, { cwd: ws, env: {} }, ids);
    const given: Record<string, string> = {
      'fail-on': 'medium',
      'access-analyzer': 'on',
      'aws-region': 'eu-west-1',
      parameters: 'params.yaml',
      'github-token': 't',
    };
    const { options: action } = readActionInputs(
      (n) => given[n] ?? '',
      {},
      () => undefined,
      ws,
    );
    for (const key of ['failOn', 'accessAnalyzer', 'parameters', 'include', 'exclude', 'workspace'] as const)
      expect([key, cli[key]]).toEqual([key, action[key]]);
  });
  it('differ only where the contract says: Access Analyzer is off in the CLI, auto in the Action', () => {
    const ctx = { workspace: '/w', cwd: '/w', env: {} };
    expect(resolveOptions({}, undefined, { ...ctx, surface: 'cli' }).accessAnalyzer.mode).toBe('off');
    expect(resolveOptions({}, undefined, { ...ctx, surface: 'action' }).accessAnalyzer.mode).toBe('auto');
  });
  it('name the setting the way each surface spells it', () => {
    const ctx = { workspace: '/w', cwd: '/w', env: {} };
    expect(() => resolveOptions({ 'fail-on': 'x' }, undefined, { ...ctx, surface: 'cli' })).toThrow(
      new UsageError('--fail-on must be one of critical, high, medium, low, info, never; got "x"'),
    );
    expect(() => resolveOptions({ 'aws-region': 'mars' }, undefined, { ...ctx, surface: 'action' })).toThrow(
      /^input aws-region must be an AWS region/,
    );
  });
});
