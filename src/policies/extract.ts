/**
 * Finds every policy in a template (or a standalone policy file): its kind, where it sits in the
 * resource, what it is attached to and its statements. One table says where each resource type
 * keeps its policies; Lambda permissions and SAM policy templates become synthesised statements.
 */
import { get, isMap, isScalar, isSeq, type Node } from '../parse/node.js';
import type { Resource, Template } from '../template/model.js';
import type { Resolver } from '../template/resolve.js';
import { Unknown, asString, hasUnknown, isUnknown } from '../template/values.js';
import { readDocument } from './statements.js';
import { SAM_POLICY_TEMPLATES } from './sam-templates.js';
import { parseJsonString } from './json-string.js';
import { policyProperties } from './policy-properties-data.js';
import type { Attachment, Item, ManagedAttachment, Policy, PolicyKind, Statement } from './types.js';

const NONE: Attachment = { users: [], groups: [], roles: [] };

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

interface Ctx {
  file: string;
  r: Resolver;
  text: string | undefined;
  policies: Policy[];
  managed: ManagedAttachment[];
  notAnalysed: PolicyNotAnalysed[];
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
  const table = Object.hasOwn(policyProperties, res.type) ? policyProperties[res.type] : [];
  for (const [path, cls, governs] of table) {
    if (cls === 'none' || HANDLED.has(`${res.type} ${path}`)) continue;
    for (const [node, where] of atPath(r, props, path)) {
      if (cls === 'resource') add(ctx, res, 'resource', node, where, NONE, undefined, refine(r, res, props, governs));
      else if (cls === 'session') add(ctx, res, 'identity', node, where, NONE, undefined, undefined, false, true);
      else add(ctx, res, cls, node, where, NONE);
    }
  }
}

