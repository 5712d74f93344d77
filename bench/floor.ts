/**
 * The floor `npm run bench` compares a scan with: one process that only finds, reads and parses
 * the same files with the same parser, and nothing else. Prints the number of files parsed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseText } from '../src/parse/index.js';

const root = process.argv[2];
let parsed = 0;
for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }).sort()) {
  if (!/\.(json|ya?ml)$/.test(name)) continue;
  const file = path.join(root, name);
  parseText(name, readFileSync(file, 'utf8'));
  parsed++;
}
process.stdout.write(`${parsed}\n`);
