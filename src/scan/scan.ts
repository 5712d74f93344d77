/**
 * The offline scan: discover the files, read each once, analyse it, gather the results. What
 * could not be looked at is a warning, never silently dropped.
 */
import { discover, type Candidate } from '../files/discover.js';
import { hasCommit, readAtRef } from '../files/git.js';
import { availableParallelism } from 'node:os';
import { scanFile, type FileContext, type FileScan } from './file.js';
import { MIN_FILES_FOR_WORKERS, scanInWorkers, scanWorkersEnabled } from './workers.js';
import { credentialsConfigured, credentialsMayResolve } from '../engines/access-analyzer/credentials.js';
import { analyseText, type FileResult } from '../engines/analyse.js';
import { compareFindings, type PermissionChange, type ScanResult, type Warning } from '../findings/types.js';
import { attachmentChange, permissionChange, type ManagedDocument } from '../iam/permission-diff.js';
import { catalogueInfo, configureCatalogue } from '../iam/catalogue.js';
import type { ResolveOptions } from '../template/resolve.js';
import { RULES } from '../rules/index.js';
import type { FileModel, Rule } from '../rules/types.js';
import type { Policy } from '../policies/types.js';
import { policyKey } from '../policies/key.js';
import { configDirective, type Directive } from '../findings/suppressions.js';
import { suppressionStage } from '../engines/suppression-stage.js';
import { followNestedStacks } from './nested.js';
import { withConstructPathsByFile } from '../engines/construct-paths.js';
import { maskResult, secretStrings } from '../findings/secrets.js';
import { foldImplied } from '../findings/fold.js';
import { internFindings, type StringPool } from '../findings/intern.js';
import type { FileSelection, ScanOptions } from './options.js';

export type { ScanOptions } from './options.js';

export { MAX_FILE_BYTES } from '../files/read.js';

/** Only what analysing a file reads from the options: it is copied to every worker. */
const fileOptions = (opts: ScanOptions): ResolveOptions => ({ parameters: opts.parameters, region: opts.region });

/**
 * The files' scans from worker threads, or undefined to scan them in this thread: one job, too
 * few files to repay starting workers, or a worker that failed (the scan is then done again here,
 * so a thread problem never changes the report).
 */
async function inWorkers(
  files: Candidate[],
  ctx: FileContext,
  rules: readonly Rule[],
  jobs: number | undefined,
  warnings: Warning[],
  pool: StringPool,
): Promise<FileScan[] | undefined> {
  if (!scanWorkersEnabled()) return undefined;
  const n = jobs ?? (files.length >= MIN_FILES_FOR_WORKERS ? availableParallelism() : 1);
  const workers = Math.min(n, files.length);
  if (workers < 2) return undefined;
  try {
    return await scanInWorkers(
      files,
      ctx,
      rules.map((r) => r.meta.id),
      workers,
      (s) => interned(s, pool),
      // This thread's share keeps only the models of files that may nest (a worker leaves those here).
      (c) => scanFile(c, ctx, rules, 'nesting'),
    );
  } catch (e) {
    warnings.push({
      file: '.',
      line: null,
      message: `worker threads failed (${(e as Error).message}); the files were scanned in one thread`,
    });
    return undefined;
  }
}

/** The scan with its findings' repeated strings shared (memory stays flat as findings pile up). */
function interned(s: FileScan, pool: StringPool): FileScan {
  if (s.result) internFindings(s.result.findings, pool);
  return s;
}

/**
 * What the selection names: files given as data; or the files found on disk (`candidates`, which
 * nested stacks are paired within), those of them the scan reads (`files`, narrowed to a change)
 * and the commit they are read at.
 */
