/**
 * The Action: inputs → the pull request's changed files → the scan → reports and the pull
 * request's check run, review and summary → outputs and the step's result. Wiring only.
 */
import * as core from '@actions/core';
import * as github from '@actions/github';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { readActionInputs } from './inputs/action-inputs.js';
import { loadConfig } from './inputs/config.js';
import { UsageError } from './inputs/errors.js';
import { scan } from './scan.js';
import { readAtRef } from './files/git.js';
import { conclusion, countBySeverity, severityRank, type ScanResult } from './findings/types.js';
import { REPORTERS } from './report/index.js';
import { annotation } from './report/github.js';
import { isForbidden, makeClient, type GitHubClient } from './github/client.js';
import { startCheckRun } from './github/check-run.js';
import { changedFiles, type PullRequestRef } from './github/pr-files.js';
import { publish } from './github/publish.js';
import { ruleDescriptions } from './run-scan.js';
import { RULES } from './rules/index.js';
import { VERSION } from './version.js';

export async function run(): Promise<void> {
  // A check run left in progress by a crash would block the pull request with no explanation.
  let abandon: ((reason: string) => Promise<void>) | undefined;
  try {
    const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
    const ids = new Set(RULES.map((r) => r.meta.id));
    const { options, config } = readActionInputs(
      (n) => core.getInput(n),
      process.env,
      (p, explicit) => loadConfig(workspace, explicit ? p : p === '.github/policygate.yml' ? undefined : p, ids),
    );
    const ctx = github.context;
    const pull = ctx.payload.pull_request;
    const [owner, repo] = (process.env.GITHUB_REPOSITORY ?? '/').split('/');
    const pr: PullRequestRef | undefined = pull
      ? { owner, repo, number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha }
      : undefined;
    const gh = makeClient({ token: options.token, baseUrl: ctx.apiUrl, warn: (m) => core.warning(m) });
    let requests = 0;
    gh.hook.before('request', () => {
      requests++;
    });

    if (!owner || !repo)
      throw new UsageError('GITHUB_REPOSITORY is not set: run PolicyGate as a GitHub Action, or use the CLI');
    const sha = pr?.headSha ?? ctx.sha;
    const files =
      pr && options.scan === 'changed' ? await changedFiles(gh, pr, workspace, (m) => core.warning(m)) : undefined;
    // The run shows as in progress while there is something to scan; otherwise it is created done.
    const candidates = picomatch(options.include, { dot: true });
    const excluded = picomatch(options.exclude.length ? options.exclude : ['\0'], { dot: true });
    const relevant = !files || files.some((f) => candidates(f.path) && !excluded(f.path));
    const started =
      options.checkRun && relevant ? await startCheck(gh, owner, repo, sha) : { id: undefined, forbidden: false };
    if (started.id !== undefined) {
      const id = started.id;
      abandon = async (reason) => {
        await gh.rest.checks
          .update({
            owner,
            repo,
            check_run_id: id,
            status: 'completed',
            conclusion: 'failure',
            output: { title: 'PolicyGate could not finish', summary: reason.slice(0, 60_000) },
          })
          .catch(() => undefined);
      };
    }
    const result: ScanResult = await scan({
      cwd: workspace,
      paths: ['.'],
      include: options.include,
      exclude: options.exclude,
      only: files ? new Set(files.map((f) => path.resolve(workspace, f.path))) : undefined,
      parameters: options.parameters,
      region: options.region,
      config,
      accessAnalyzer: {
        mode: options.accessAnalyzer,
        region: options.region,
        checks: options.checks,
        sensitiveActions: options.sensitiveActions,
      },
      compareWith: pr?.baseSha,
      readAt: pr?.headSha,
    });
    const failure = result.accessAnalyzer.error;
    if (!result.accessAnalyzer.ran && result.accessAnalyzer.skipped && options.accessAnalyzer === 'auto')
      core.notice(`Access Analyzer: not run (${result.accessAnalyzer.skipped}).`);
    for (const w of result.warnings) core.warning(w.message, { file: w.file, startLine: w.line ?? undefined });

    const rules = ruleDescriptions();
    const report = { result, failOn: options.failOn, toolVersion: VERSION, rules };
    const reportFile = path.join(process.env.RUNNER_TEMP ?? workspace, 'policygate-report.json');
    writeFileSync(reportFile, REPORTERS.json(report));
    if (options.sarifFile) writeFileSync(path.resolve(workspace, options.sarifFile), REPORTERS.sarif(report));

    const fileLines = new Map<string, string[]>();
    const lineText = (file: string, line: number) => {
      if (!fileLines.has(file)) {
        try {
          const text =
            (pr && readAtRef(workspace, pr.headSha, file)) || readFileSync(path.join(workspace, file), 'utf8');
          fileLines.set(file, text.split(/\r?\n/));
        } catch {
          fileLines.set(file, []);
        }
      }
      return fileLines.get(file)![line - 1];
    };
    const published = await publish(
      {
        gh,
        owner,
        repo,
        sha,
        pr,
        files,
        checkRunId: started.id,
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
    if (published.forbidden || !options.checkRun) annotate(result);
    if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(published.markdown).write();

    const counts = countBySeverity(result.findings);
    const verdict = failure ? 'failure' : conclusion(result.findings, options.failOn);
    core.setOutput('findings', String(result.findings.filter((f) => !f.suppressed).length));
    for (const [s, n] of Object.entries(counts)) core.setOutput(s, String(n));
    core.setOutput('conclusion', verdict);
    core.setOutput('sarif-file', options.sarifFile);
    core.setOutput('report-file', reportFile);
    core.info(
      `PolicyGate: ${verdict} (${Object.entries(counts)
        .map(([s, n]) => `${n} ${s}`)
        .join(
          ', ',
        )}); review: ${published.review?.posted ?? 0} new comments, ${published.review?.markedFixed ?? 0} marked fixed; GitHub requests: ${requests}`,
    );
    if (failure) core.setFailed(failure);
    else if (verdict === 'failure') core.setFailed(`PolicyGate: findings at or above ${options.failOn}`);
  } catch (e) {
    const message = e instanceof UsageError ? e.message : `PolicyGate failed: ${(e as Error).stack ?? e}`;
    await abandon?.(message);
    core.setFailed(message);
  }
}

/** The check run in progress; a token that may not create it (a fork) is reported once, later. */
async function startCheck(gh: GitHubClient, owner: string, repo: string, sha: string) {
  try {
    return { id: await startCheckRun(gh, owner, repo, sha), forbidden: false };
  } catch (e) {
    if (isForbidden(e)) {
      core.warning(
        `the token cannot create the PolicyGate check run (${(e as Error).message}); this is expected on pull requests from forks. The job summary, annotations, SARIF and the exit code still carry the result.`,
      );
      return { id: undefined, forbidden: true };
    }
    core.warning(`could not create the PolicyGate check run: ${(e as Error).message}`);
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
