/**
 * The caches that make the rules cheap must not change an answer: `created` per template, the
 * shared `Unconstrained` per policy shape, the catalogue split per service, the string memo.
 * Through the real pipeline (parse, model, resolution, extraction), no stand-ins.
 */
import { analyseText } from '../src/engines/analyse.js';
import { get } from '../src/parse/node.js';
import { actionInfo, expand, serviceExists } from '../src/iam/catalogue.js';
import { detached } from '../src/iam/detached.js';
import { unconstrainedActions } from '../src/iam/semantics.js';
import { created } from '../src/rules/utils/properties.js';
import { memoByString } from '../src/rules/utils/memo.js';
import type { FileModel, RuleContext } from '../src/rules/types.js';

const model = (file: string, text: string): FileModel => analyseText(file, text, {}, []).model!;
const ctxOf = (m: FileModel): RuleContext => ({ ...m, report: () => undefined });

const template = [
  'Conditions:',
  '  Never: !Equals [a, b]',
  'Resources:',
  '  A: {Type: AWS::S3::Bucket}',
  '  B: {Type: AWS::SQS::Queue, Properties: {QueueName: q}}',
  '  C: {Type: AWS::S3::Bucket, Condition: Never}',
  '  D: {Type: AWS::S3::Bucket, Properties: !If [Never, {BucketName: x}, {BucketName: y}]}',
  '',
].join('\n');

describe('created', () => {
  it('lists the created resources of several types in template order, properties through Fn::If', () => {
    const m = model('t.yaml', template);
    const list = created(m.template!, ctxOf(m), 'AWS::SQS::Queue', 'AWS::S3::Bucket');
    expect(list.map((r) => r.res.id)).toEqual(['A', 'B', 'D']);
    expect(m.resolver.string(get(list[2].props, 'BucketName'))).toBe('y');
  });

  it('gives the same answer when asked again, and a type the template lacks gives none', () => {
    const m = model('t.yaml', template);
    const first = created(m.template!, ctxOf(m), 'AWS::S3::Bucket');
    expect(first.map((r) => r.res.id)).toEqual(['A', 'D']);
    expect(created(m.template!, ctxOf(m), 'AWS::S3::Bucket')).toBe(first);
    expect(created(m.template!, ctxOf(m), 'AWS::Nothing::Here')).toEqual([]);
    expect(created(m.template!, ctxOf(m), 'AWS::Nothing::Here', 'AWS::SQS::Queue').map((r) => r.res.id)).toEqual(['B']);
    expect(created(m.template!, ctxOf(m), 'AWS::S3::Bucket', 'AWS::S3::Bucket').map((r) => r.res.id)).toEqual([
      'A',
      'D',
    ]);
  });

  it('answers for each template, not the one asked about before', () => {
    const a = model('a.yaml', template);
    const b = model('b.yaml', 'Resources:\n  Only: {Type: AWS::S3::Bucket}\n');
    expect(created(a.template!, ctxOf(a), 'AWS::S3::Bucket').map((r) => r.res.id)).toEqual(['A', 'D']);
    expect(created(b.template!, ctxOf(b), 'AWS::S3::Bucket').map((r) => r.res.id)).toEqual(['Only']);
    expect(created(a.template!, ctxOf(a), 'AWS::S3::Bucket').map((r) => r.res.id)).toEqual(['A', 'D']);
  });
});

const policy = (statements: string) => `{"Version": "2012-10-17", "Statement": [${statements}]}`;
const allowStar = '{"Effect": "Allow", "Action": "iam:*", "Resource": "*"}';

