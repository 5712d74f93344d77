/**
 * The Action: inputs → the pull request's changed files (from the checkout; on
 * `pull_request_target` from git objects or the API, as data) → the scan → reports and the pull
 * request's check run, review and summary → outputs and the step's result. Wiring only; the run's
 * deadline, cancellation and the check run it must always complete are `github/guarded-run.ts`'s.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { containedPath, readActionInputs } from './inputs/action-inputs.js';
import { UsageError } from './inputs/errors.js';
import { MAX_FILE_BYTES, scan } from './scan/scan.js';
import { hasCommit, readAtRef } from './files/git.js';
import { workspaceGit } from './files/git-objects.js';
import { candidateMatcher } from './files/discover.js';
import { countBySeverity, severityRank, verdict, type ScanResult } from './findings/types.js';
import { REPORTERS } from './report/index.js';
import { annotation } from './report/github.js';
import { isForbidden, makeClient, type GitHubClient } from './github/client.js';
import { newCheckRunKey, startCheckRun, type CheckRunTarget } from './github/check-run.js';
import { guardedRun, type Guard } from './github/guarded-run.js';
import { actionConfig } from './inputs/config-source.js';
import { readAtCommit, type SuppliedFiles } from './github/pr-contents.js';
import { type ChangedFile, type PullRequestRef } from './github/pr-files.js';
import { pullRequestFiles } from './github/pr-source.js';
import { publish } from './github/publish.js';
import { ruleDescriptions } from './scan/rule-descriptions.js';
import { RULES } from './rules/index.js';
import { VERSION } from './scan/version.js';

export async function run(): Promise<void> {
  await guardedRun(work, { fail: (m) => core.setFailed(m), warn: (m) => core.warning(m) });
}

/** Every value given as a template parameter is masked in the log (NoEcho or not, it may be secret). */
export function maskSecrets(parameters: Record<string, string>, extra: string[] = []): void {
  for (const v of [...Object.values(parameters), ...extra]) if (v && v.trim()) core.setSecret(v);
}

