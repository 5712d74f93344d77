/**
 * The Action: inputs → the pull request's changed files (from the checkout; on
 * `pull_request_target` from git objects or the API, as data) → the scan → reports and the pull
 * request's check run, review and summary → outputs and the step's result. Wiring only; the run's
 * deadline, cancellation and the check run it must always complete are `github/guarded-run.ts`'s.
 */
import * as core from '@actions/core';
import { containedPath } from './inputs/action-inputs.js';
import { candidateMatcher } from './files/discover.js';
import { workspaceGit } from './files/git-objects.js';
import { MAX_FILE_BYTES, scan } from './scan/scan.js';
import { ruleDescriptions } from './scan/rule-descriptions.js';
import { VERSION } from './scan/version.js';
import { RULES } from './rules/index.js';
import { makeClient } from './github/client.js';
import { actionEvent } from './github/event.js';
import { newCheckRunKey, startCheck } from './github/check-run.js';
import { guardedRun, type Guard } from './github/guarded-run.js';
import { actionSettings } from './github/settings.js';
import { filesToScan, headLines, scanSelection } from './github/pr-source.js';
import { publish } from './github/publish.js';
import { finish, logScan, writeReports } from './github/outputs.js';

export async function run(): Promise<void> {
  await guardedRun(work, { fail: (m) => core.setFailed(m), warn: (m) => core.warning(m) });
}

/** Every value given as a template parameter is masked in the log (NoEcho or not, it may be secret). */
export function maskSecrets(parameters: Record<string, string>, extra: Iterable<string> = []): void {
  for (const v of [...Object.values(parameters), ...extra]) if (v && v.trim()) core.setSecret(v);
}

async function work({ signal, progress, deadline }: Guard): Promise<void> {
  const event = actionEvent();
  const { workspace, owner, repo, pr, sha } = event;
  const log = { info: core.info, notice: (m: string) => core.notice(m), warn: (m: string) => core.warning(m) };
  const token = core.getInput('github-token');
  const gh = makeClient({ token, baseUrl: event.apiUrl, warn: log.warn, signal });
  let requests = 0;
  gh.hook.before('request', () => void requests++);
  const git = workspaceGit(workspace);

  const input = (name: string) => core.getInput(name);
  const ruleIds = new Set(RULES.map((r) => r.meta.id));
  const { options, config, notes } = await actionSettings({ event, input, gh, git, ruleIds });
  maskSecrets(options.parameters);
  deadline(options.deadlineMinutes);
  const sarifPath = options.sarifFile ? containedPath(workspace, options.sarifFile, 'sarif-file') : undefined;

  progress.stage = 'reading the changed files';
  const wanted = candidateMatcher(options.include, options.exclude);
  const changed = await filesToScan({ gh, event, scan: options.scan, wanted, maxBytes: MAX_FILE_BYTES, git, log });
  const { files, supplied, unread } = changed ?? {};
  const { include, exclude } = options;
  const { anything, ...selection } = scanSelection(event, changed, { include, exclude, wanted });
  const checkRunKey = newCheckRunKey();
  const target = { owner, repo, sha, name: options.checkName, key: checkRunKey };
  const started = await startCheck(gh, target, options.checkRun && anything, log.warn);
  if (started.id !== undefined)
    progress.check = { owner, repo, id: started.id, name: options.checkName, token, baseUrl: event.apiUrl };

  progress.stage = 'scanning';
  const result = await scan({
    cwd: workspace,
    ...selection,
    parameters: options.parameters,
    region: options.accessAnalyzer.region,
    config,
    accessAnalyzer: options.accessAnalyzer,
  });
  // NoEcho values are known only once the templates are read: mask them before anything is logged.
  maskSecrets(options.parameters, result.secrets);
  for (const w of supplied?.warnings ?? []) result.warnings.push(w);
  const failure = logScan(result, unread, options.accessAnalyzer.mode);
  const rules = ruleDescriptions();
  const { failOn } = options;
  const reportFile = writeReports({ result, failOn, toolVersion: VERSION, rules }, workspace, sarifPath);

  progress.stage = 'posting to GitHub';
  const published = await publish(
    {
      ...{ gh, owner, repo, sha, pr, files, result, failOn, rules, notes, failure, warn: log.warn },
      ...{ checkRunId: started.id, checkName: options.checkName, checkRunKey, commentOn: options.commentOn },
      flags: { review: options.review, checkRun: options.checkRun, summaryComment: options.summaryComment },
      serverUrl: event.serverUrl,
      lineText: headLines(event, supplied, git),
    },
    started.forbidden,
  );
  progress.completed = published.checkCompleted || started.id === undefined;
  const outputs = { 'sarif-file': options.sarifFile, 'report-file': reportFile };
  await finish({ result, failOn, failure, published, checkRun: options.checkRun, outputs, requests });
}
