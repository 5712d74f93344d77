/**
 * Finds every policy in a template (or a standalone policy file): its kind, where it sits in the
 * resource, what it is attached to and its statements. One table says where each resource type
 * keeps its policies; Lambda permissions and SAM policy templates become synthesised statements.
 */
import { get, isMap, isScalar, isSeq, type Node } from '../parse/node.js';
import type { Resource, Template } from '../template/model.js';
import type { Resolver } from '../template/resolve.js';
import { Unknown, asString, isUnknown } from '../template/values.js';
import { readDocument } from './statements.js';
import { policyProperties, type PolicyClass } from './policy-properties-data.js';
import { NONE, SIZE_QUOTAS, add, type Ctx, type PolicyNotAnalysed } from './collect.js';
import { lambdaPermission, samPolicies } from './synthesised.js';
import type { Attachment, ManagedAttachment, Policy, PolicyKind, Statement } from './types.js';

export { SIZE_QUOTAS, type PolicyNotAnalysed } from './collect.js';
export { readPolicyDocument } from './document.js';

/**
 * Properties the switch in extractResource reads itself (attachments, size quotas, SAM): the
 * generated table answers for every other policy property of every type.
 */
const HANDLED = new Set([
  'AWS::IAM::Role AssumeRolePolicyDocument',
  'AWS::IAM::Role Policies[].PolicyDocument',
  'AWS::IAM::User Policies[].PolicyDocument',
  'AWS::IAM::Group Policies[].PolicyDocument',
  'AWS::IAM::Policy PolicyDocument',
  'AWS::IAM::ManagedPolicy PolicyDocument',
  'AWS::IAM::RolePolicy PolicyDocument',
  'AWS::IAM::UserPolicy PolicyDocument',
  'AWS::IAM::GroupPolicy PolicyDocument',
  'AWS::SSO::PermissionSet InlinePolicy',
]);

export interface Extracted {
  policies: Policy[];
  managed: ManagedAttachment[];
  notAnalysed: PolicyNotAnalysed[];
}

/** `text` is the file's text: policies written as JSON strings are then placed line by line. */
export function extractFromTemplate(file: string, t: Template, r: Resolver, text?: string): Extracted {
  const ctx: Ctx = { file, r, text, policies: [], managed: [], notAnalysed: [] };
  for (const res of t.resources) {
    if (!r.created(res.condition)) continue;
    const props = r.view(res.properties);
    if (!isMap(props)) continue;
    extractResource(ctx, res, props);
  }
  return { policies: ctx.policies, managed: ctx.managed, notAnalysed: ctx.notAnalysed };
}