async function selectFiles(cwd: string, sel: FileSelection) {
  if ('given' in sel) return { given: sel.given, candidates: [], files: [], warnings: [], at: undefined };
  const { candidates, warnings } = await discover({ cwd, ...sel });
  const { changed } = sel;
  const files = changed ? candidates.filter((c) => changed.has(c.abs)) : candidates;
  return { given: [], candidates, files, warnings, at: sel.at };
}

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const { given, candidates, files, warnings, at } = await selectFiles(opts.cwd, opts.files);
  // The IAM catalogue of this run (`--iam-data`, `allow-actions`), in this thread and each worker.
  const allow = opts.config?.allowActions ?? [];
  const catalogue = opts.catalogue || allow.length ? { ...opts.catalogue, allow } : undefined;
  configureCatalogue(catalogue);
  const result: ScanResult = {
    findings: [],
    warnings: [...warnings],
    partial: [],
    files: 0,
    templates: 0,
    policies: 0,
    accessAnalyzer: { ran: false, calls: 0, skipped: null },
    catalogue: catalogueInfo(),
  };
  const overrides = opts.config?.rules ?? {};
  const rules = RULES.filter((r) => overrides[r.meta.id] !== 'off');
  // A model (the parsed tree, resolver, policies) is kept after its rules have run only for the
  // stages that need it; otherwise memory stays flat as the repository grows.
  const aa = opts.accessAnalyzer;
  const aaOn = Boolean(aa && aa.mode !== 'off');
  const aaLikely = aaOn && Boolean(aa!.mode === 'on' || aa!.client || credentialsConfigured());
  const aaMayRun = aaLikely || (aaOn && credentialsMayResolve());
  const compareWith = opts.compareWith;
  const keepModels = aaLikely || Boolean(given.length || compareWith);
  // Access Analyzer may still run (instance metadata may give credentials): the files with
  // policies are noted, to be analysed again if it does.
  const policyFiles: Candidate[] = [];
  const models: FileModel[] = [];
  const directives: Directive[] = [];
  // Every value given through `parameters` is a secret everywhere; every NoEcho parameter's value
  // is a secret of its file (masked in what is said about that file).
  const secretValues = new Set(Object.values(opts.parameters ?? {}));
  const fileSecrets = new Map<string, Set<string>>();
  const addSecrets = (file: string, values: readonly string[] | undefined): void => {
    if (!values?.length) return;
    const set = fileSecrets.get(file) ?? new Set<string>();
    for (const v of values) set.add(v);
    fileSecrets.set(file, set);
  };
  const readAt = at && hasCommit(opts.cwd, at) ? at : undefined;
  const ctx: FileContext = { cwd: opts.cwd, readAt, options: fileOptions(opts), ...(catalogue && { catalogue }) };
  const pool: StringPool = new Map();
  const take = (c: Candidate, s: FileScan): void => {
    // A file a worker left here because it may nest: its model is needed to follow its children.
    if (s.deferred) return take(c, interned(scanFile(c, ctx, rules, 'keep'), pool));
    for (const w of s.readWarnings) result.warnings.push(w);
    const analysed = s.result;
    if (!analysed) return;
    result.files++;
    if (aaMayRun && !keepModels && analysed.policies) policyFiles.push(c);
    if (analysed.model && (keepModels || s.mayNest)) models.push(analysed.model);
    addSecrets(c.rel, analysed.secrets);
    merge(result, analysed, directives);
  };
  const scans = keepModels ? undefined : await inWorkers(files, ctx, rules, opts.jobs, result.warnings, pool);
  if (scans) for (let i = 0; i < files.length; i++) take(files[i], scans[i]);
  else for (const c of files) take(c, interned(scanFile(c, ctx, rules, 'keep'), pool));
  for (const s of given) {
    result.files++;
    const analysed = analyseText(s.rel, s.text, opts, rules);
    if (analysed.model) models.push(analysed.model);
    addSecrets(s.rel, analysed.secrets);
    merge(result, analysed, directives);
  }
  await followNestedStacks({
    result,
    models,
    directives,
    candidates,
    scanned: files,
    opts,
    rules,
    readAt,
    secrets: fileSecrets,
  });
  const base = compareWith
    ? baseModels(models, baseReader(opts.cwd, compareWith, result), opts, addSecrets)
    : undefined;
  if (base) result.changes = await permissionChanges(models, base, opts, result.warnings);
  // Access Analyzer is sent placeholders for every secret of the run.
  const secrets = secretStrings([...secretValues, ...[...fileSecrets.values()].flatMap((v) => [...v])]);
  if (!aa || aa.mode === 'off') result.accessAnalyzer.skipped = 'turned off';
  else {
    const aaModels =
      aaMayRun && !keepModels ? await modelsForAccessAnalyzer(result, policyFiles, models, ctx, aa.region) : models;
    if (!aaMayRun || !aaModels) {
      const skipped = result.policies ? 'no AWS credentials' : 'no policy to check';
      result.accessAnalyzer = { ran: false, calls: 0, billedCalls: 0, skipped };
    } else {
      await accessAnalyzerStage(result, aaModels, { ...aa, mode: aa.mode, secrets }, base?.policies);
      withConstructPathsByFile(result.findings, aaModels);
    }
  }
  const config = opts.config;
  if (config) for (const e of config.ignore) directives.push(configDirective(config.file, config.source, e, e.node));
  result.findings = foldImplied(
    suppressionStage({
      findings: result.findings,
      directives,
      overrides: config?.rules,
      accessAnalyzerRan: result.accessAnalyzer.ran,
    }),
  );
  result.findings.sort(compareFindings);
  maskResult(
    result,
    secretStrings(secretValues),
    new Map([...fileSecrets].map(([file, values]) => [file, [...values]])),
  );
  return result;
}