/** The nodes at a table path (`Replicas[].ResourcePolicy.PolicyDocument`), each with its own path. */
function atPath(r: Resolver, props: Node, path: string): [Node, string][] {
  let at: [Node, string][] = [[props, '']];
  for (const step of path.split('.')) {
    const list = step.endsWith('[]');
    const name = list ? step.slice(0, -2) : step;
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

function add(
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

/**
 * Some properties take the document as a JSON string (Logs resource policies, SSO inline
 * policies): such a string is parsed and every node of it placed at the string's position.
 */
function documentNode(
  doc: Node,
  r: Resolver,
  text: string | undefined,
): { node: Node; problem?: string } | { reason: string; at: Node } {
  const fn = isMap(doc) && doc.pairs.length === 1 ? String(doc.pairs[0].key.value) : undefined;
  // A document written through Fn::ToJsonString (language extensions) is still the mapping it
  // serialises: read that, so statements keep their own lines.
  if (fn === 'Fn::ToJsonString' && isMap(doc)) return documentNode(r.view(doc.pairs[0].value) ?? doc, r, text);
  if (isMap(doc) && !(fn && (fn === 'Ref' || fn.startsWith('Fn::')))) return { node: doc };
  const v = r.value(doc);
  if (isUnknown(v)) return { reason: `its value is known only at deploy time (${v.reason})`, at: doc };
  if (v && typeof v === 'object' && !Array.isArray(v) && !hasUnknown(v)) return { node: fromPlain(v, doc) };
  if (typeof v !== 'string') return { node: doc };
  // A string built by Fn::Sub or Fn::Join: parsed, its nodes on the intrinsic as a whole.
  const parsed = parseJsonString(v, doc, isScalar(doc) ? text : undefined);
  if ('node' in parsed) return parsed;
  // Not analysed, but not unknown either: IAM would refuse it, so it is a problem of the policy.
  const at: Node = { kind: 'scalar', start: parsed.at, end: parsed.at + 1, value: null };
  return { node: at, problem: `the policy is a string that is not valid JSON (${parsed.error})` };
}

function fromPlain(v: unknown, at: Node): Node {
  const base = { start: at.start, end: at.end };
  if (Array.isArray(v)) return { kind: 'seq', ...base, items: v.map((x) => fromPlain(x, at)) };
  if (v && typeof v === 'object') {
    return {
      kind: 'map',
      ...base,
      pairs: Object.entries(v).map(([k, x]) => ({
        key: { kind: 'scalar', ...base, value: k },
        value: fromPlain(x, at),
      })),
    };
  }
  return { kind: 'scalar', ...base, value: v as string | number | boolean | null };
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

function item(node: Node, value: string | Unknown): Item {
  return { node, value };
}

function synthetic(node: Node, index: number, parts: Partial<Statement>): Statement {
  return { node, index, sid: undefined, effect: 'Allow', conditions: undefined, ...parts };
}

/** A Lambda permission is one statement of the function's resource policy. */
function lambdaPermission(ctx: Ctx, res: Resource, props: Node): void {
  const { r } = ctx;
  const principalNode = get(props, 'Principal') ?? props;
  const actionNode = get(props, 'Action') ?? props;
  const p = r.value(get(props, 'Principal'));
  const principalValue = isUnknown(p) ? p : (asString(p) ?? new Unknown('not a string'));
  const type =
    principalValue === '*'
      ? '*'
      : typeof principalValue === 'string' && principalValue.endsWith('.amazonaws.com')
        ? 'Service'
        : 'AWS';
  const conditions: Record<string, Record<string, string>> = {};
  const cond = (op: string, key: string, prop: string): void => {
    const v = r.string(get(props, prop));
    if (v !== undefined) (conditions[op] ??= {})[key] = v;
  };
  cond('ArnLike', 'aws:SourceArn', 'SourceArn');
  cond('StringEquals', 'aws:SourceAccount', 'SourceAccount');
  cond('StringEquals', 'aws:PrincipalOrgID', 'PrincipalOrgID');
  cond('StringEquals', 'lambda:FunctionUrlAuthType', 'FunctionUrlAuthType');
  const unknownCond = ['SourceArn', 'SourceAccount', 'PrincipalOrgID'].some(
    (k) => get(props, k) && r.string(get(props, k)) === undefined,
  );
  const st = synthetic(props, 0, {
    action: {
      node: actionNode,
      items: [item(actionNode, r.string(get(props, 'Action')) ?? new Unknown('unknown action'))],
    },
    resource: {
      node: get(props, 'FunctionName') ?? props,
      items: [
        item(
          get(props, 'FunctionName') ?? props,
          r.string(get(props, 'FunctionName')) ?? new Unknown('unknown function'),
        ),
      ],
    },
    principal: { node: principalNode, items: [{ node: principalNode, value: principalValue, type }] },
    conditions: unknownCond
      ? new Unknown('a condition value is not known')
      : Object.keys(conditions).length
        ? conditions
        : undefined,
  });
  ctx.policies.push({
    kind: 'resource',
    file: ctx.file,
    resource: res,
    path: null,
    node: props,
    statements: [st],
    attachedTo: NONE,
    governs: 'AWS::Lambda::Function',
    synthesised: true,
    problems: [],
  });
}

/**
 * SAM `Policies`: a managed policy name or ARN, a policy document, or a policy template. The
 * function's role is created by SAM, so it counts as a role attachment.
 */
function samPolicies(ctx: Ctx, res: Resource, props: Node): void {
  const { r } = ctx;
  const attachedTo: Attachment = { ...NONE, roles: [`${res.id}Role`] };
  const list = r.items(get(props, 'Policies'));
  list.forEach((p, i) => {
    const path = `Policies[${i}]`;
    if (isScalar(p) || (isMap(p) && p.pairs.length === 1 && /^(Ref|Fn::)/.test(String(p.pairs[0].key.value)))) {
      const v = r.value(p);
      const s = asString(v);
      const arn =
        s === undefined
          ? isUnknown(v)
            ? v
            : new Unknown('not a string')
          : s.startsWith('arn:')
            ? s
            : `arn:${r.partition}:iam::aws:policy/${s}`;
      ctx.managed.push({ file: ctx.file, resource: res, node: p, arn, attachedTo, via: 'Policies' });
      return;
    }
    if (!isMap(p)) return;
    if (get(p, 'Statement')) {
      add(ctx, res, 'identity', p, path, attachedTo, SIZE_QUOTAS.role);
      return;
    }
    // `{}` or several keys: not a policy template SAM would accept; nothing to extract.
    if (p.pairs.length !== 1) return;
    const [{ key, value }] = p.pairs;
    const tpl = Object.hasOwn(SAM_POLICY_TEMPLATES, String(key.value))
      ? SAM_POLICY_TEMPLATES[String(key.value)]
      : undefined;
    if (!tpl) return;
    const params = r.value(value);
    const subst = (s: string): string | Unknown => {
      let unknown: Unknown | undefined;
      // SAM's own templates name ${AWS::Partition} and ${AWS::Region}: the stack's, not us-east-1.
      const out = s.replace(/^arn:aws:/, `arn:${r.partition}:`).replace(/\{(\w+)\}/g, (_, name: string) => {
        if (name === 'Region') return r.region;
        if (name === 'Account') return r.accountId;
        const pv =
          params && typeof params === 'object' && !Array.isArray(params) && !isUnknown(params)
            ? params[name]
            : undefined;
        const ps = asString(pv);
        if (ps === undefined) unknown = isUnknown(pv) ? pv : new Unknown(`${name} is not known`);
        return ps ?? '';
      });
      return unknown ?? out;
    };
    const statements = tpl.map((s, index) =>
      synthetic(p, index, {
        action: { node: key, items: s.actions.map((a) => item(key, a)) },
        resource: { node: value, items: s.resources.map((x) => item(value, subst(x))) },
      }),
    );
    ctx.policies.push({
      kind: 'identity',
      file: ctx.file,
      resource: res,
      path,
      node: p,
      statements,
      attachedTo,
      synthesised: true,
      problems: [],
    });
  });
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

/**
 * Reads a policy document that is not one of the IAM policies extracted above (an IoT policy, in
 * its own grammar): the same statement reader, a JSON string parsed as for Logs and SSO.
 */
export function readPolicyDocument(doc: Node, r: Resolver): Pick<Policy, 'statements' | 'problems'> {
  const read = documentNode(doc, r, undefined);
  if ('reason' in read) return { statements: [], problems: [] };
  return read.problem
    ? { statements: [], problems: [{ node: read.node, message: read.problem }] }
    : readDocument(read.node, r);
}
