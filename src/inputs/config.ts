/**
 * The config file (`.github/policygate.yml`, or `--config`): every action input under its own
 * name, `rules:` overrides and `ignore:` suppressions. Validated against a JSON Schema (ajv); an
 * unknown key or a bad value is a UsageError naming the file, the line and what was expected.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseText, ParseFailure } from '../parse/index.js';
import { get, isMap, isSeq, toPlain, type Node } from '../parse/node.js';
import { SourceText } from '../parse/source.js';
import { DEFAULT_CONFIG, type FailOn, type Severity } from './constants.js';
import { UsageError } from './errors.js';
import { CONFIG_SCHEMA } from './config-schema.js';
import { MAX_CONFIG_FILE_BYTES, containedGlob, containedPath, isInside } from './paths.js';

export { DEFAULT_CONFIG };

export interface IgnoreEntry {
  rule: string;
  path?: string;
  resource?: string;
  reason?: string;
  /** Where the entry is written, for findings about the entry itself. */
  node: Node;
}

export interface Config {
  /** Repo-relative path of the config file. */
  file: string;
  source: SourceText;
  paths?: string[];
  exclude?: string[];
  failOn?: FailOn;
  accessAnalyzer?: 'auto' | 'on' | 'off';
  region?: string;
  parameters?: Record<string, string> | string;
  rules: Record<string, 'off' | Severity>;
  ignore: IgnoreEntry[];
  /** `allow-actions:`: actions newer than the IAM catalogue, accepted as known. */
  allowActions?: string[];
  /** The remaining inputs, for the Action. */
  inputs: Record<string, unknown>;
}

// Compiled on first use: most runs have no config file, and compiling costs start-up time.
let compiled: ValidateFunction | undefined;
const validator = (): ValidateFunction =>
  (compiled ??= new Ajv({ allErrors: true, strict: true, allowUnionTypes: true }).compile(CONFIG_SCHEMA));

const list = (v: unknown): string[] | undefined =>
  v === undefined
    ? undefined
    : (Array.isArray(v) ? v : String(v).split(/[\n,]/)).map((s) => String(s).trim()).filter(Boolean);

/**
 * Reads the config: `explicit` (from --config) must exist; otherwise the default file is read
 * when it exists. `knownRules` are the ids `rules:` and `ignore:` may name.
 */
export function loadConfig(cwd: string, explicit: string | undefined, knownRules: Set<string>): Config | undefined {
  const rel = explicit ?? DEFAULT_CONFIG;
  const abs = path.resolve(cwd, rel);
  if (!explicit && !existsSync(abs)) return undefined;
  const text = readConfigText(cwd, rel, abs);
  return parseConfig(path.relative(cwd, abs).split(path.sep).join('/'), text, knownRules, cwd);
}

/**
 * A config file's text, from wherever it was read (the work tree, or a commit: on a pull request
 * the Action takes it from the base), validated. `file` is the repo-relative name for messages;
 * the paths it names must stay inside `cwd`, the workspace.
 */
