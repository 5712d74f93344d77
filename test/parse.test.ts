import { parseText, ParseFailure } from '../src/parse/index.js';
import { SourceText } from '../src/parse/source.js';
import { get, getPath, pathOf, toPlain, type Node } from '../src/parse/node.js';

const yaml = (text: string) => parseText('t.yaml', text);

describe('YAML short-form tags', () => {
  const cases: [string, string, unknown][] = [
    ['!Ref scalar', 'A: !Ref Bucket', { Ref: 'Bucket' }],
    ['!Condition', 'A: !Condition IsProd', { Condition: 'IsProd' }],
    ['!GetAtt dotted', 'A: !GetAtt Role.Arn', { 'Fn::GetAtt': 'Role.Arn' }],
    ['!GetAtt list', 'A: !GetAtt [Role, Arn]', { 'Fn::GetAtt': ['Role', 'Arn'] }],
    ['!Sub scalar', 'A: !Sub "arn:${AWS::Partition}:s3:::b"', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::b' }],
    ['!Sub list with a map', 'A: !Sub ["${x}", {x: !Ref Y}]', { 'Fn::Sub': ['${x}', { x: { Ref: 'Y' } }] }],
    ['!If nested', 'A: !If [C, !Ref X, !Ref AWS::NoValue]', { 'Fn::If': ['C', { Ref: 'X' }, { Ref: 'AWS::NoValue' }] }],
    ['!Join', 'A: !Join ["", [a, b]]', { 'Fn::Join': ['', ['a', 'b']] }],
    ['!Select with !GetAZs', 'A: !Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Split', 'A: !Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!FindInMap', 'A: !FindInMap [M, k1, k2]', { 'Fn::FindInMap': ['M', 'k1', 'k2'] }],
    ['!Base64 block', 'A: !Base64 |\n  #!/bin/bash\n  echo hi\n', { 'Fn::Base64': '#!/bin/bash\necho hi\n' }],
    ['!Cidr', 'A: !Cidr [10.0.0.0/16, 4, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
    ['!ImportValue', 'A: !ImportValue shared-vpc', { 'Fn::ImportValue': 'shared-vpc' }],
    [
      '!Equals / !And / !Or / !Not',
      'A: !And [!Equals [a, b], !Or [!Not [!Condition C], !Condition D]]',
      {
        'Fn::And': [
          { 'Fn::Equals': ['a', 'b'] },
          { 'Fn::Or': [{ 'Fn::Not': [{ Condition: 'C' }] }, { Condition: 'D' }] },
        ],
      },
    ],
    [
      '!Transform in mapping form',
      'A: !Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}',
      {
        'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } },
      },
    ],
  ];
  it.each(cases)('%s', (_name, text, expected) => {
    expect(toPlain(get(yaml(text).root, 'A'))).toEqual(expected);
  });

  it('gives an unknown tag a clear error at its line', () => {
    const text = 'A: 1\nB: !Reff X\n';
    const f = failureOf(() => yaml(text));
    expect(f.message).toBe('unknown tag !Reff');
    expect(new SourceText(text).position(f.offset)).toEqual({ line: 2, column: 10 });
  });
});

describe('one tree for YAML and JSON', () => {
  const y =
    'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties:\n      Path: /\n      MaxSessionDuration: 3600\n';
  const j =
    '{"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {"Path": "/", "MaxSessionDuration": 3600}}}}';
  it('has the same plain value', () => {
    expect(toPlain(yaml(y).root)).toEqual(toPlain(parseText('t.json', j).root));
  });
  it('has source positions for every node, in both', () => {
    const yp = yaml(y);
    const jp = parseText('t.json', j);
    const yn = getPath(yp.root, 'Resources', 'Role', 'Properties', 'Path')!;
    const jn = getPath(jp.root, 'Resources', 'Role', 'Properties', 'Path')!;
    expect(yp.source.range(yn.start, yn.end)).toEqual({ line: 5, column: 13, endLine: 5, endColumn: 14 });
    expect(jp.source.range(jn.start, jn.end)).toEqual({ line: 1, column: 74, endLine: 1, endColumn: 77 });
    expect(pathOf(yn)).toBe('Resources.Role.Properties.Path');
    expect(pathOf(jn)).toBe('Resources.Role.Properties.Path');
  });
  it('names statements by Sid in paths, so inserting one does not move the others', () => {
    const p = yaml('Statement:\n  - Sid: A\n    Effect: Allow\n  - Effect: Deny\n');
    const items = (get(p.root, 'Statement') as Node & { items: Node[] }).items;
    expect(pathOf(get(items[0], 'Effect')!)).toBe('Statement[A].Effect');
    expect(pathOf(get(items[1], 'Effect')!)).toBe('Statement[1].Effect');
  });
});

describe('text details', () => {
  it('keeps an unquoted account id with a leading zero as written', () => {
    expect(toPlain(yaml('A: 012345678901\n').root)).toEqual({ A: '012345678901' });
  });
  it('keeps plain keys such as Null and true as text', () => {
    expect(toPlain(yaml('Null: {a: 1}\ntrue: x\n').root)).toEqual({ Null: { a: 1 }, true: 'x' });
  });
  it('ignores a byte-order mark in columns', () => {
    const p = yaml('\uFEFFA: x\n');
    const n = get(p.root, 'A')!;
    expect(p.source.range(n.start, n.end)).toEqual({ line: 1, column: 4, endLine: 1, endColumn: 5 });
    const pj = parseText('t.json', '\uFEFF{"A": "x"}');
    const nj = get(pj.root, 'A')!;
    expect(pj.source.range(nj.start, nj.end).column).toBe(7);
  });
  it('counts CRLF line ends as one line each', () => {
    const p = yaml('A: 1\r\nB:\r\n  C: x\r\n');
    const n = getPath(p.root, 'B', 'C')!;
    expect(p.source.range(n.start, n.end)).toEqual({ line: 3, column: 6, endLine: 3, endColumn: 7 });
  });
  it('reports a tab used for indentation at its line', () => {
    const text = 'A:\n\tB: 1\n';
    const failure = failureOf(() => yaml(text));
    expect(new SourceText(text).position(failure.offset).line).toBe(2);
  });
  it('expands ordinary aliases', () => {
    expect(toPlain(yaml('base: &b {Effect: Allow}\nuse: *b\n').root)).toEqual({
      base: { Effect: 'Allow' },
      use: { Effect: 'Allow' },
    });
  });
  it('stops an alias bomb with a ParseFailure instead of exhausting memory', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      levels.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const started = Date.now();
    expect(() => yaml(levels.join('\n') + '\n')).toThrow(/alias bomb/);
    expect(Date.now() - started).toBeLessThan(5000);
  });
  it('rejects a duplicate key in JSON, as CloudFormation does', () => {
    expect(() => parseText('t.json', '{"A": 1, "A": 2}')).toThrow('duplicate key "A"');
  });
});

function failureOf(fn: () => unknown): ParseFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseFailure) return e;
    throw e;
  }
  throw new Error('expected a ParseFailure');
}
