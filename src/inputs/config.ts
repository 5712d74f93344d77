/**
 * The config file (`.github/policygate.yml`, or `--config`): every action input under its own
 * name, `rules:` overrides and `ignore:` suppressions. Validated against a JSON Schema (ajv); every
 * unknown key and bad value in the file is reported in one UsageError, a line each, naming the
 * file, the line and what was expected, with the nearest known name when one is close.
 */
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { parseText, ParseFailure } from '../parse/index.js';
import { get, isMap, isSeq, toPlain, type Node } from '../parse/node.js';
import { SourceText } from '../parse/source.js';
import { DEFAULT_CONFIG, type FailOn, type Severity } from './constants.js';
import { UsageError } from './errors.js';
import { CONFIG_KEYS, IGNORE_KEYS, configSchema } from './config-schema.js';
import { CHECKS } from './constants.js';
import { didYouMean } from './suggest.js';
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

// Compiled on first use, once per set of rule ids: most runs have no config file, and compiling
// costs start-up time. Strict, with no union types: the published schema compiles the same way.
const compiled = new Map<string, ValidateFunction>();
function validator(ids: Set<string>): ValidateFunction {
  const key = [...ids].sort().join(',');
  let v = compiled.get(key);
  if (!v)
    compiled.set(key, (v = new Ajv({ allErrors: true, strict: true, verbose: true }).compile(configSchema([...ids]))));
  return v;
}

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
  const problems: { node: Node | undefined; message: string }[] = [];
  const at = (node: Node | undefined, message: string): UsageError => {
    const p = source.position(node?.start ?? 0);
    return new UsageError(`${file}:${p.line}:${p.column}: ${message}`);
  };
  const value = toPlain(root);
  const validate = validator(knownRules);
  if (!validate(value)) {
    for (const e of relevant(validate.errors!))
      problems.push({ node: nodeFor(root, e), message: describe(e, knownRules) });
  }
  const v = value as Record<string, unknown>;
  const rules: Config['rules'] = {};
  for (const [id, setting] of Object.entries(isObject(v.rules) ? (v.rules as Record<string, string>) : {}))
    rules[id] = setting as Config['rules'][string];
  const ignoreNode = get(root, 'ignore');
  const ignore: IgnoreEntry[] = (Array.isArray(v.ignore) ? (v.ignore as Omit<IgnoreEntry, 'node'>[]) : []).map(
    (e, i) => ({ ...e, node: isSeq(ignoreNode) ? ignoreNode.items[i] : root }),
  );
  // Paths the config names stay inside the workspace (the config comes from the repository).
  const contained = (key: string, check: (value: string, setting: string) => unknown) => {
    const raw = v[key];
    for (const [i, value] of (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).entries()) {
      try {
        check(String(value), key);
      } catch (e) {
        if (!(e instanceof UsageError)) throw e;
        const node = get(root, key);
        problems.push({ node: isSeq(node) ? node.items[i] : node, message: e.message });
      }
    }
  };
  contained('sarif-file', (p, s) => p && containedPath(cwd, p, s));
  contained('paths', (g, s) => list(g)?.forEach((x) => containedGlob(x, s)));
  contained('exclude', (g, s) => list(g)?.forEach((x) => containedGlob(x, s)));
  if (typeof v.parameters === 'string' && !PARAMETER_LINES.test(v.parameters)) {
    contained('parameters', (p, s) => containedPath(cwd, p, s));
  }
  if (problems.length) {
    // Every mistake at once, in the order they are written: one run to fix them all.
    const lines = problems
      .map((p) => ({ at: p.node?.start ?? 0, text: at(p.node, p.message).message }))
      .sort((a, b) => a.at - b.at)
      .map((p) => p.text);
    throw new UsageError([...new Set(lines)].join('\n'));
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
  if ((err.keyword === 'additionalProperties' || err.keyword === 'propertyNames') && isMap(n)) {
    const p = err.params as { additionalProperty?: string; propertyName?: string };
    const key = p.additionalProperty ?? p.propertyName;
    return n.pairs.find((x) => x.key.value === key)?.key ?? n;
  }
  return n;
}

const isObject = (v: unknown): boolean => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One error per place: the branches of a `oneOf`/`anyOf` are summed up by its own error, and the
 * inner error of `propertyNames` by the outer one (which names the key).
 */