/**
 * The models Access Analyzer needs when the scan did not keep them (no credentials were
 * configured, but the instance metadata service may give some): asked first, and only when
 * there are policies; then the files with policies are read and parsed again. Undefined: it
 * will not run.
 */
async function modelsForAccessAnalyzer(
  result: ScanResult,
  policyFiles: Candidate[],
  kept: FileModel[],
  ctx: FileContext,
  region: string,
): Promise<FileModel[] | undefined> {
  if (!result.policies) return undefined;
  const { credentialsResolve } = await import(/* webpackMode: "eager" */ '../engines/access-analyzer/engine.js');
  if (!(await credentialsResolve(region))) return undefined;
  const models = [...kept];
  const have = new Set(kept.map((m) => m.file));
  for (const c of policyFiles) {
    if (have.has(c.rel)) continue;
    const model = scanFile(c, ctx, [], 'keep').result?.model;
    if (model) models.push(model);
  }
  return models;
}

interface Base {
  policies: Map<string, Policy>;
  /** Managed policy ARNs attached at the base, by `file#resource`. */
  managed: Map<string, Set<string>>;
}

const attachKey = (file: string, resource: string) => `${file}#${resource}`;

/** How the files' earlier versions are read; undefined (with a warning) when the ref is not here. */
function baseReader(
  cwd: string,
  compareWith: string | ReadonlyMap<string, string>,
  result: ScanResult,
): ((rel: string) => string | undefined) | undefined {
  if (typeof compareWith !== 'string') return (rel) => compareWith.get(rel);
  if (hasCommit(cwd, compareWith)) return (rel) => readAtRef(cwd, compareWith, rel);
  result.warnings.push({
    file: '.',
    line: null,
    message: `the base commit ${compareWith.slice(0, 12)} is not in the local repository, so nothing was compared with it (check out with fetch-depth: 0)`,
  });
  return undefined;
}

/** The policies and managed attachments of the same files at the base. */
function baseModels(
  models: FileModel[],
  readBase: ((rel: string) => string | undefined) | undefined,
  opts: ScanOptions,
  addSecrets: (file: string, values: readonly string[] | undefined) => void,
): Base | undefined {
  if (!readBase) return undefined;
  const base: Base = { policies: new Map(), managed: new Map() };
  for (const m of models) {
    const text = readBase(m.file);
    // Only the base's policies are needed: no rules run on it.
    const analysed = text === undefined ? undefined : analyseText(m.file, text, opts, []);
    addSecrets(m.file, analysed?.secrets);
    const before = analysed?.model;
    for (const p of before?.policies ?? []) base.policies.set(policyKey(p), p);
    for (const a of before?.managed ?? []) {
      if (typeof a.arn !== 'string' || a.via === 'PermissionsBoundary') continue;
      const k = attachKey(m.file, a.resource.id);
      base.managed.set(k, new Set([...(base.managed.get(k) ?? []), a.arn]));
    }
  }
  return base;
}