export function parseConfig(file: string, text: string, knownRules: Set<string>, cwd: string): Config {
  let parsed;
  try {
    parsed = parseText(file, text);
  } catch (e) {
    if (!(e instanceof ParseFailure)) throw e;
    const { line, column } = new SourceText(text).position(e.offset);
    throw new UsageError(`${file}:${line}:${column}: ${e.message}`);
  }
  const { source, root } = parsed;
  if (root === undefined) return emptyConfig(file, source);
  const at = (node: Node | undefined, message: string): UsageError => {
    const p = source.position(node?.start ?? 0);
    return new UsageError(`${file}:${p.line}:${p.column}: ${message}`);
  };
  const value = toPlain(root);
  const validate = validator();
  if (!validate(value)) {
    const errors = validate.errors!;
    throw at(nodeFor(root, pick(errors)), describe(errors));
  }
  const v = value as Record<string, unknown>;
  const rules: Config['rules'] = {};
  const rulesNode = get(root, 'rules');
  for (const [id, setting] of Object.entries((v.rules ?? {}) as Record<string, string>)) {
    if (!knownRules.has(id) && !id.startsWith('access-analyzer/')) {
      const keyNode = isMap(rulesNode) ? rulesNode.pairs.find((p) => p.key.value === id)?.key : undefined;
      throw at(keyNode, `rules: unknown rule "${id}"; \`policygate rules\` lists the ids`);
    }
    rules[id] = setting as Config['rules'][string];
  }
  const ignoreNode = get(root, 'ignore');
  const ignore: IgnoreEntry[] = ((v.ignore ?? []) as Omit<IgnoreEntry, 'node'>[]).map((e, i) => {
    const node = isSeq(ignoreNode) ? ignoreNode.items[i] : root;
    if (e.rule !== '*' && !knownRules.has(e.rule) && !e.rule.startsWith('access-analyzer/')) {
      throw at(get(node, 'rule'), `ignore: unknown rule "${e.rule}"; \`policygate rules\` lists the ids`);
    }
    return { ...e, node };
  });
  // Paths the config names stay inside the workspace (the config comes from the repository).
  const contained = (key: string, check: (value: string, setting: string) => unknown) => {
    const raw = v[key];
    for (const [i, value] of (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).entries()) {
      try {
        check(String(value), key);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        const node = get(root, key);
        throw at(isSeq(node) ? node.items[i] : node, e.message);
      }
    }
  };
  contained('sarif-file', (p, s) => p && containedPath(cwd, p, s));
  contained('paths', (g, s) => list(g)?.forEach((x) => containedGlob(x, s)));
  contained('exclude', (g, s) => list(g)?.forEach((x) => containedGlob(x, s)));
  if (typeof v.parameters === 'string' && !PARAMETER_LINES.test(v.parameters)) {
    contained('parameters', (p, s) => containedPath(cwd, p, s));
  }
  const inputs = Object.fromEntries(
    Object.entries(v).filter(([k]) => k !== 'rules' && k !== 'ignore' && k !== 'allow-actions'),
  );
  return {
    file,
    source,
    paths: list(v.paths),
    exclude: list(v.exclude),
    failOn: v['fail-on'] as FailOn | undefined,
    accessAnalyzer: v['access-analyzer'] as Config['accessAnalyzer'],
    region: v['aws-region'] as string | undefined,
    parameters: v.parameters as Config['parameters'],
    ...(v['allow-actions'] ? { allowActions: v['allow-actions'] as string[] } : {}),
    rules,
    ignore,
    inputs,
  };
}

/** `parameters:` written as `Key=Value` lines rather than the path of a file. */
export const PARAMETER_LINES = /^[\w:.-]+=/m;

/**
 * The config file's text. A config inside the workspace (the usual `.github/policygate.yml`)
 * must still be inside after following links, and be a regular file: a link to /etc/shadow is
 * refused without reading it. An explicit `--config` outside the workspace is the user's own
 * choice, but must still be a regular file.
 */
function readConfigText(cwd: string, rel: string, abs: string): string {
  const fail = (why: string) => new UsageError(`${rel}: the config file ${why}`);
  let real: string;
  try {
    real = realpathSync(abs);
  } catch (e) {
    throw fail(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (isInside(path.resolve(cwd), abs) && !isInside(realpathSync(cwd), real)) {
    throw fail('is a link to a file outside the workspace; not read');
  }
  const st = statSync(real);
  if (!st.isFile()) throw fail('is not a regular file; not read');
  if (st.size > MAX_CONFIG_FILE_BYTES) throw fail(`is larger than ${MAX_CONFIG_FILE_BYTES / 1048576} MB; not read`);
  try {
    return readFileSync(real, 'utf8');
  } catch (e) {
    throw fail(`cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
}

function emptyConfig(file: string, source: SourceText): Config {
  return { file, source, rules: {}, ignore: [], inputs: {} };
}

/** The node an ajv error points at: the offending key for unknown keys, else the value. */
function nodeFor(root: Node, err: ErrorObject): Node | undefined {
  let n: Node | undefined = root;
  for (const seg of err.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (isSeq(n)) n = n.items[Number(seg)];
    else n = get(n, seg);
  }
  if (err.keyword === 'additionalProperties' && isMap(n)) {
    const extra = (err.params as { additionalProperty: string }).additionalProperty;
    return n.pairs.find((p) => p.key.value === extra)?.key ?? n;
  }
  return n;
}

function pick(errors: ErrorObject[]): ErrorObject {
  return (
    errors.find((x) => x.keyword === 'additionalProperties') ??
    errors.find((x) => x.keyword === 'enum') ??
    errors.find((x) => x.keyword === 'oneOf') ??
    errors[0]
  );
}

function describe(errors: ErrorObject[]): string {
  const e = pick(errors);
  const where = e.instancePath ? e.instancePath.slice(1).replace(/\//g, '.') : 'the config';
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key "${(e.params as { additionalProperty: string }).additionalProperty}" in ${where}`;
    case 'enum':
      return `${where} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    case 'required':
      return `${where} needs "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'pattern':
      return `${where} is not valid (expected to match ${(e.params as { pattern: string }).pattern})`;
    case 'oneOf':
      return `${where} must be a string or a list of strings`;
    default:
      return `${where} ${e.message ?? 'is not valid'}`;
  }
}
