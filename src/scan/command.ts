/**
 * A CLI scan from options to an exit code: scan, render, write. Kept apart from src/cli.ts so the
 * end-to-end tests can call it in-process.
 */
import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { cliOptions, useColor, type ScanFlags } from '../inputs/cli-options.js';
import { UsageError } from '../inputs/errors.js';
import { baselineText, readBaseline } from '../inputs/baseline.js';
import { scan } from './scan.js';
import type { FileSelection } from './options.js';
import { changedSince } from '../files/git.js';
import { conclusion, type ScanResult, type Warning } from '../findings/types.js';
import { packServiceReference, type CatalogueSettings } from '../iam/catalogue.js';
import type { IamData } from '../inputs/iam-data.js';
import { jsonReportPieces, reporter } from '../report/index.js';
import { RULES } from '../rules/index.js';
import { VERSION } from './version.js';
import { ruleDescriptions } from './rule-descriptions.js';

export interface Io {
  cwd: string;
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** Whether standard output is a terminal (colour by default). */
  isTTY?: boolean;
  /** The terminal's width, for wrapping the stylish report (undefined: 100). */
  columns?: number;
  /** Standard input's text, for PATH `-`. */
  stdin?: () => Promise<string>;
  env: NodeJS.ProcessEnv;
}

export async function runScan(flags: ScanFlags, io: Io): Promise<{ code: number; result: ScanResult }> {
  const options = cliOptions(flags, io, new Set(RULES.map((r) => r.meta.id)));
  // What can be checked before the scan is, so a mistake costs no scan and prints no report.
  if (options.output) writable(options.output, flags.output!);
  const changed = options.base ? changedSince(options.workspace, options.base) : undefined;
  const baseline = flags.baseline === undefined ? undefined : readBaseline(io.cwd, flags.baseline);
  if (flags.createBaseline !== undefined) writable(path.resolve(io.cwd, flags.createBaseline), flags.createBaseline);
  if (options.accessAnalyzer.mode === 'on') await credentialsFirst(options.accessAnalyzer.region);
  const { paths, include, exclude } = options;
  const files: FileSelection = options.stdin
    ? { given: [{ rel: options.stdin.name, text: await (io.stdin ?? readStdin)() }] }
    : { paths, include, exclude, changed };
  const { catalogue, warning } = catalogueFrom(options.iamData);
  const result = await scan({
    catalogue,
    cwd: options.workspace,
    files,
    compareWith: options.base,
    parameters: options.parameters,
    region: options.accessAnalyzer.region,
    config: options.config,
    accessAnalyzer: options.accessAnalyzer,
    jobs: options.jobs,
  });
  if (warning) result.warnings.unshift(warning);
  // A requested check that could not run: one line on stderr and no report (exit 2).
  if (result.accessAnalyzer.error) throw new UsageError(result.accessAnalyzer.error);
  if (flags.rules.length) {
    // --rule names the Access Analyzer ids it keeps too (the offline rules were not run).
    const only = new Set(flags.rules);
    result.findings = result.findings.filter((f) => !f.ruleId.startsWith('access-analyzer/') || only.has(f.ruleId));
  }
  if (flags.createBaseline !== undefined) {
    const file = path.resolve(io.cwd, flags.createBaseline);
    const text = baselineText(result.findings, VERSION);
    try {
      writeFileSync(file, text);
    } catch (e) {
      throw new UsageError(
        `--create-baseline ${flags.createBaseline}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    const n = (JSON.parse(text) as { findings: unknown[] }).findings.length;
    io.stderr(`policygate: wrote ${n} fingerprint${n === 1 ? '' : 's'} to ${flags.createBaseline}\n`);
    return { code: 0, result };
  }
  let baselined = 0;
  if (baseline) {
    const before = result.findings.length;
    result.findings = result.findings.filter((f) => f.internal || !baseline.has(f.fingerprint));
    baselined = before - result.findings.length;
  }
  const color = useColor(flags.color, io.env, Boolean(io.isTTY)) && !options.output;
  const input = { result, failOn: options.failOn, toolVersion: VERSION, rules: ruleDescriptions(), baselined };
  const failed = conclusion(result.findings, options.failOn) === 'failure';
  const style = {
    color,
    compact: flags.compact,
    showSuppressed: flags.showSuppressed,
    quiet: flags.quiet,
    cwd: io.cwd,
    workspace: options.workspace,
    width: io.columns,
  };
  // The JSON report is written in pieces: a large one is never held as one string.
  const pieces =
    flags.quiet && !failed && !options.output
      ? []
      : options.format === 'json'
        ? jsonReportPieces(input)
        : [(await reporter(options.format))(input, style)];
  if (options.output) {
    try {
      await writePieces(options.output, pieces);
    } catch (e) {
      throw new UsageError(
        `--output ${flags.output}: cannot be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
  } else for (const piece of pieces) io.stdout(piece);
  const fatal = result.warnings.filter((w) => w.fatal);
  for (const w of fatal) io.stderr(`policygate: ${w.file}: ${w.message}\n`);
  if (fatal.length) return { code: 2, result };
  return { code: failed ? 1 : 0, result };
}

/**
 * `--access-analyzer on` with no credentials is known before any file is read: exit 2 with a
 * hint for where the user stands (a laptop's profile or SSO session, CI's OIDC role).
 */
async function credentialsFirst(region: string): Promise<void> {
  const { credentialsResolve } = await import(/* webpackMode: "eager" */ '../engines/access-analyzer/engine.js');
  if (await credentialsResolve(region)) return;
  throw new UsageError(
    'Access Analyzer is on (--access-analyzer on, or the config) and needs AWS credentials, but none resolve. On a laptop: `aws sso login --profile NAME` and AWS_PROFILE=NAME (or `aws configure`); in CI: aws-actions/configure-aws-credentials with OIDC (permissions: id-token: write). Or --access-analyzer off (the offline rules only) or auto (run when credentials resolve)',
  );
}

/** `--iam-data FILE` as the catalogue's settings; a file that is not a service reference: the bundled one, and a warning. */
function catalogueFrom(d: IamData | undefined): { catalogue?: CatalogueSettings; warning?: Warning } {
  if (!d) return {};
  const packed = 'data' in d ? packServiceReference(d.data) : { error: d.warning };
  if ('error' in packed) {
    return {
      warning: {
        file: d.file,
        line: null,
        message: `--iam-data: not AWS's service reference JSON (${packed.error}); the bundled IAM catalogue is used`,
      },
    };
  }
  return { catalogue: { services: packed.services, source: { file: d.file, date: 'date' in d ? d.date : '' } } };
}

/**
 * Each piece is written while the next one is built: the write runs on libuv's thread pool (an
 * idle core by the end of a large scan), with one piece in flight, so memory stays one piece.
 */
async function writePieces(file: string, pieces: Iterable<string>): Promise<void> {
  const out = await open(file, 'w');
  try {
    let pending: Promise<unknown> | undefined;
    for (const piece of pieces) {
      await pending;
      pending = out.write(piece);
    }
    await pending;
  } finally {
    await out.close();
  }
}

/** --output must name a file we can write: its folder exists and is writable, and it is no folder. */
function writable(abs: string, given: string): void {
  const fail = (why: string) => new UsageError(`--output ${given}: cannot be written (${why})`);
  let st;
  try {
    st = statSync(abs);
  } catch {
    st = undefined;
  }
  if (st?.isDirectory()) throw fail('it is a folder');
  try {
    accessSync(st ? abs : path.dirname(abs), constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? `no folder ${path.dirname(given) || '.'}` : (code ?? 'error'));
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