/** The permission diff: changed policies, and managed policies attached or detached. */
async function permissionChanges(
  models: FileModel[],
  base: Base,
  opts: ScanOptions,
  warnings: Warning[],
): Promise<PermissionChange[]> {
  const changes: PermissionChange[] = [];
  for (const m of models) {
    try {
      for (const p of m.policies) {
        const c = permissionChange(base.policies.get(policyKey(p)), p);
        if (c) changes.push(c);
      }
    } catch (e) {
      // One file's diff failing costs only that file's diff, and says so.
      warnings.push({
        file: m.file,
        line: null,
        message: `the permission diff of this file could not be computed (${(e as Error).name}: ${(e as Error).message})`,
      });
    }
  }
  const head = new Map<string, Set<string>>();
  for (const m of models) {
    for (const a of m.managed) {
      if (typeof a.arn !== 'string' || a.via === 'PermissionsBoundary') continue;
      const k = attachKey(m.file, a.resource.id);
      head.set(k, new Set([...(head.get(k) ?? []), a.arn]));
    }
  }
  const diffs: { key: string; added: string[]; removed: string[] }[] = [];
  for (const key of new Set([...head.keys(), ...base.managed.keys()])) {
    const now = head.get(key) ?? new Set<string>();
    const was = base.managed.get(key) ?? new Set<string>();
    const added = [...now].filter((a) => !was.has(a));
    const removed = [...was].filter((a) => !now.has(a));
    if (added.length || removed.length) diffs.push({ key, added, removed });
  }
  if (!diffs.length) return changes;
  const arns = diffs.flatMap((d) => [...d.added, ...d.removed]);
  const lookups = opts.accessAnalyzer && opts.accessAnalyzer.mode !== 'off';
  // The AWS SDK is loaded only when AWS is called: it is most of the startup time otherwise.
  const documents: Map<string, ManagedDocument> = lookups
    ? await (
        await import(/* webpackMode: "eager" */ '../engines/managed-policies.js')
      ).fetchManagedPolicies(arns, { region: opts.accessAnalyzer!.region, client: opts.iamClient })
    : new Map(arns.map((a) => [a, { reason: 'not expanded: AWS lookups are off' }]));
  for (const d of diffs) {
    const [file, resource] = [d.key.slice(0, d.key.lastIndexOf('#')), d.key.slice(d.key.lastIndexOf('#') + 1)];
    const c = attachmentChange(file, resource, d.added, d.removed, documents);
    if (c) changes.push(c);
  }
  return changes;
}

/** Access Analyzer over the scanned policies (its findings go through the suppression stage with the rest). */
async function accessAnalyzerStage(
  result: ScanResult,
  models: FileModel[],
  aa: NonNullable<ScanOptions['accessAnalyzer']> & { mode: 'auto' | 'on' },
  base: Map<string, Policy> | undefined,
): Promise<void> {
  const { runAccessAnalyzer } = await import(/* webpackMode: "eager" */ '../engines/access-analyzer/engine.js');
  const out = await runAccessAnalyzer(models, { ...aa, base });
  if (out.ran && aa.checks.has('no-new-access')) {
    const fresh = models
      .flatMap((m) => m.policies)
      .filter((p) => p.kind !== 'scp' && p.kind !== 'rcp' && !base?.has(policyKey(p)));
    if (fresh.length) {
      out.notes.push(
        base
          ? `CheckNoNewAccess: ${fresh.length} polic${fresh.length === 1 ? 'y is' : 'ies are'} new in this change, with no base version to compare with.`
          : 'CheckNoNewAccess: not run, as there is no base to compare with (use --base REF, or run on a pull request).',
      );
    }
  }
  for (const f of out.findings) result.findings.push(f);
  result.accessAnalyzer = {
    ran: out.ran,
    calls: out.calls,
    billedCalls: out.billedCalls,
    skipped: out.skipped,
    ...(out.error ? { error: out.error } : {}),
    ...(out.notes.length ? { notes: out.notes } : {}),
  };
}

function merge(into: ScanResult, r: FileResult, directives: Directive[]): void {
  if (r.kind === 'template') into.templates++;
  into.policies += r.policies;
  // Loops, not push(...list): a spread of a long list overflows the argument stack.
  for (const f of r.findings) into.findings.push(f);
  for (const w of r.warnings) into.warnings.push(w);
  for (const p of r.partial) into.partial.push(p);
  for (const d of r.directives) directives.push(d);
}
