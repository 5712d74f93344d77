// `npm run bench:accuracy`: scans checkov's CloudFormation test corpus with the committed CLI and
// scores the report with the corpus's own score.mjs, once on every labelled row and once without
// the rows documented as deliberate disagreements (bench/divergences.json, docs/accuracy.md).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const corpus = path.resolve(root, '../shared/corpus');
if (!existsSync(path.join(corpus, 'score.mjs'))) {
  console.error(`no corpus at ${corpus}: this benchmark needs ../shared/corpus beside the repository`);
  process.exit(2);
}
const started = performance.now();
const report = execFileSync(
  process.execPath,
  [path.join(root, 'dist/cli.js'), 'scan', 'templates', '--format', 'json', '--fail-on', 'never', '--access-analyzer', 'off'],
  { cwd: path.join(corpus, 'checkov'), maxBuffer: 256 << 20, encoding: 'utf8' },
);
const seconds = (performance.now() - started) / 1000;
const file = path.join(mkdtempSync(path.join(tmpdir(), 'pg-accuracy-')), 'report.json');
writeFileSync(file, report);
const score = (...extra) =>
  execFileSync(process.execPath, [path.join(corpus, 'score.mjs'), '--expected', path.join(corpus, 'checkov/expected.json'), '--report', file, ...extra], {
    encoding: 'utf8',
  });
const summary = JSON.parse(report).summary;
console.log(`scanned ${summary.files} files (${summary.templates} templates) in ${seconds.toFixed(2)} s\n`);
console.log('== every labelled row (checkov\'s verdicts)');
console.log(score());
console.log('== without the documented divergences (docs/accuracy.md, bench/divergences.json)');
console.log(score('--exclude', path.join(root, 'bench/divergences.json')));
