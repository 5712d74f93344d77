/**
 * The Action's settings: the config file (on a pull request from its base commit, or the head if
 * the workflow says so) and the inputs, each input set in the workflow winning over the config's.
 */
import { readActionInputs, type ActionOptions } from '../inputs/action-inputs.js';
import { actionConfig } from '../inputs/config-source.js';
import type { Config } from '../inputs/config.js';
import type { GitHubClient } from './client.js';
import type { ActionEvent } from './event.js';
import { readAtCommit } from './pr-contents.js';
import type { WorkspaceGit } from './pr-source.js';

export interface ActionSettings {
  options: ActionOptions;
  config: Config | undefined;
  /** Lines for the summary: the config the pull request changes, for one. */
  notes: string[];
}

export async function actionSettings(o: {
  event: ActionEvent;
  input: (name: string) => string;
  gh: GitHubClient;
  git: Pick<WorkspaceGit, 'hasCommit' | 'readAt'>;
  ruleIds: Set<string>;
}): Promise<ActionSettings> {
  const { event, git, gh } = o;
  const { pr, workspace } = event;
  const { config, notes } = await actionConfig({
    input: o.input,
    pr,
    // git when the commit is in the checkout; the API otherwise (pull_request_target, a shallow fetch).
    read: async (at, file) => (git.hasCommit(at) ? git.readAt(at, file) : readAtCommit(gh, pr!, at, file)),
    workspace,
    ids: o.ruleIds,
  });
  const { options } = readActionInputs(o.input, process.env, () => config, workspace);
  return { options, config, notes };
}
