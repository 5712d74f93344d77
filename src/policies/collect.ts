/**
 * Where extraction gathers a template's policies: each policy document read into statements (or
 * said not analysable, and why), with its kind, path, attachments and quota.
 */
import type { Node } from '../parse/node.js';
import type { Resource } from '../template/model.js';
import type { Resolver } from '../template/resolve.js';
import { documentNode } from './document.js';
import { readDocument } from './statements.js';
import type { Attachment, ManagedAttachment, Policy, PolicyKind } from './types.js';

export const NONE: Attachment = { users: [], groups: [], roles: [] };

/** IAM's inline size quotas (characters, whitespace excluded). */
export const SIZE_QUOTAS = {
  managed: { limit: 6144, what: 'managed policy' },
  role: { limit: 10240, what: 'inline policies of a role' },
  user: { limit: 2048, what: 'inline policies of a user' },
  group: { limit: 5120, what: 'inline policies of a group' },
} as const;

/** A property that holds an IAM policy PolicyGate could not read, and why. */
export interface PolicyNotAnalysed {
  resource: Resource;
  path: string;
  /** Where the reason lies (the property, or the character where its JSON stops parsing). */
  node: Node;
  reason: string;
}

/** One template's extraction under way: what has been found so far. */
export interface Ctx {
  file: string;
  r: Resolver;
  text: string | undefined;
  policies: Policy[];
  managed: ManagedAttachment[];
  notAnalysed: PolicyNotAnalysed[];
}

/**
 * The policy document at `node` (if any) read and recorded: its statements, or why it cannot be
 * analysed. `singleStatement`: the node is one statement (EventBridge's `Statement` property).
 */
export function add(
  ctx: Ctx,
  res: Resource,
  kind: PolicyKind,
  node: Node | undefined,
  path: string,
  attachedTo: Attachment,
  sizeQuota?: { limit: number; what: string },
  governs?: string,
  singleStatement = false,
  session = false,
): void {
  const doc = ctx.r.view(node);
  if (!doc) return;
  const read = singleStatement ? { node: doc } : documentNode(doc, ctx.r, ctx.text);
  if ('reason' in read) ctx.notAnalysed.push({ resource: res, path, node: read.at, reason: read.reason });
  const { statements, problems } =
    'reason' in read
      ? { statements: [], problems: [] }
      : read.problem
        ? { statements: [], problems: [{ node: read.node, message: read.problem }] }
        : readDocument(
            singleStatement
              ? {
                  kind: 'map',
                  start: doc.start,
                  end: doc.end,
                  pairs: [
                    { key: { kind: 'scalar', start: doc.start, end: doc.start, value: 'Statement' }, value: doc },
                  ],
                }
              : read.node,
            ctx.r,
          );
  ctx.policies.push({
    kind,
    file: ctx.file,
    resource: res,
    path,
    node: doc,
    statements,
    attachedTo,
    governs,
    sizeQuota,
    synthesised: false,
    problems,
    ...(session ? { session: true } : {}),
    ...('reason' in read ? { unanalysable: read.reason } : {}),
  });
}
