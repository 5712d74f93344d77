/**
 * Nested stacks across files: each child template is analysed again with the parameter values its
 * parent passes (resolved in the parent), in addition to alone. A finding only those values bring
 * out names the parent in its message and has its own fingerprint. When the scan is narrowed to
 * changed files (a pull request, `--base`), a change to a parent or to a child brings in the other
 * file of the pair. Missing children and cycles are warnings, never failures.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { toRel, type Candidate } from '../files/discover.js';
import { readAtRef } from '../files/git.js';
import { readCandidate } from '../files/read.js';
import { analyseText, type FileResult } from '../engines/analyse.js';
import { fingerprint } from '../findings/locate.js';
import type { Finding, ScanResult, Warning } from '../findings/types.js';
import type { Directive } from '../findings/suppressions.js';
import type { FileModel, Rule } from '../rules/types.js';
import { nestedStacks, type NestedStack } from '../template/nested-stacks.js';
import type { ScanOptions } from './options.js';

/** CloudFormation allows five levels of nesting below the root; more is a loop we missed. */
const MAX_DEPTH = 6;
/** Bounds the work on a repository of many stacks sharing children. */
const MAX_PAIR_ANALYSES = 500;
/** A parent must say one of these: other unscanned files are not parsed to look for children. */
export const MAY_NEST = /AWS::CloudFormation::Stack|AWS::Serverless::Application/;
/**
 * A rule of the pipeline, not of the content: the child alone already reports it. (Findings about
 * suppressions come from the one stage after every engine, never from a file's analysis.)
 */
const NOT_REPEATED = new Set(['parse-error']);

export interface NestedScan {
  result: ScanResult;
  /** The scanned files' models; files brought in as the other half of a pair are added. */
  models: FileModel[];
  /** The scanned files' suppressions; those of files brought in are added. */
  directives: Directive[];
  /** Every file discovery found, before narrowing to changed files. */
  candidates: Candidate[];
  /** The files the scan read. */
  scanned: Candidate[];
  opts: ScanOptions;
  rules: readonly Rule[];
  readAt?: string;
  /**
   * Each file's secrets (NoEcho values), masked in what is said about that file. A child analysed
   * with its parent's values may show the parent's secrets, so it gets them too.
   */
  secrets?: Map<string, Set<string>>;
}

export async function followNestedStacks(s: NestedScan): Promise<void> {
  const run = new Run(s);
  try {
    await run.bringInPairs();
    // Files brought in while following are appended, and followed in turn.
    for (let i = 0; i < s.models.length; i++) await run.children(s.models[i], [s.models[i].file], 0);
  } catch (e) {
    // The files themselves were analysed; only the pairing is lost, and the report says so.
    s.result.warnings.push({ file: '.', line: null, message: `nested stacks not followed: ${(e as Error).message}` });
  }
}

class Run {
  /** Files analysed already (the scan keeps the models of nesting parents only). */
  private readonly done = new Set<string>();
  private readonly warned = new Set<string>();
  private readonly unreadable = new Map<string, string>();
  private readonly assets = new Map<string, Map<string, string>>();
  private analyses = 0;

  constructor(private readonly s: NestedScan) {
    for (const c of s.scanned) this.done.add(c.rel);
    for (const m of s.models) this.done.add(m.file);
  }

  /** On a narrowed scan: the children of changed parents, and the parents of changed children. */
  async bringInPairs(): Promise<void> {
    const { candidates, scanned, models } = this.s;
    if (scanned.length === candidates.length) return;
    for (const m of [...models]) {
      for (const child of this.local(m)) if (!this.done.has(child.rel)) await this.analyseAlone(child.rel);
    }
    const inScan = new Set(scanned.map((c) => c.rel));
    for (const c of candidates) {
      if (inScan.has(c.rel) || this.done.has(c.rel)) continue;
      const text = await this.read(c.rel);
      if (text === undefined || !MAY_NEST.test(text)) continue;
      const parent = analyseText(c.rel, text, this.s.opts, []).model;
      if (parent && this.local(parent).some((child) => inScan.has(child.rel))) await this.analyseAlone(c.rel);
    }
  }