describe('unconstrainedActions', () => {
  it('is shared by policies of one shape, and its derived answers are computed once', () => {
    const p1 = model('p1.json', policy(allowStar)).policies[0];
    const p2 = model('p2.json', policy(allowStar)).policies[0];
    const u = unconstrainedActions(p1);
    expect(unconstrainedActions(p2)).toBe(u);
    const key = {};
    let calls = 0;
    const compute = () => ++calls;
    expect(u.derived(key, compute)).toBe(1);
    expect(unconstrainedActions(p2).derived(key, compute)).toBe(1);
    expect(u.has('iam:PassRole')).toBe(true);
  });

  it('tells apart a policy whose Deny removes actions, or whose Allow is scoped', () => {
    const allow = unconstrainedActions(model('a.json', policy(allowStar)).policies[0]);
    const deny = unconstrainedActions(
      model('d.json', policy(`${allowStar}, {"Effect": "Deny", "Action": "iam:PassRole", "Resource": "*"}`))
        .policies[0],
    );
    const scoped = unconstrainedActions(
      model('s.json', policy('{"Effect": "Allow", "Action": "iam:*", "Resource": "arn:aws:iam::1:role/x"}'))
        .policies[0],
    );
    expect(deny).not.toBe(allow);
    expect(scoped).not.toBe(allow);
    expect(allow.has('iam:PassRole')).toBe(true);
    expect(deny.has('iam:PassRole')).toBe(false);
    expect(deny.has('iam:CreateUser')).toBe(true);
    // Scoped to one role: only actions that take no resource count.
    expect(scoped.has('iam:PassRole')).toBe(false);
    expect(scoped.has('iam:ListRoles')).toBe(true);
  });
});

describe('the catalogue, split per service on first use', () => {
  it('gives the same action objects by name, by service wildcard and through "*"', () => {
    const getObject = actionInfo('S3:getobject');
    expect(getObject?.name).toBe('s3:GetObject');
    expect(expand('s3:*')).toContain(getObject);
    const all = new Set(expand('*'));
    expect(all.has(getObject!)).toBe(true);
    expect(expand('s3:*').every((a) => all.has(a))).toBe(true);
    expect(expand('s?:GetObject')).toEqual([getObject]);
    expect(serviceExists('S3')).toBe(true);
    expect(serviceExists('nosuchservice')).toBe(false);
    expect(actionInfo('nosuchservice:Thing')).toBeUndefined();
  });

  it('reads access levels and resource-level support as generated', () => {
    expect(actionInfo('iam:PutRolePolicy')).toEqual({
      name: 'iam:PutRolePolicy',
      levels: 'PW',
      scopable: true,
      requiresResource: true,
    });
    expect(actionInfo('ec2:DescribeInstances')).toEqual({
      name: 'ec2:DescribeInstances',
      levels: 'L',
      scopable: false,
      requiresResource: false,
    });
    // One optional resource type (a dataset): scopable, but `*` is how it is granted.
    expect(actionInfo('cloudwatch:PutMetricData')).toEqual({
      name: 'cloudwatch:PutMetricData',
      levels: 'W',
      scopable: true,
      requiresResource: false,
    });
    // The first and the last entry of a service's packed list.
    expect(actionInfo('s3:AbortMultipartUpload')).toEqual({
      name: 's3:AbortMultipartUpload',
      levels: 'W',
      scopable: true,
      requiresResource: true,
    });
    expect(actionInfo('s3:UpdateStorageLensGroup')).toEqual({
      name: 's3:UpdateStorageLensGroup',
      levels: 'W',
      scopable: true,
      requiresResource: true,
    });
  });
});

describe('memoByString', () => {
  it('computes once per distinct string, remembering undefined and null answers too', () => {
    const seen: string[] = [];
    const f = memoByString((s: string) => {
      seen.push(s);
      return s === 'none' ? undefined : s === 'null' ? null : s.length;
    });
    expect([f('abc'), f('abc'), f('none'), f('none'), f('null'), f('null')]).toEqual([
      3,
      3,
      undefined,
      undefined,
      null,
      null,
    ]);
    expect(seen).toEqual(['abc', 'none', 'null']);
  });

  it('does not keep strings longer than its limit, and empties itself when full', () => {
    const seen: string[] = [];
    const f = memoByString(
      (s: string) => {
        seen.push(s);
        return s.length;
      },
      2,
      4,
    );
    f('long string');
    f('long string');
    f('a');
    f('b');
    f('c'); // full: emptied, then 'c' kept
    f('a');
    expect(seen).toEqual(['long string', 'long string', 'a', 'b', 'c', 'a']);
  });

  it('keeps copies equal to the strings, lone surrogates and all', () => {
    for (const s of ['plain', 'é€😀', 'a\ud800b', '\udfff', '']) expect(detached(s)).toBe(s);
  });
});
