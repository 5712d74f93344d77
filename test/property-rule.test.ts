/**
 * The property-rule factory and its predicates, through the real pipeline (parse, model,
 * resolution): a throw-away rule per predicate, and the fix each problem carries as data.
 */
import { analyseText } from '../src/engines/analyse.js';
import type { Report } from '../src/rules/types.js';
import {
  forbidValue,
  propertyRule,
  requireOneOf,
  requirePresent,
  requireTrue,
  type PropertyRuleSpec,
} from '../src/rules/utils/property-rule.js';

const meta = (id: string): PropertyRuleSpec['meta'] => ({
  id,
  severity: 'medium',
  title: 'a test rule',
  why: 'why',
  fix: 'fix',
  family: 'encryption-at-rest',
  messages: { detail: '{{detail}}', idDetail: '{{id}}: {{detail}}', a: '{{id}} a', b: '{{id}} b' },
});

const template = (props: string) =>
  [
    'Parameters:',
    '  On: {Type: String, Default: "false"}',
    '  Free: {Type: String}',
    'Conditions:',
    '  Never: !Equals [a, b]',
    'Resources:',
    '  Thing:',
    '    Type: AWS::Test::Thing',
    '    Properties:',
    props,
    '  Other:',
    '    Type: AWS::Test::Other',
    '    Properties: {}',
    '',
  ].join('\n');

const mustBeTrue = propertyRule({
  meta: meta('must-be-true'),
  types: ['AWS::Test::Thing'],
  check: (r, ctx) => requireTrue(ctx, r, ['Options', 'Enabled'], { messageId: 'idDetail' }),
});

function run(rule: ReturnType<typeof propertyRule>, props: string) {
  const res = analyseText('t.yaml', template(props), {}, [rule]);
  return res.findings.map((f) => ({ line: f.line, column: f.column, resource: f.resource, message: f.message }));
}

/** The reports a rule makes, fixes included (the Finding does not carry them yet). */
function reports(rule: ReturnType<typeof propertyRule>, props: string): Report[] {
  const model = analyseText('t.yaml', template(props), {}, []).model!;
  const out: Report[] = [];
  rule.checkTemplate!(model.template!, { ...model, report: (r) => out.push(r) });
  return out;
}

describe('propertyRule', () => {
  it('keeps the types it reads and the metadata', () => {
    expect(mustBeTrue.types).toEqual(['AWS::Test::Thing']);
    expect(mustBeTrue.meta.id).toBe('must-be-true');
  });

  it('reports an absent property at the deepest written key, naming the path', () => {
    expect(run(mustBeTrue, '      Options:\n        Other: 1')).toEqual([
      { line: 10, column: 7, resource: 'Thing', message: 'Thing: Options.Enabled is not set' },
    ]);
  });

  it('reports an absent parent at the logical id', () => {
    expect(run(mustBeTrue, '      Name: x')).toEqual([
      { line: 7, column: 3, resource: 'Thing', message: 'Thing: Options.Enabled is not set' },
    ]);
  });

  it('reports a false value at the value, resolved through a parameter default', () => {
    expect(run(mustBeTrue, '      Options:\n        Enabled: !Ref On')).toEqual([
      {
        line: 11,
        column: 18,
        resource: 'Thing',
        message:
          'Thing: Options.Enabled is false: the value is the Default of parameter `On`; change that Default (or constrain it with AllowedValues or AllowedPattern), or pass a value at deploy time.',
      },
    ]);
  });

  it('stays quiet on true, on an unresolvable value and on a resource that is not created', () => {
    expect(run(mustBeTrue, '      Options:\n        Enabled: true')).toEqual([]);
    expect(run(mustBeTrue, '      Options:\n        Enabled: !Ref Free')).toEqual([]);
    expect(run(mustBeTrue, '      Options:\n        Enabled: !If [Never, true, true]')).toEqual([]);
    const res = analyseText(
      't.yaml',
      'Conditions:\n  No: !Equals [a, b]\nResources:\n  Thing:\n    Type: AWS::Test::Thing\n    Condition: No\n',
      {},
      [mustBeTrue],
    );
    expect(res.findings).toEqual([]);
  });

  it('follows Fn::If to the branch that will be deployed', () => {
    expect(run(mustBeTrue, '      Options: !If [Never, {Enabled: true}, {Enabled: false}]')).toEqual([
      { line: 10, column: 55, resource: 'Thing', message: 'Thing: Options.Enabled is false' },
    ]);
  });

  it('carries a fix that replaces a written scalar, and none for an absent property', () => {
    const [written] = reports(mustBeTrue, '      Options:\n        Enabled: false');
    expect(written.fix?.replacement).toBe('true');
    expect(written.fix?.node).toBe(written.node);
    const [absent] = reports(mustBeTrue, '      Name: x');
    expect(absent.fix).toBeUndefined();
  });

  it('accepts a list of problems with severities and keys, skipping the empty ones', () => {
    const two = propertyRule({
      meta: meta('two'),
      types: ['AWS::Test::Thing', 'AWS::Test::Other'],
      check: (r) => [
        { node: r.res.idNode, messageId: 'a', data: { id: r.res.id }, severity: 'high', key: 'a' },
        undefined,
        { node: r.res.idNode, messageId: 'b', data: { id: r.res.id }, key: 'b' },
      ],
    });
    const res = analyseText('t.yaml', template('      Name: x'), {}, [two]);
    expect(res.findings.map((f) => [f.resource, f.message, f.severity])).toEqual([
      ['Thing', 'Thing a', 'high'],
      ['Thing', 'Thing b', 'medium'],
      ['Other', 'Other a', 'high'],
      ['Other', 'Other b', 'medium'],
    ]);
    expect(new Set(res.findings.map((f) => f.fingerprint)).size).toBe(4);
  });
});