  /** The parent's children with a local template, as repository-relative paths. */
  private local(m: FileModel): (NestedStack & { rel: string })[] {
    if (!m.template) return [];
    const out: (NestedStack & { rel: string })[] = [];
    for (const n of this.nested(m)) {
      if (!n.path) continue;
      const abs = path.resolve(this.s.opts.cwd, path.dirname(m.file), n.path);
      const rel = toRel(this.s.opts.cwd, abs);
      if (rel.startsWith('../') || path.isAbsolute(rel)) {
        this.warn(m, n, `nested stack ${n.resource.id}: ${n.path} is outside the repository; not followed`);
        continue;
      }
      out.push({ ...n, rel });
    }
    return out;
  }

  /** The template's nested stacks, CDK asset keys looked up in the cloud assembly beside it. */
  private nested(m: FileModel): NestedStack[] {
    if (!m.template) return [];
    return nestedStacks(m.template, m.resolver).map((n) => {
      const file = n.cdkAssetKey ? this.assetFiles(path.dirname(m.file)).get(n.cdkAssetKey) : undefined;
      return file ? { ...n, path: file, notFollowed: undefined } : n;
    });
  }

  /** `*.assets.json` of a cloud assembly folder: object key → the file it is uploaded from. */
  private assetFiles(dir: string): Map<string, string> {
    const cached = this.assets.get(dir);
    if (cached) return cached;
    const out = new Map<string, string>();
    this.assets.set(dir, out);
    let names: string[];
    try {
      names = readdirSync(path.join(this.s.opts.cwd, dir)).filter((f) => f.endsWith('.assets.json'));
    } catch {
      return out;
    }
    for (const name of names) {
      try {
        const manifest = JSON.parse(readFileSync(path.join(this.s.opts.cwd, dir, name), 'utf8')) as AssetManifest;
        for (const asset of Object.values(manifest.files ?? {})) {
          const source = asset.source?.path;
          if (!source?.endsWith('.template.json')) continue;
          for (const d of Object.values(asset.destinations ?? {})) if (d.objectKey) out.set(d.objectKey, source);
        }
      } catch {
        // Not a manifest we can read: the nested stack stays "not analysed".
      }
    }
    return out;
  }

  /** Follows each child of `parent` with the values it passes, then the child's own children. */
  async children(parent: FileModel, chain: string[], depth: number): Promise<void> {
    if (!parent.template) return;
    for (const n of this.nested(parent)) {
      if (n.notFollowed && depth === 0) {
        this.s.result.partial.push({ file: parent.file, resource: n.resource.id, reasons: [n.notFollowed] });
      }
    }
    for (const child of this.local(parent)) {
      if (chain.includes(child.rel)) {
        const cycle = [...chain.slice(chain.indexOf(child.rel)), child.rel].join(' → ');
        this.warn(parent, child, `nested stacks form a cycle (${cycle}); not followed further`);
        continue;
      }
      if (depth >= MAX_DEPTH) {
        this.warn(parent, child, `nested stack ${child.resource.id}: nesting deeper than ${MAX_DEPTH}; not followed`);
        continue;
      }
      const text = await this.read(child.rel);
      if (text === undefined) {
        const why = this.unreadable.get(child.rel) ?? 'was not found';
        this.warn(
          parent,
          child,
          `nested stack ${child.resource.id}: its template ${child.path} ${why === 'was not found' ? why : `is not read: ${why}`}`,
        );
        continue;
      }
      if (!this.done.has(child.rel)) await this.analyseAlone(child.rel, text);
      if (!Object.keys(child.parameters).length || ++this.analyses > MAX_PAIR_ANALYSES) continue;
      const withParent = analyseText(
        child.rel,
        text,
        { ...this.s.opts, parameters: { ...pseudo(this.s.opts.parameters), ...child.parameters } },
        this.s.rules,
      );
      this.shareSecrets(child.rel, [...(this.s.secrets?.get(parent.file) ?? []), ...(withParent.secrets ?? [])]);
      this.addParentFindings(withParent, parent.file, child.resource.id);
      if (withParent.model) await this.children(withParent.model, [...chain, child.rel], depth + 1);
    }
  }