function extractResource(ctx: Ctx, res: Resource, props: Node): void {
  const { r } = ctx;
  const self = (kind: keyof Attachment): Attachment => ({ ...NONE, [kind]: [res.id] });
  switch (res.type) {
    case 'AWS::IAM::Role':
      add(ctx, res, 'trust', get(props, 'AssumeRolePolicyDocument'), 'AssumeRolePolicyDocument', NONE);
      inlinePolicies(ctx, res, props, self('roles'), SIZE_QUOTAS.role);
      managedArns(ctx, res, props, 'ManagedPolicyArns', self('roles'));
      managedArns(ctx, res, props, 'PermissionsBoundary', NONE);
      break;
    case 'AWS::IAM::User':
      inlinePolicies(ctx, res, props, self('users'), SIZE_QUOTAS.user);
      managedArns(ctx, res, props, 'ManagedPolicyArns', self('users'));
      break;
    case 'AWS::IAM::Group':
      inlinePolicies(ctx, res, props, self('groups'), SIZE_QUOTAS.group);
      managedArns(ctx, res, props, 'ManagedPolicyArns', self('groups'));
      break;
    case 'AWS::IAM::Policy':
    case 'AWS::IAM::ManagedPolicy': {
      const attached = attachments(r, props);
      const quota =
        res.type === 'AWS::IAM::ManagedPolicy'
          ? SIZE_QUOTAS.managed
          : attached.users.length
            ? SIZE_QUOTAS.user
            : attached.groups.length
              ? SIZE_QUOTAS.group
              : SIZE_QUOTAS.role;
      add(ctx, res, 'identity', get(props, 'PolicyDocument'), 'PolicyDocument', attached, quota);
      break;
    }
    case 'AWS::IAM::RolePolicy':
    case 'AWS::IAM::UserPolicy':
    case 'AWS::IAM::GroupPolicy': {
      const which = res.type.slice('AWS::IAM::'.length, -'Policy'.length);
      const name = r.string(get(props, `${which}Name`));
      const kind = `${which.toLowerCase()}s` as keyof Attachment;
      const quota = which === 'User' ? SIZE_QUOTAS.user : which === 'Group' ? SIZE_QUOTAS.group : SIZE_QUOTAS.role;
      add(
        ctx,
        res,
        'identity',
        get(props, 'PolicyDocument'),
        'PolicyDocument',
        { ...NONE, [kind]: name ? [name] : [] },
        quota,
      );
      break;
    }
    case 'AWS::SSO::PermissionSet':
      add(ctx, res, 'identity', get(props, 'InlinePolicy'), 'InlinePolicy', NONE, SIZE_QUOTAS.role);
      managedArns(ctx, res, props, 'ManagedPolicies', NONE);
      break;
    case 'AWS::Organizations::Policy': {
      const type = r.string(get(props, 'Type'));
      const kind: PolicyKind | undefined =
        type === 'SERVICE_CONTROL_POLICY' ? 'scp' : type === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : undefined;
      if (kind) add(ctx, res, kind, get(props, 'Content'), 'Content', NONE);
      break;
    }
    case 'AWS::Lambda::Permission':
      lambdaPermission(ctx, res, props);
      break;
    case 'AWS::Events::EventBusPolicy': {
      const st = get(props, 'Statement');
      if (st) add(ctx, res, 'resource', st, 'Statement', NONE, undefined, 'AWS::Events::EventBus', true);
      break;
    }
    case 'AWS::Serverless::Function':
    case 'AWS::Serverless::StateMachine':
      samPolicies(ctx, res, props);
      break;
  }
  for (const { steps, cls, governs } of tableRows(res.type)) {
    for (const [node, where] of atPath(r, props, steps)) {
      if (cls === 'resource') add(ctx, res, 'resource', node, where, NONE, undefined, refine(r, res, props, governs));
      else if (cls === 'session') add(ctx, res, 'identity', node, where, NONE, undefined, undefined, false, true);
      else add(ctx, res, cls, node, where, NONE);
    }
  }
}

interface TableRow {
  /** The path's steps: a name, and whether it is a list (`Replicas[]`). */
  steps: readonly { name: string; list: boolean }[];
  cls: Exclude<PolicyClass, 'none'>;
  governs: string | undefined;
}

/** The generated table's rows the switch does not read itself, worked out once per type. */
const rowsByType = new Map<string, readonly TableRow[]>();

function tableRows(type: string): readonly TableRow[] {
  let rows = rowsByType.get(type);
  if (rows) return rows;
  const table = Object.hasOwn(policyProperties, type) ? policyProperties[type] : [];
  rows = table.flatMap(([path, cls, governs]) =>
    cls === 'none' || HANDLED.has(`${type} ${path}`)
      ? []
      : [
          {
            steps: path.split('.').map((step) => ({ name: step.replace(/\[\]$/, ''), list: step.endsWith('[]') })),
            cls,
            governs,
          },
        ],
  );
  rowsByType.set(type, rows);
  return rows;
}

/** The nodes at a table path (`Replicas[].ResourcePolicy.PolicyDocument`), each with its own path. */
function atPath(r: Resolver, props: Node, steps: TableRow['steps']): [Node, string][] {
  let at: [Node, string][] = [[props, '']];
  for (const { name, list } of steps) {
    const next: [Node, string][] = [];
    for (const [n, where] of at) {
      const child = r.view(get(n, name));
      if (!child) continue;
      const here = where ? `${where}.${name}` : name;
      if (list) r.items(child).forEach((item, i) => next.push([item, `${here}[${i}]`]));
      else next.push([child, here]);
    }
    at = next;
  }
  return at;
}

/**
 * One policy resource type that governs several kinds of resource: the kind from the ARN it names
 * (CloudTrail channels, event data stores and dashboards; Kinesis streams and their consumers).
 */
