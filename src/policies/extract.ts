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
import type { Attachment, Item, ManagedAttachment, Policy, PolicyKind, Statement } from './types.js';

const NONE: Attachment = { users: [], groups: [], roles: [] };

/** Resource policies held in one property: resource type → [property, the type it governs]. */
const RESOURCE_POLICIES: Record<string, [string, string]> = {
  'AWS::S3::BucketPolicy': ['PolicyDocument', 'AWS::S3::Bucket'],
  'AWS::S3::AccessPoint': ['Policy', 'AWS::S3::AccessPoint'],
  'AWS::S3::MultiRegionAccessPointPolicy': ['Policy', 'AWS::S3::MultiRegionAccessPoint'],
  'AWS::SQS::QueuePolicy': ['PolicyDocument', 'AWS::SQS::Queue'],
  'AWS::SNS::TopicPolicy': ['PolicyDocument', 'AWS::SNS::Topic'],
  'AWS::KMS::Key': ['KeyPolicy', 'AWS::KMS::Key'],
  'AWS::SecretsManager::ResourcePolicy': ['ResourcePolicy', 'AWS::SecretsManager::Secret'],
  'AWS::ECR::Repository': ['RepositoryPolicyText', 'AWS::ECR::Repository'],
  'AWS::ApiGateway::RestApi': ['Policy', 'AWS::ApiGateway::RestApi'],
  'AWS::Logs::ResourcePolicy': ['PolicyDocument', 'AWS::Logs::LogGroup'],
  'AWS::OpenSearchService::Domain': ['AccessPolicies', 'AWS::OpenSearchService::Domain'],
  'AWS::Elasticsearch::Domain': ['AccessPolicies', 'AWS::Elasticsearch::Domain'],
  'AWS::Backup::BackupVault': ['AccessPolicy', 'AWS::Backup::BackupVault'],
  'AWS::CodeArtifact::Domain': ['PermissionsPolicyDocument', 'AWS::CodeArtifact::Domain'],
  'AWS::CodeArtifact::Repository': ['PermissionsPolicyDocument', 'AWS::CodeArtifact::Repository'],
  'AWS::EC2::VPCEndpoint': ['PolicyDocument', 'AWS::EC2::VPCEndpoint'],
  'AWS::Glacier::Vault': ['AccessPolicy', 'AWS::Glacier::Vault'],
  'AWS::EFS::FileSystem': ['FileSystemPolicy', 'AWS::EFS::FileSystem'],
};

/** IAM's inline size quotas (characters, whitespace excluded). */
export const SIZE_QUOTAS = {
  managed: { limit: 6144, what: 'managed policy' },
  role: { limit: 10240, what: 'inline policies of a role' },
  user: { limit: 2048, what: 'inline policies of a user' },
  group: { limit: 5120, what: 'inline policies of a group' },
} as const;

export interface Extracted {
  policies: Policy[];
  managed: ManagedAttachment[];
}

export function extractFromTemplate(file: string, t: Template, r: Resolver): Extracted {
  const policies: Policy[] = [];
  const managed: ManagedAttachment[] = [];
  const ctx = { file, r, policies, managed };
  for (const res of t.resources) {
    if (!r.created(res.condition)) continue;
    const props = r.view(res.properties);
    if (!isMap(props)) continue;
    extractResource(ctx, res, props);
  }
  return { policies, managed };
}

interface Ctx {
  file: string;
  r: Resolver;
  policies: Policy[];
  managed: ManagedAttachment[];
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
      return;
    case 'AWS::IAM::User':
      inlinePolicies(ctx, res, props, self('users'), SIZE_QUOTAS.user);
      managedArns(ctx, res, props, 'ManagedPolicyArns', self('users'));
      return;
    case 'AWS::IAM::Group':
      inlinePolicies(ctx, res, props, self('groups'), SIZE_QUOTAS.group);
      managedArns(ctx, res, props, 'ManagedPolicyArns', self('groups'));
      return;
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
      return;
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
      return;
    }
    case 'AWS::SSO::PermissionSet':
      add(ctx, res, 'identity', get(props, 'InlinePolicy'), 'InlinePolicy', NONE, SIZE_QUOTAS.role);
      managedArns(ctx, res, props, 'ManagedPolicies', NONE);
      return;
    case 'AWS::Organizations::Policy': {
      const type = r.string(get(props, 'Type'));
      const kind: PolicyKind | undefined =
        type === 'SERVICE_CONTROL_POLICY' ? 'scp' : type === 'RESOURCE_CONTROL_POLICY' ? 'rcp' : undefined;
      if (kind) add(ctx, res, kind, get(props, 'Content'), 'Content', NONE);
      return;
    }
    case 'AWS::Lambda::Permission':
      lambdaPermission(ctx, res, props);
      return;
    case 'AWS::Events::EventBusPolicy': {
      const st = get(props, 'Statement');
      if (st) add(ctx, res, 'resource', st, 'Statement', NONE, undefined, 'AWS::Events::EventBus', true);
      return;
    }
    case 'AWS::Serverless::Function':
    case 'AWS::Serverless::StateMachine':
      samPolicies(ctx, res, props);
      return;
  }
  const rp = Object.hasOwn(RESOURCE_POLICIES, res.type) ? RESOURCE_POLICIES[res.type] : undefined;
  if (rp) add(ctx, res, 'resource', get(props, rp[0]), rp[0], NONE, undefined, rp[1]);
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
): void {
  const doc = ctx.r.view(node);
  if (!doc) return;
  const { statements, problems } = singleStatement
    ? readDocument(
        {
          kind: 'map',
          start: doc.start,
          end: doc.end,
          pairs: [{ key: { kind: 'scalar', start: doc.start, end: doc.start, value: 'Statement' }, value: doc }],
        },
        ctx.r,
      )
    : readDocument(documentNode(doc, ctx.r), ctx.r);
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
  });
}

/**
 * Some properties take the document as a JSON string (Logs resource policies, SSO inline
 * policies): such a string is parsed and every node of it placed at the string's position.
 */
function documentNode(doc: Node, r: Resolver): Node {
  const fn = isMap(doc) && doc.pairs.length === 1 ? String(doc.pairs[0].key.value) : undefined;
  // A document written through Fn::ToJsonString (language extensions) is still the mapping it
  // serialises: read that, so statements keep their own lines.
  if (fn === 'Fn::ToJsonString' && isMap(doc)) return documentNode(r.view(doc.pairs[0].value) ?? doc, r);
  if (isMap(doc) && !(fn && (fn === 'Ref' || fn.startsWith('Fn::')))) return doc;
  const v = r.value(doc);
  if (v && typeof v === 'object' && !Array.isArray(v) && !hasUnknown(v)) return fromPlain(v, doc);
  if (typeof v !== 'string') return doc;
  try {
    return fromPlain(JSON.parse(v), doc);
  } catch {
    return doc;
  }
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
            : `arn:aws:iam::aws:policy/${s}`;
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
      const out = s.replace(/\{(\w+)\}/g, (_, name: string) => {
        if (name === 'Region') return 'us-east-1';
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
  return readDocument(documentNode(doc, r), r);
}
