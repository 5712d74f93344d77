/**
 * Policies CloudFormation writes for the template: a Lambda permission is one statement of the
 * function's resource policy; a SAM function's `Policies` are managed policies, documents, or
 * policy templates expanded into statements.
 */
import { get, isMap, isScalar, type Node } from '../parse/node.js';
import type { Resource } from '../template/model.js';
import { Unknown, asString, isUnknown } from '../template/values.js';
import { SAM_POLICY_TEMPLATES } from './sam-templates.js';
import { NONE, SIZE_QUOTAS, add, type Ctx } from './collect.js';
import type { Attachment, Item, Statement } from './types.js';

function item(node: Node, value: string | Unknown): Item {
  return { node, value };
}

function synthetic(node: Node, index: number, parts: Partial<Statement>): Statement {
  return { node, index, sid: undefined, effect: 'Allow', conditions: undefined, ...parts };
}

/** A Lambda permission is one statement of the function's resource policy. */
export function lambdaPermission(ctx: Ctx, res: Resource, props: Node): void {
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
export function samPolicies(ctx: Ctx, res: Resource, props: Node): void {
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