function relevant(errors: ErrorObject[]): ErrorObject[] {
  const kept = errors.filter((e) => !/\/(oneOf|anyOf)\/\d+\//.test(e.schemaPath) && e.propertyName === undefined);
  const byPlace = new Map<string, ErrorObject>();
  for (const e of kept) {
    const extra =
      e.keyword === 'additionalProperties' ? (e.params as { additionalProperty: string }).additionalProperty : '';
    const name = e.keyword === 'propertyNames' ? (e.params as { propertyName: string }).propertyName : '';
    const place = `${e.instancePath}\0${extra}\0${name}`;
    const first = byPlace.get(place);
    if (!first || RANK.indexOf(e.keyword) > RANK.indexOf(first.keyword)) byPlace.set(place, e);
  }
  return [...byPlace.values()];
}

/** Which error says most, when several are at one place (least to most). */
const RANK = ['type', 'pattern', 'oneOf', 'anyOf', 'enum', 'required', 'propertyNames', 'additionalProperties'];

const show = (v: unknown): string => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v));

function describe(e: ErrorObject, ids: Set<string>): string {
  const path = e.instancePath.slice(1).split('/');
  const where = e.instancePath
    ? path.map((x, i) => (/^\d+$/.test(x) ? `[${x}]` : `${i ? '.' : ''}${x}`)).join('')
    : 'the config';
  switch (e.keyword) {
    case 'additionalProperties': {
      const extra = (e.params as { additionalProperty: string }).additionalProperty;
      const known = e.instancePath === '' ? CONFIG_KEYS : IGNORE_KEYS;
      return `unknown key "${extra}"${e.instancePath ? ` in ${where}` : ''}${didYouMean(extra, known)}`;
    }
    case 'propertyNames': {
      const id = (e.params as { propertyName: string }).propertyName;
      return `rules: unknown rule "${id}" (\`policygate rules\` lists the ids)${didYouMean(id, ids)}`;
    }
    case 'enum': {
      const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
      return `${where} must be one of ${allowed.join(', ')}; got ${show(e.data)}${typeof e.data === 'string' ? didYouMean(e.data, allowed.map(String)) : ''}`;
    }
    case 'required':
      return `${where} needs "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'anyOf':
    case 'oneOf':
    case 'pattern':
      return special(path, e.data, ids) ?? `${where} is not valid: ${show(e.data)}`;
    default:
      return `${where} ${e.message ?? 'is not valid'}; got ${show(e.data)}`;
  }
}

/** What a failed `oneOf`/`anyOf`/`pattern` means for the keys that have one. */
function special(path: string[], data: unknown, ids: Set<string>): string | undefined {
  const [key, , sub] = path;
  if (key === 'ignore' && sub === 'rule' && typeof data === 'string')
    return `ignore: unknown rule "${data}" (\`policygate rules\` lists the ids)${didYouMean(data, ids)}`;
  const items = (d: unknown) =>
    (Array.isArray(d) ? d : typeof d === 'string' ? d.split(/[\n,]/) : []).map((x) => String(x).trim()).filter(Boolean);
  if (key === 'checks' && (typeof data === 'string' || Array.isArray(data))) {
    const bad = items(data).filter((c) => !(CHECKS as readonly string[]).includes(c));
    if (bad.length)
      return bad
        .map((c) => `checks: unknown check "${c}" (expected ${CHECKS.join(', ')})${didYouMean(c, CHECKS)}`)
        .join('; ');
  }
  if (key === 'sensitive-actions' && (typeof data === 'string' || Array.isArray(data))) {
    const bad = items(data).filter((a) => !/^[\w-]+:[\w*?]+$/.test(a));
    if (bad.length) return `sensitive-actions: ${bad.map(show).join(', ')} is not an action (service:Action)`;
  }
  if (key === 'parameters' && isObject(data)) {
    const bad = Object.entries(data as object).filter(([, x]) => !['string', 'number', 'boolean'].includes(typeof x));
    if (bad.length)
      return `parameters: the value of ${bad.map(([k]) => k).join(', ')} must be a string, number or boolean`;
  }
  if (key === 'aws-region') return `aws-region must be an AWS region such as us-east-1; got ${show(data)}`;
  if (
    typeof data !== 'string' &&
    !Array.isArray(data) &&
    ['paths', 'exclude', 'checks', 'sensitive-actions'].includes(key)
  )
    return `${key} must be a string or a list of strings; got ${show(data)}`;
  return undefined;
}
