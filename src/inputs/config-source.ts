/**
 * Where the Action's config file comes from. On a pull request the gate's policy is the base
 * commit's config (a pull request cannot weaken the check that reviews it), unless the workflow
 * chose `config-from: head`; the other side's version is read too, so the summary can say what
 * the pull request changes in the config and what would change once it merges.
 */
import path from 'node:path';
import { DEFAULT_CONFIG, loadConfig, parseConfig, type Config } from './config.js';
import { UsageError } from './errors.js';

export interface ConfigSources {
  /** The config that governs this run. */
  config: Config | undefined;
  /** Lines for the summary: the pull request changes the config, and how. */
  notes: string[];
}

/** Reads a file at a commit (git when the commit is local, else the API); undefined when absent. */
export type ReadAtCommit = (sha: string, file: string) => Promise<string | undefined>;

/** A read that fails stops the run: falling back to the checkout would hand the gate to the head. */
async function textAt(read: ReadAtCommit, sha: string, file: string, side: string): Promise<string | undefined> {
  try {
    return await read(sha, file);
  } catch (e) {
    throw new UsageError(
      `${file}: the config file cannot be read at the ${side} commit ${sha.slice(0, 12)} (${(e as Error).message.split('\n')[0]}); fetch that commit (fetch-depth: 0) or grant the token contents: read`,
    );
  }
}

const parse = (
  file: string,
  text: string | undefined,
  ids: Set<string>,
  side: string,
  cwd: string,
): Config | undefined => {
  if (text === undefined) return undefined;
  try {
    return parseConfig(file, text, ids, cwd);
  } catch (e) {
    if (e instanceof UsageError) throw new UsageError(`${e.message} (the config at the ${side} commit)`);
    throw e;
  }
};

export async function pullRequestConfig(opts: {
  read: ReadAtCommit;
  baseSha: string;
  headSha: string;
  file: string;
  explicit: boolean;
  /** The workflow's `config-from`, if it set one. */
  from: 'base' | 'head' | undefined;
  ids: Set<string>;
  /** The workspace: paths the config names must stay inside it. */
  cwd: string;
}): Promise<ConfigSources> {
  const { read, file, ids } = opts;
  const rel = path.posix.normalize(file.split(path.sep).join('/'));
  if (rel.startsWith('../') || path.isAbsolute(rel))
    throw new UsageError(`input config: ${file} is outside the repository`);
  const baseText = await textAt(read, opts.baseSha, rel, 'base');
  const headText = await textAt(read, opts.headSha, rel, 'head');
  const baseConfig = parse(rel, baseText, ids, 'base', opts.cwd);
  // The base's own config may choose the head (CODEOWNERS guards it there); the workflow decides first.
  const from = opts.from ?? (baseConfig?.inputs['config-from'] === 'head' ? 'head' : 'base');
  const notes: string[] = [];
  if (from === 'head') {
    const headConfig = parse(rel, headText, ids, 'head', opts.cwd);
    if (!headConfig && opts.explicit) throw new UsageError(`input config: ${rel} does not exist at the head commit`);
    return { config: headConfig, notes };
  }
  if (baseText === undefined && opts.explicit && headText === undefined)
    throw new UsageError(`input config: ${rel} does not exist at the base commit`);
  if (headText !== baseText) {
    let headConfig: Config | undefined;
    let broken: string | undefined;
    try {
      headConfig = parse(rel, headText, ids, 'head', opts.cwd);
    } catch (e) {
      broken = (e as Error).message;
    }
    const changes = broken ? [`its new version is not valid: ${broken}`] : describeChanges(baseConfig, headConfig);
    notes.push(
      `**This pull request changes \`${rel}\`.** This run uses the version at the base commit${baseText === undefined ? ' (there is none: the defaults apply)' : ''}; the change takes effect once it merges${changes.length ? ':' : '.'}`,
      ...changes.map((c) => `- ${c}`),
    );
  }
  return { config: baseConfig, notes };
}

/** What differs between two configs, one line a setting. */
export function describeChanges(before: Config | undefined, after: Config | undefined): string[] {
  const out: string[] = [];
  const show = (v: unknown) => (v === undefined ? '(default)' : `\`${JSON.stringify(v)}\``);
  const a = before?.inputs ?? {};
  const b = after?.inputs ?? {};
  for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`\`${k}\`: ${show(a[k])} → ${show(b[k])}`);
  }
  const ra = before?.rules ?? {};
  const rb = after?.rules ?? {};
  for (const k of [...new Set([...Object.keys(ra), ...Object.keys(rb)])].sort()) {
    if (ra[k] !== rb[k]) out.push(`rule \`${k}\`: ${show(ra[k])} → ${show(rb[k])}`);
  }
  const ignores = (c: Config | undefined) =>
    new Set(
      (c?.ignore ?? []).map(({ rule, path: p, resource, reason }) => JSON.stringify({ rule, p, resource, reason })),
    );
  const ia = ignores(before);
  const ib = ignores(after);
  const added = [...ib].filter((x) => !ia.has(x)).length;
  const removed = [...ia].filter((x) => !ib.has(x)).length;
  if (added) out.push(`${added} \`ignore\` entr${added === 1 ? 'y' : 'ies'} added`);
  if (removed) out.push(`${removed} \`ignore\` entr${removed === 1 ? 'y' : 'ies'} removed`);
  return out;
}

/**
 * The Action's config: the `config` and `config-from` inputs, then, on a pull request, the base
 * commit's file (or the head's) read through `read`; otherwise the workspace's file.
 */
export async function actionConfig(opts: {
  input: (name: string) => string;
  pr: { baseSha: string; headSha: string } | undefined;
  read: ReadAtCommit;
  workspace: string;
  ids: Set<string>;
}): Promise<ConfigSources> {
  const file = opts.input('config').trim();
  const from = opts.input('config-from').trim();
  if (from && from !== 'base' && from !== 'head')
    throw new UsageError(`input config-from must be one of base, head; got "${from}"`);
  if (!opts.pr) return { config: loadConfig(opts.workspace, file || undefined, opts.ids), notes: [] };
  return pullRequestConfig({
    read: opts.read,
    baseSha: opts.pr.baseSha,
    headSha: opts.pr.headSha,
    file: file || DEFAULT_CONFIG,
    explicit: file !== '',
    from: (from || undefined) as 'base' | 'head' | undefined,
    ids: opts.ids,
    cwd: opts.workspace,
  });
}
