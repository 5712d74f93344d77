/**
 * What the run is about, from the runner's environment and event file: the repository, the
 * workspace, and the pull request (its base and head) when the event has one.
 */
import * as github from '@actions/github';
import { UsageError } from '../inputs/errors.js';
import type { PullRequestRef } from './pr-files.js';

export interface ActionEvent {
  workspace: string;
  owner: string;
  repo: string;
  pr: PullRequestRef | undefined;
  /** `pull_request_target`: the workspace holds the base only; the head is never checked out. */
  target: boolean;
  /** The commit results go on: the pull request's head (never the merge commit), else the event's. */
  sha: string;
  /** The event's `changed_files`, GitHub's own count. */
  changedCount: number | undefined;
  apiUrl: string;
  serverUrl: string;
}

export function actionEvent(env: NodeJS.ProcessEnv = process.env): ActionEvent {
  const ctx = github.context;
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '/').split('/');
  if (!owner || !repo)
    throw new UsageError('GITHUB_REPOSITORY is not set: run PolicyGate as a GitHub Action, or use the CLI');
  const pull = ctx.payload.pull_request;
  const pr = pull ? { owner, repo, number: pull.number, baseSha: pull.base.sha, headSha: pull.head.sha } : undefined;
  return {
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    owner,
    repo,
    pr,
    target: ctx.eventName === 'pull_request_target',
    sha: pr?.headSha ?? ctx.sha,
    changedCount: typeof pull?.changed_files === 'number' ? pull.changed_files : undefined,
    apiUrl: ctx.apiUrl,
    serverUrl: ctx.serverUrl,
  };
}
