/**
 * The floor `npm run bench` compares a scan with: one process that only finds, reads and parses
 * the same files with the same parser, and nothing else. Prints the number of files parsed.
 * `floor ROOT K/N` parses only every Nth file from the Kth (0-based): N of these processes run
 * together give what N cores can do for parsing alone.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseText } from '../src/parse/index.js';

const root = process.argv[2];
const [part, parts] = (process.argv[3] ?? '0/1').split('/').map(Number);
let parsed = 0;
let seen = 0;
for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
  if (!/\.(json|ya?ml)$/.test(name)) continue;
  if (seen++ % parts !== part) continue;
  const file = path.join(root, name);
  parseText(name, readFileSync(file, 'utf8'));
  parsed++;
}
process.stdout.write(`${parsed}\n`);