async function work({ signal, progress, deadline }: Guard): Promise<void> {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const ids = new Set(RULES.map((r) => r.meta.id));
  const ctx = github.context;
  const pull = ctx.payload.pull_request;
  const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '/').split('/');
  if (!owner || !repo)
    throw new UsageError('GITHUB_REPOSITORY is not set: run PolicyGate as a GitHub Action, or use the CLI');
  const pr: PullRequestRef | undefined = pull
    ? { owner, repo, number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha }
    : undefined;
  const target = ctx.eventName === 'pull_request_target';
  const token = core.getInput('github-token');
  const gh = makeClient({ token, baseUrl: ctx.apiUrl, warn: (m) => core.warning(m), signal });
  let requests = 0;
  gh.hook.before('request', () => {
    requests++;
  });

  // The config: on a pull request from its base commit (or the head, if the workflow says so).
  const { config, notes } = await actionConfig({
    input: (n) => core.getInput(n),
    pr,
    // git when the commit is in the checkout; the API otherwise (pull_request_target, a shallow fetch).
    read: async (sha, file) =>
      hasCommit(workspace, sha) ? readAtRef(workspace, sha, file) : readAtCommit(gh, pr!, sha, file),
    workspace,
    ids,
  });
  const { options } = readActionInputs(
    (n) => core.getInput(n),
    process.env,
    () => config,
    workspace,
  );
  maskSecrets(options.parameters);
  deadline(options.deadlineMinutes);
  const sarifPath = options.sarifFile ? containedPath(workspace, options.sarifFile, 'sarif-file') : undefined;
  const sha = pr?.headSha ?? ctx.sha;

  progress.stage = 'reading the changed files';
  const matches = candidateMatcher(options.include, options.exclude);
  const wanted = (f: ChangedFile) => matches(f.path);
  let files: ChangedFile[] | undefined;
  let supplied: SuppliedFiles | undefined;
  let unread: string | undefined;
  if (pr && target && options.scan === 'all')
    core.notice(
      'scan: all is not possible on pull_request_target (the head is not checked out); scanning the changed files',
    );
  if (pr && (target || options.scan === 'changed')) {
    const got = await pullRequestFiles({
      gh,
      pr,
      workspace,
      target,
      changedCount: typeof pull?.changed_files === 'number' ? pull.changed_files : undefined,
      wanted: matches,
      maxBytes: MAX_FILE_BYTES,
      warn: (m) => core.warning(m),
      git: workspaceGit(workspace),
    });
    ({ files, supplied, unread } = got);
    core.info(`PolicyGate: ${got.files.length} changed files (read from the ${got.via})`);
  }
  // The run shows as in progress while there is something to scan; otherwise it is created done.
  const relevant = !files || files.some(wanted);
  const checkRunKey = newCheckRunKey();
  const started =
    options.checkRun && relevant
      ? await startCheck(gh, { owner, repo, sha, name: options.checkName, key: checkRunKey })
      : { id: undefined, forbidden: false };
  if (started.id !== undefined)
    progress.check = { owner, repo, id: started.id, name: options.checkName, token, baseUrl: ctx.apiUrl };

  progress.stage = 'scanning';
  const result: ScanResult = await scan({
    cwd: workspace,
    files: supplied
      ? { given: supplied.files }
      : {
          paths: ['.'],
          include: options.include,
          exclude: options.exclude,
          changed: files && new Set(files.map((f) => path.resolve(workspace, f.path))),
          at: pr?.headSha,
        },
    compareWith: supplied ? supplied.base : pr?.baseSha,
    parameters: options.parameters,
    region: options.accessAnalyzer.region,
    config,
    accessAnalyzer: options.accessAnalyzer,
  });
  // NoEcho values are known only once the templates are read: mask them before anything is logged.
  maskSecrets(options.parameters, [...(result.secrets ?? [])]);
  if (supplied) result.warnings.push(...supplied.warnings);
  // Changed files left unread fail the gate (closed), as a check that could not run does.
  const failure = [unread, result.accessAnalyzer.error].filter(Boolean).join('; ') || undefined;
  if (!result.accessAnalyzer.ran && result.accessAnalyzer.skipped && options.accessAnalyzer.mode === 'auto')
    core.notice(`Access Analyzer: not run (${result.accessAnalyzer.skipped}).`);
  for (const w of result.warnings) core.warning(w.message, { file: w.file, startLine: w.line ?? undefined });

  const rules = ruleDescriptions();
  const report = { result, failOn: options.failOn, toolVersion: VERSION, rules };
  const reportFile = path.join(process.env.RUNNER_TEMP ?? workspace, 'policygate-report.json');
  writeFileSync(reportFile, REPORTERS.json(report));
  if (sarifPath) writeFileSync(sarifPath, REPORTERS.sarif(report));

  const headTexts = new Map((supplied?.files ?? []).map((f) => [f.rel, f.text]));
  const fileLines = new Map<string, string[]>();
  const lineText = (file: string, line: number) => {
    if (!fileLines.has(file)) {
      try {
        const text =
          headTexts.get(file) ??
          ((pr && readAtRef(workspace, pr.headSha, file)) || readFileSync(path.join(workspace, file), 'utf8'));
        fileLines.set(file, text.split(/\r?\n/));
      } catch {
        fileLines.set(file, []);
      }
    }
    return fileLines.get(file)![line - 1];
  };

  progress.stage = 'posting to GitHub';
  const published = await publish(
    {
      gh,
      owner,
      repo,
      sha,
      pr,
      files,
      checkRunId: started.id,
      checkName: options.checkName,
      checkRunKey,
      commentOn: options.commentOn,
      notes,
      result,
      failOn: options.failOn,
      rules,
      flags: { review: options.review, checkRun: options.checkRun, summaryComment: options.summaryComment },
      serverUrl: ctx.serverUrl,
      lineText,
      failure,
      warn: (m) => core.warning(m),
    },
    started.forbidden,
  );
  progress.completed = published.checkCompleted || started.id === undefined;
  if (published.forbidden || !options.checkRun || !published.checkCompleted) annotate(result);
  if (process.env.GITHUB_STEP_SUMMARY) {
    const notWritten = published.notWritten.length
      ? `\n\n### Not written to GitHub\n\n${published.notWritten.map((w) => `- ${w}`).join('\n')}\n`
      : '';
    await core.summary.addRaw(published.markdown + notWritten).write();
  }

  const counts = countBySeverity(result.findings);
  const outcome = verdict(result.findings, options.failOn, failure);
  core.setOutput('findings', String(result.findings.filter((f) => !f.suppressed).length));
  for (const [s, n] of Object.entries(counts)) core.setOutput(s, String(n));
  core.setOutput('conclusion', outcome);
  core.setOutput('sarif-file', options.sarifFile);
  core.setOutput('report-file', reportFile);
  core.info(
    `PolicyGate: ${outcome} (${Object.entries(counts)
      .map(([s, n]) => `${n} ${s}`)
      .join(
        ', ',
      )}); review: ${published.review?.posted ?? 0} new comments, ${published.review?.markedFixed ?? 0} marked fixed; not written: ${published.notWritten.length}; GitHub requests: ${requests}`,
  );
  if (failure) core.setFailed(failure);
  else if (outcome === 'failure') core.setFailed(`PolicyGate: findings at or above ${options.failOn}`);
}

/** The check run in progress; a token that may not create it (a fork) is reported once, later. */
async function startCheck(gh: GitHubClient, target: CheckRunTarget & { name: string }) {
  const { name } = target;
  try {
    return { id: await startCheckRun(gh, target), forbidden: false };
  } catch (e) {
    if (isForbidden(e)) {
      core.warning(
        `the token cannot create the ${name} check run (${(e as Error).message}); this is expected on pull requests from forks. The job summary, annotations, SARIF and the exit code still carry the result.`,
      );
      return { id: undefined, forbidden: true };
    }
    core.warning(`could not create the ${name} check run: ${(e as Error).message}`);
    return { id: undefined, forbidden: false };
  }
}

/** Workflow-command annotations, most severe first (the runner shows only the first few). */
function annotate(result: ScanResult): void {
  const open = result.findings
    .filter((f) => !f.suppressed)
    .sort((a, b) => severityRank(a.severity) - severityRank(b.severity));
  for (const f of open) process.stdout.write(`${annotation(f)}\n`);
}
