/**
 * What the Action's scan reads for a pull request (github/pr-source.ts's scanSelection): the
 * decision main.ts used to make inline, now one function with a case per source.
 */
import path from 'node:path';
import { scanSelection, type PullRequestFiles } from '../src/github/pr-source.js';
import type { ActionEvent } from '../src/github/event.js';

const workspace = path.resolve('/tmp/ws');
const pr = { owner: 'acme', repo: 'infra', number: 7, baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) };
const event = (withPr: boolean): ActionEvent => ({
  workspace,
  owner: 'acme',
  repo: 'infra',
  pr: withPr ? pr : undefined,
  target: false,
  sha: pr.headSha,
  changedCount: undefined,
  apiUrl: 'https://api.github.com',
  serverUrl: 'https://github.com',
});
const globs = { include: ['**/*.yaml'], exclude: ['vendor/**'], wanted: (p: string) => p.endsWith('.yaml') };
const changed = (...paths: string[]): PullRequestFiles => ({
  files: paths.map((p) => ({ path: p, status: 'modified', lines: null })),
  via: 'checkout',
});

describe('scanSelection', () => {
  it('every file of the checkout (scan: all, or no pull request): at the head, compared with the base', () => {
    expect(scanSelection(event(true), undefined, globs)).toEqual({
      files: { paths: ['.'], include: globs.include, exclude: globs.exclude, changed: undefined, at: pr.headSha },
      compareWith: pr.baseSha,
      anything: true,
    });
    expect(scanSelection(event(false), undefined, globs)).toMatchObject({ compareWith: undefined, anything: true });
  });

  it('the changed files of the checkout, by absolute path', () => {
    const s = scanSelection(event(true), changed('infra/a.yaml', 'README.md'), globs);
    expect(s.files).toMatchObject({
      changed: new Set([path.join(workspace, 'infra/a.yaml'), path.join(workspace, 'README.md')]),
    });
    expect(s.anything).toBe(true);
  });

  it('nothing to scan when no changed file is a candidate', () => {
    expect(scanSelection(event(true), changed('README.md', 'src/app.ts'), globs).anything).toBe(false);
  });

  it('texts read as data (pull_request_target) are given, with their base versions', () => {
    const base = new Map([['a.yaml', 'Resources: {}\n']]);
    const source: PullRequestFiles = {
      ...changed('a.yaml'),
      via: 'git objects',
      supplied: { files: [{ rel: 'a.yaml', text: 'Resources: {B: {Type: AWS::S3::Bucket}}\n' }], base, warnings: [] },
    };
    expect(scanSelection({ ...event(true), target: true }, source, globs)).toEqual({
      files: { given: source.supplied!.files },
      compareWith: base,
      anything: true,
    });
  });
});