describe('the predicates', () => {
  const notFalse = propertyRule({
    meta: meta('not-false'),
    types: ['AWS::Test::Thing'],
    check: (r, ctx) => forbidValue(ctx, r, ['Encrypted'], false, { messageId: 'detail' }),
  });
  const present = propertyRule({
    meta: meta('present'),
    types: ['AWS::Test::Thing'],
    check: (r, ctx) => requirePresent(ctx, r, ['KmsKeyId'], { messageId: 'detail' }),
  });
  const oneOf = (absent: 'ok' | 'problem') =>
    propertyRule({
      meta: meta('one-of'),
      types: ['AWS::Test::Thing'],
      check: (r, ctx) =>
        requireOneOf(ctx, r, ['Policy'], ['TLS_1_2', 'TLS_1_3'], { absent, messageId: 'detail', fix: 'TLS_1_2' }),
    });

  it('forbidValue: only the written bad value', () => {
    expect(run(notFalse, '      Name: x')).toEqual([]);
    expect(run(notFalse, '      Encrypted: true')).toEqual([]);
    expect(run(notFalse, '      Encrypted: "False"')).toMatchObject([
      { line: 10, column: 18, message: 'Encrypted is false' },
    ]);
    expect(reports(notFalse, '      Encrypted: false')[0].fix?.replacement).toBe('true');
  });

  it('requirePresent: any written value, even an unresolvable one', () => {
    expect(run(present, '      KmsKeyId: !Ref Free')).toEqual([]);
    expect(run(present, '      KmsKeyId: !Ref AWS::NoValue')).toMatchObject([
      { line: 10, column: 7, message: 'KmsKeyId is not set' },
    ]);
    expect(run(present, '      Name: x')).toMatchObject([{ line: 7, column: 3 }]);
  });

  it('requireOneOf: allowed values, absence as configured, a fix for a written value', () => {
    expect(run(oneOf('ok'), '      Name: x')).toEqual([]);
    expect(run(oneOf('problem'), '      Name: x')).toMatchObject([{ line: 7, message: 'Policy is not set' }]);
    expect(run(oneOf('ok'), '      Policy: TLS_1_3')).toEqual([]);
    expect(run(oneOf('ok'), '      Policy: TLS_1_0')).toMatchObject([
      { line: 10, column: 15, message: 'Policy is `TLS_1_0`' },
    ]);
    expect(reports(oneOf('ok'), '      Policy: TLS_1_0')[0].fix?.replacement).toBe('TLS_1_2');
    expect(run(oneOf('problem'), '      Policy: !Ref Free')).toEqual([]);
  });
});
