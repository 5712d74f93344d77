import { parseText } from '../src/parse/index.js';
import { get, getPath } from '../src/parse/node.js';
import { Template } from '../src/template/model.js';
import { Resolver, SELF_ACCOUNT } from '../src/template/resolve.js';
import { NO_VALUE, Unknown } from '../src/template/values.js';
import type { MapNode } from '../src/parse/node.js';
import { dedent } from './rule-tester.js';
import { checkText } from '../src/engines/analyse.js';

const TEMPLATE = dedent(`
  Parameters:
    Env: { Type: String, Default: dev }
    Subnets: { Type: CommaDelimitedList, Default: "a, b,c" }
    NoDefault: { Type: String }
    Ami: { Type: 'AWS::SSM::Parameter::Value<String>', Default: /aws/service/ami }
  Mappings:
    Regions:
      us-east-1: { Ami: ami-123 }
  Conditions:
    IsProd: !Equals [!Ref Env, prod]
    IsDev: !Not [!Condition IsProd]
    Both: !And [!Condition IsDev, !Equals [a, a]]
    Loop: !Condition Loop
  Resources:
    Bucket: { Type: AWS::S3::Bucket }
    Role: { Type: AWS::IAM::Role }
    Topic: { Type: AWS::SNS::Topic }
    V:
      Type: Custom::Values
      Properties:
        ref: !Ref Env
        pseudo: !Sub '\${AWS::Partition}:\${AWS::Region}:\${AWS::AccountId}'
        sub: !Sub 'arn:aws:s3:::\${Bucket}/\${!Literal}'
        subList: !Sub ['\${A}-\${Env}', { A: !Ref Topic }]
        getAtt: !GetAtt Role.Arn
        join: !Join ['-', [a, !Ref Env, c]]
        select: !Select [1, !Ref Subnets]
        split: !Split [',', 'x,y']
        ifDev: !If [IsDev, dev-value, prod-value]
        both: !If [Both, yes, no]
        findInMap: !FindInMap [Regions, !Ref AWS::Region, Ami]
        importValue: !ImportValue shared
        noDefault: !Ref NoDefault
        ssm: !Ref Ami
        missing: !Ref Nowhere
        loop: !If [Loop, a, b]
        list: [a, !Ref AWS::NoValue, b]
        base64: !Base64 'echo hi'
`);

function setup(params: Record<string, string> = {}) {
  const root = parseText('t.yaml', TEMPLATE).root as MapNode;
  const t = new Template(root);
  const r = new Resolver(t, { parameters: params });
  const props = getPath(root, 'Resources', 'V', 'Properties');
  return { r, v: (k: string) => r.value(get(props, k)) };
}

describe('intrinsic resolution', () => {
  const { r, v } = setup();
  it.each([
    ['ref', 'dev'],
    ['pseudo', `aws:us-east-1:${SELF_ACCOUNT}`],
    ['sub', 'arn:aws:s3:::Bucket/${Literal}'],
    ['subList', `arn:aws:sns:us-east-1:${SELF_ACCOUNT}:topic/Topic-dev`],
    ['getAtt', `arn:aws:iam::${SELF_ACCOUNT}:role/Role`],
    ['join', 'a-dev-c'],
    ['select', 'b'],
    ['ifDev', 'dev-value'],
    ['both', 'yes'],
    ['findInMap', 'ami-123'],
    ['base64', 'echo hi'],
  ])('%s', (key, expected) => {
    expect(v(key)).toBe(expected);
  });
  it('splits strings and drops AWS::NoValue from lists', () => {
    expect(v('split')).toEqual(['x', 'y']);
    expect(v('list')).toEqual(['a', 'b']);
  });
  it.each(['importValue', 'noDefault', 'ssm', 'missing', 'loop'])('%s is Unknown, never a guess', (key) => {
    expect(v(key)).toBeInstanceOf(Unknown);
  });
  it('records every Unknown with its node, for the partly-analysed list', () => {
    expect(r.unknowns.map((u) => u.reason).join('\n')).toMatch(/imported from another stack/);
  });
  it('uses a given parameter value over the Default, and a given account id', () => {
    const given = setup({ Env: 'prod', 'AWS::AccountId': '111122223333' });
    expect(given.v('ref')).toBe('prod');
    expect(given.v('ifDev')).toBe('prod-value');
    expect(given.v('pseudo')).toBe('aws:us-east-1:111122223333');
  });
  it('follows Fn::If in structure, keeping source nodes', () => {
    expect(r.view(undefined)).toBeUndefined();
    expect(r.value(undefined)).toBe(NO_VALUE);
  });
});

describe('partly analysed resources', () => {
  it('are listed with the reason, and the rules stay quiet on them', () => {
    const res = checkText(
      't.yaml',
      dedent(`
        Resources:
          Policy:
            Type: AWS::IAM::ManagedPolicy
            Properties:
              PolicyDocument:
                Statement:
                  - Effect: Allow
                    Action: !ImportValue shared-actions
                    Resource: !ImportValue shared-resources
      `),
    );
    expect(res.findings).toEqual([]);
    expect(res.partial).toEqual([
      { file: 't.yaml', resource: 'Policy', reasons: ['a value imported from another stack'] },
    ]);
  });
});

describe('memoised resolution', () => {
  // A chain of parameters, each the Ref of the one before: reached from the end it runs past the
  // depth limit; a value cut short there must not stand in for the same node reached directly.
  const chain = (n: number) => {
    const params = ["  P0: { Type: String, Default: !Sub 'x-${AWS::Region}' }"];
    for (let i = 1; i <= n; i++) params.push(`  P${i}: { Type: String, Default: !Ref P${i - 1} }`);
    const text = `Parameters:\n${params.join('\n')}\nResources:\n  A: { Type: Custom::X, Properties: { V: !Ref P${n} } }\n  B: { Type: Custom::X, Properties: { V: !Ref P10 } }\n`;
    const t = new Template(parseText('t.yaml', text).root as MapNode);
    return { t, r: new Resolver(t) };
  };

  it('a value cut short by the depth limit is recomputed when reached nearer the top', () => {
    const { t, r } = chain(70);
    expect(r.value(getPath(t.byId.get('A')!.properties, 'V'))).toEqual(new Unknown('values nest too deeply'));
    expect(r.value(getPath(t.byId.get('B')!.properties, 'V'))).toBe('x-us-east-1');
  });

  it('each parameter default is resolved once, however many Refs reach it', () => {
    const params = ['  P0: { Type: String, Default: x }'];
    for (let i = 1; i <= 19; i++) params.push(`  P${i}: { Type: String, Default: !Sub '\${P${i - 1}}\${P${i - 1}}' }`);
    const t = new Template(parseText('t.yaml', `Parameters:\n${params.join('\n')}\nResources: {}\n`).root as MapNode);
    const started = Date.now();
    const v = new Resolver(t).value(t.parameters.get('P19')!.default);
    expect(Date.now() - started).toBeLessThan(500);
    expect(typeof v === 'string' && v.length).toBe(2 ** 19);
  });
});