function refine(r: Resolver, res: Resource, props: Node, governs: string | undefined): string | undefined {
  if (res.type !== 'AWS::CloudTrail::ResourcePolicy' && res.type !== 'AWS::Kinesis::ResourcePolicy') return governs;
  const target = get(props, 'ResourceArn');
  const arn = r.string(target);
  if (arn !== undefined) {
    if (/:eventdatastore\//.test(arn)) return 'AWS::CloudTrail::EventDataStore';
    if (/:dashboard\//.test(arn)) return 'AWS::CloudTrail::Dashboard';
    if (/:stream\/[^/]+\/consumer\//.test(arn)) return 'AWS::Kinesis::StreamConsumer';
    return governs;
  }
  // A Ref or GetAtt to a resource of this template: its type.
  const v = r.view(target);
  const fn = isMap(v) && v.pairs.length === 1 ? String(v.pairs[0].key.value) : '';
  const ref = fn === 'Ref' || fn === 'Fn::GetAtt' ? toName(isMap(v) ? v.pairs[0].value : undefined) : undefined;
  const type = ref ? r.template?.byId.get(ref)?.type : undefined;
  return type &&
    ['AWS::CloudTrail::EventDataStore', 'AWS::CloudTrail::Dashboard', 'AWS::Kinesis::StreamConsumer'].includes(type)
    ? type
    : governs;
}

function toName(n: Node | undefined): string | undefined {
  if (isScalar(n)) return String(n.value).split('.')[0];
  if (isSeq(n) && isScalar(n.items[0])) return String(n.items[0].value);
  return undefined;
}

function inlinePolicies(
  ctx: Ctx,
  res: Resource,
  props: Node,
  attachedTo: Attachment,
  quota: { limit: number; what: string },
): void {
  ctx.r.items(get(props, 'Policies')).forEach((p) => {
    const i = typeof p.key === 'number' ? p.key : 0;
    add(ctx, res, 'identity', get(p, 'PolicyDocument'), `Policies[${i}].PolicyDocument`, attachedTo, quota);
  });
}

function managedArns(ctx: Ctx, res: Resource, props: Node, prop: string, attachedTo: Attachment): void {
  for (const n of ctx.r.items(get(props, prop))) {
    const v = ctx.r.value(n);
    const arn = isUnknown(v) ? v : (asString(v) ?? new Unknown('not a string'));
    ctx.managed.push({ file: ctx.file, resource: res, node: n, arn, attachedTo, via: prop });
  }
}

function attachments(r: Resolver, props: Node): Attachment {
  const names = (prop: string): string[] =>
    r
      .items(get(props, prop))
      .map((n) => r.string(n))
      .filter((s): s is string => s !== undefined);
  return { users: names('Users'), groups: names('Groups'), roles: names('Roles') };
}

/** A standalone policy file: its kind from its statements (principals, sts:AssumeRole*). */
export function extractFromPolicyFile(file: string, root: Node, r: Resolver): Policy {
  const { statements, problems } = readDocument(root, r);
  return {
    kind: policyFileKind(statements),
    file,
    resource: undefined,
    path: null,
    node: root,
    statements,
    attachedTo: NONE,
    synthesised: false,
    problems,
  };
}

function policyFileKind(statements: Statement[]): PolicyKind {
  const withPrincipal = statements.filter((s) => s.principal || s.notPrincipal);
  if (!withPrincipal.length) return 'identity';
  const assumeOnly = withPrincipal.every((s) =>
    (s.action?.items ?? []).every(
      (i) =>
        typeof i.value === 'string' && /^sts:(AssumeRole\w*|TagSession|SetSourceIdentity|SetContext)$/i.test(i.value),
    ),
  );
  return assumeOnly ? 'trust' : 'resource';
}

/** Whether a parsed standalone document is an IAM policy (a mapping with a Statement). */
export function looksLikePolicy(root: Node | undefined): boolean {
  if (!isMap(root)) return false;
  const st = get(root, 'Statement');
  if (!st) return false;
  if (get(root, 'Version') || isSeq(st) || isMap(st)) {
    const first = isSeq(st) ? st.items[0] : st;
    return !first || isMap(first)
      ? Boolean(!first || get(first, 'Effect') || get(first, 'Action') || get(first, 'NotAction'))
      : true;
  }
  // `Statement: "…"` next to a Version is still a policy, just a malformed one.
  return Boolean(get(root, 'Version'));
}
