/**
 * The release process: the notes script refuses a tag that package.json or the CHANGELOG does
 * not agree with, and the workflow runs CI before it releases and moves the major tag after.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';

const CHANGELOG = `# Changelog

## 1.3.0 (unreleased)

- Work in progress.

## 1.2.0 (2026-11-02)

- Forks keep the gate.
- A new rule.

## 1.1.0 (2026-10-01)

- Older.
`;

function notes(tag: string, version: string, changelog = CHANGELOG) {
  const dir = mkdtempSync(path.join(tmpdir(), 'pg-release-'));
  writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog);
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'policygate', version }));
  const r = spawnSync(process.execPath, [path.resolve('scripts/release-notes.mjs'), tag], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('scripts/release-notes.mjs', () => {
  it("prints the tag's CHANGELOG section and nothing of the others", () => {
    const r = notes('v1.2.0', '1.2.0');
    expect(r).toEqual({ code: 0, stdout: '- Forks keep the gate.\n- A new rule.\n', stderr: '' });
  });

  it.each([
    ['a tag that is not a version', 'latest', '1.2.0', /expected a tag such as v1\.2\.3, got "latest"/],
    ['package.json at another version', 'v1.2.0', '1.1.0', /package\.json says version 1\.1\.0, the tag says 1\.2\.0/],
    ['a version the CHANGELOG does not have', 'v2.0.0', '2.0.0', /CHANGELOG\.md has no "## 2\.0\.0" section/],
    [
      'a section still marked unreleased',
      'v1.3.0',
      '1.3.0',
      /CHANGELOG\.md:3: the 1\.3\.0 section still says unreleased/,
    ],
  ])('refuses %s with one line and exit 2', (_name, tag, version, message) => {
    const r = notes(tag, version);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('.github/workflows/release.yml', () => {
  const wf = parseYaml(readFileSync('.github/workflows/release.yml', 'utf8')) as {
    on: { push: { tags: string[] } };
    jobs: { release: { steps: { name: string; run?: string }[] } };
  };
  const steps = wf.jobs.release.steps;
  const at = (pattern: RegExp) => steps.findIndex((s) => pattern.test(s.run ?? ''));

  it('runs on version tags, checks notes and CI before releasing, and moves the major tag after', () => {
    expect(wf.on.push.tags).toEqual(['v*.*.*']);
    const order = [
      /release-notes\.mjs/,
      /bash \.ci\/run/,
      /gh release create/,
      /git push -f origin "refs\/tags\/\$major"/,
    ];
    const positions = order.map(at);
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});
