// Prints the CHANGELOG section of a release tag, for the GitHub release's notes, after checking
// that the tag, package.json and the CHANGELOG agree. Usage: node scripts/release-notes.mjs vX.Y.Z
// Exit 2 with one line when they do not: a release is never made from notes that are not written.
import { readFileSync } from 'node:fs';

const [tag, changelog = 'CHANGELOG.md', manifest = 'package.json'] = process.argv.slice(2);
const fail = (message) => {
  process.stderr.write(`release-notes: ${message}\n`);
  process.exit(2);
};
const m = /^v(\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?)$/.exec(tag ?? '');
if (!m) fail(`expected a tag such as v1.2.3, got "${tag ?? ''}"`);
const version = m[1];
const pkg = JSON.parse(readFileSync(manifest, 'utf8'));
if (pkg.version !== version) fail(`${manifest} says version ${pkg.version}, the tag says ${version}`);
const lines = readFileSync(changelog, 'utf8').split('\n');
const start = lines.findIndex((l) => l.startsWith(`## ${version} `) || l === `## ${version}`);
if (start < 0) fail(`${changelog} has no "## ${version}" section`);
if (/unreleased/i.test(lines[start])) fail(`${changelog}:${start + 1}: the ${version} section still says unreleased`);
const end = lines.findIndex((l, i) => i > start && l.startsWith('## '));
const body = lines
  .slice(start + 1, end < 0 ? undefined : end)
  .join('\n')
  .trim();
if (!body) fail(`${changelog}:${start + 1}: the ${version} section is empty`);
process.stdout.write(`${body}\n`);