  private shareSecrets(file: string, values: readonly string[]): void {
    if (!this.s.secrets || !values.length) return;
    const set = this.s.secrets.get(file) ?? new Set<string>();
    for (const v of values) set.add(v);
    this.s.secrets.set(file, set);
  }

  /** The findings the parent's values bring out, beyond what the child alone gets. */
  private addParentFindings(r: FileResult, parentFile: string, resourceId: string): void {
    const { result } = this.s;
    const file = r.model?.file;
    const alone = new Set(result.findings.filter((f) => f.file === file).map((f) => f.fingerprint));
    const added: Finding[] = [];
    for (const f of r.findings) {
      if (NOT_REPEATED.has(f.ruleId) || alone.has(f.fingerprint)) continue;
      added.push({
        ...f,
        message: `${sentence(f.message)} Found with the parameters ${parentFile} passes to it as ${resourceId}.`,
        fingerprint: fingerprint([f.fingerprint, 'nested-in', parentFile, resourceId]),
      });
    }
    // Two parents (or one parent twice) bringing out the same finding: each is its own.
    const seen = new Set(result.findings.map((f) => f.fingerprint));
    // Loops, not push(...list): a spread of a long list overflows the argument stack.
    for (const f of added) if (!seen.has(f.fingerprint)) result.findings.push(f);
  }

  private async analyseAlone(rel: string, known?: string): Promise<void> {
    const text = known ?? (await this.read(rel));
    if (text === undefined) return;
    const r = analyseText(rel, text, this.s.opts, this.s.rules);
    const { result, models } = this.s;
    this.done.add(rel);
    result.files++;
    if (r.kind === 'template') result.templates++;
    result.policies += r.policies;
    for (const f of r.findings) result.findings.push(f);
    for (const w of r.warnings) result.warnings.push(w);
    for (const p of r.partial) result.partial.push(p);
    for (const d of r.directives) this.s.directives.push(d);
    this.shareSecrets(rel, r.secrets ?? []);
    if (r.model) models.push(r.model);
  }

  private warn(parent: FileModel, n: NestedStack, message: string): void {
    const key = `${parent.file}\u0000${message}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    const line = parent.source.position(n.node.start).line;
    this.s.result.warnings.push({ file: parent.file, line, message });
  }

  /**
   * The file's text (at the pull request's head when the scan reads there), or undefined, through
   * the one reader every scanned file goes through (size cap, UTF-16, never a FIFO); why it gave
   * nothing is kept for the warning.
   */
  private async read(rel: string): Promise<string | undefined> {
    const { cwd } = this.s.opts;
    const atRef = this.s.readAt ? readAtRef(cwd, this.s.readAt, rel) : undefined;
    if (atRef !== undefined) return atRef;
    const abs = path.join(cwd, rel);
    const warnings: Warning[] = [];
    const text = existsSync(abs) ? readCandidate({ abs, rel }, warnings) : undefined;
    if (text === undefined) this.unreadable.set(rel, warnings[0]?.message ?? 'was not found');
    return text;
  }
}

/** The pseudo parameters the user gave (`--parameter AWS::Region=…`) hold for the child too. */
function pseudo(given: Record<string, string> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(given ?? {}).filter(([k]) => k.startsWith('AWS::')));
}

interface AssetManifest {
  files?: Record<string, { source?: { path?: string }; destinations?: Record<string, { objectKey?: string }> }>;
}

/** The rule's message as a sentence, so another can follow it. */
function sentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}
