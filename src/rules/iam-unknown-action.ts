import { defineRule, type MessageData } from './types.js';
import { STALE_AFTER_DAYS, catalogueGeneration, catalogueInfo, expand, serviceExists } from '../iam/catalogue.js';
import { isLegacyAction } from '../iam/legacy-actions.js';
import { known } from '../iam/semantics.js';
import { memoByString } from './utils/memo.js';

/** What is wrong with an action: the message that says it, and its data. */
interface Problem {
  messageId: 'notAnAction' | 'unknownService' | 'matchesNothing' | 'unknownAction';
  data: MessageData;
}

/**
 * What is wrong with an action as written, if anything. Remembered per action: every action of
 * every policy is asked about, and policies repeat the same few hundred.
 */
const answer = (v: string): Problem | undefined => {
  const i = v.indexOf(':');
  if (i <= 0) return { messageId: 'notAnAction', data: { action: v } };
  // The catalogue is a snapshot: say which, so a real action newer than it reads as such.
  const data = { action: v, service: v.slice(0, i), date: catalogueInfo().date };
  if (!/[*?]/.test(data.service) && !serviceExists(data.service)) return { messageId: 'unknownService', data };
  if (!expand(v).length && !isLegacyAction(v)) {
    return { messageId: /[*?]/.test(v) ? 'matchesNothing' : 'unknownAction', data };
  }
  return undefined;
};

let memo = { generation: -1, problemOf: memoByString(answer) };
/** Remembered per catalogue: `--iam-data` or `allow-actions` change the answers. */
const problemOf = (v: string): Problem | undefined => {
  if (memo.generation !== catalogueGeneration())
    memo = { generation: catalogueGeneration(), problemOf: memoByString(answer) };
  return memo.problemOf(v);
};

export default defineRule({
  meta: {
    id: 'iam-unknown-action',
    severity: 'medium',
    title: 'Action that does not exist',
    why: 'An action that IAM does not know, or a wildcard that matches no action, grants nothing: usually a typo (`s3:GetObjects`, `dynamodb:Getitem` is fine but `dynamo:GetItem` is not) that leaves the workload failing at run time and hides what the author meant to allow or deny. In a Deny it silently protects nothing.',
    fix: "Correct the service prefix and action name; the IAM Service Authorization Reference lists them. An action newer than the IAM catalogue PolicyGate bundles (its date is in every report) is accepted with `allow-actions:` in the config, or with `--iam-data` and AWS's current service reference.",
    family: 'least-privilege',
    messages: {
      notAnAction: '"{{action}}" is not an action: actions are written service:Action.',
      unknownService:
        '"{{action}}": there is no AWS service with the prefix "{{service}}" in the IAM catalogue of {{date}}.',
      matchesNothing: '"{{action}}" matches no action in the IAM catalogue of {{date}}.',
      unknownAction: '"{{action}}" is not an action of {{service}} in the IAM catalogue of {{date}}.',
    },
  },
  checkPolicy(policy, ctx) {
    // An old catalogue misses real new actions (AWS adds several a day): then only a hint.
    const severity = catalogueInfo().ageDays > STALE_AFTER_DAYS ? 'low' : undefined;
    for (const st of policy.statements) {
      for (const el of [st.action, st.notAction]) {
        for (const item of el?.items ?? []) {
          if (!known(item) || item.value === '*') continue;
          const problem = problemOf(item.value);
          if (problem)
            ctx.report({ node: item.node, policy, key: item.value, ...problem, ...(severity && { severity }) });
        }
      }
    }
  },
});
