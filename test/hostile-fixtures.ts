/**
 * Hostile files, generated at test time (a few KB of code instead of megabytes committed): each
 * reproduces one way a pull request made PolicyGate hang, crash, leak or skip silently (issue 9).
 */

/** The normal neighbour: an SSH port open to the world (sg-open-admin-port must still fire). */
export const SSH_TEMPLATE = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Resources:',
  '  Ssh:',
  '    Type: AWS::EC2::SecurityGroup',
  '    Properties:',
  '      GroupDescription: ssh',
  '      SecurityGroupIngress:',
  '        - { IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 0.0.0.0/0 }',
  '',
].join('\n');

const HEADER = "AWSTemplateFormatVersion: '2010-09-09'\n";

/** `# policygate-ignore` then many spaces and a `!`: the old pattern backtracked for minutes. */
export function redosComment(spaces: number): string {
  return `${HEADER}# policygate-ignore${' '.repeat(spaces)}!\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n`;
}

/** JSON arrays nested `depth` levels inside a template's resource property. */
export function deepJson(depth: number): string {
  return (
    '{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Q": {"Type": "AWS::SQS::Queue", "Properties": {"Tags": ' +
    '['.repeat(depth) +
    ']'.repeat(depth) +
    '}}}}'
  );
}

/** YAML flow sequences nested `depth` levels. */
export function deepYaml(depth: number): string {
  return `${HEADER}Resources:\n  Q:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** A policy file whose Resource list holds `n` items. */
export function hugeArrayPolicy(n: number): string {
  const items = Array.from({ length: n }, (_, i) => `"arn:aws:s3:::b${i}"`).join(',');
  return `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": [${items}]}]}`;
}

/** A template with `n` resources. */
export function manyResources(n: number): string {
  const out = ['{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {'];
  for (let i = 0; i < n; i++) out.push(`${i ? ',' : ''}"Q${i}": {"Type": "AWS::SQS::Queue"}`);
  out.push('}}');
  return out.join('\n');
}

/** `n` nested Fn::Join in a role's policy resource. */
export function nestedJoin(n: number): string {
  let v = '"arn:aws:s3:::x"';
  for (let i = 0; i < n; i++) v = `{"Fn::Join": ["", [${v}]]}`;
  return (
    '{"Resources": {"R": {"Type": "AWS::IAM::Policy", "Properties": {"PolicyName": "p", "Roles": ["r"], ' +
    `"PolicyDocument": {"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": ${v}}]}}}}}`
  );
}

/** A parameter whose value doubles through `levels` nested Fn::Sub: 2^levels characters. */
export function subDoubling(levels: number): string {
  let v = "'x'";
  for (let i = 0; i < levels; i++) v = `{ 'Fn::Sub': ['\${A}\${A}', { A: ${v} }] }`;
  return `${HEADER}Resources:\n  R:\n    Type: AWS::IAM::Policy\n    Properties:\n      PolicyName: p\n      Roles: [r]\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: ${v}\n`;
}

/** Parameter defaults that each Ref the previous one twice: 2^levels Refs without a memo. */
export function paramDoubling(levels: number): string {
  const params = ['Parameters:', '  P0: { Type: String, Default: x }'];
  for (let i = 1; i <= levels; i++)
    params.push(`  P${i}: { Type: String, Default: !Sub '\${P${i - 1}}\${P${i - 1}}' }`);
  return `${HEADER}${params.join('\n')}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: !Ref P${levels}\n`;
}

/** A SAM function with an empty policy item (used to throw a TypeError). */
export const SAM_EMPTY_POLICY = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Transform: AWS::Serverless-2016-10-31',
  'Resources:',
  '  Fn:',
  '    Type: AWS::Serverless::Function',
  '    Properties:',
  '      Runtime: python3.12',
  '      Handler: app.handler',
  '      CodeUri: .',
  '      Policies: [{}]',
  '',
].join('\n');

/** Conditions that refer to each other; the resource they guard opens a bucket policy to everyone. */
export const CYCLIC_CONDITIONS = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Conditions:',
  '  A: !Condition B',
  '  B: !Condition A',
  'Resources:',
  '  Open:',
  '    Type: AWS::EC2::SecurityGroup',
  '    Condition: A',
  '    Properties:',
  '      GroupDescription: rdp',
  '      SecurityGroupIngress:',
  '        - { IpProtocol: tcp, FromPort: 3389, ToPort: 3389, CidrIp: 0.0.0.0/0 }',
  '',
].join('\n');

/** Two YAML documents: the second holds a finding that used to be silently skipped. */
export const TWO_DOCUMENTS = `${HEADER}Resources:\n  Q:\n    Type: AWS::SQS::Queue\n---\n${HEADER}Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: ci }\n`;

/** A template encoded as UTF-16 LE or BE with its byte-order mark. */
export function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(`\uFEFF${text}`, 'utf16le');
  if (endian === 'le') return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
  return be;
}

/** A template encoded as UTF-32 (LE or BE) with its byte-order mark. */
export function utf32(text: string, endian: 'le' | 'be'): Buffer {
  const cps = [0xfeff, ...Array.from(text, (c) => c.codePointAt(0)!)];
  const buf = Buffer.alloc(cps.length * 4);
  cps.forEach((cp, i) => (endian === 'le' ? buf.writeUInt32LE(cp, i * 4) : buf.writeUInt32BE(cp, i * 4)));
  return buf;
}

/**
 * A template whose findings and reasons would print a NoEcho default (in an unknown action) and
 * the given `Account` (a trusted account, a FindInMap key) and `Bucket` parameter values.
 */
export const SECRET_TEMPLATE = [
  "AWSTemplateFormatVersion: '2010-09-09'",
  'Parameters:',
  '  Hidden: { Type: String, NoEcho: true, Default: NoEchoDefaultSecret77 }',
  '  Account: { Type: String }',
  '  Bucket: { Type: String }',
  'Resources:',
  '  Role:',
  '    Type: AWS::IAM::Role',
  '    Properties:',
  '      AssumeRolePolicyDocument:',
  '        Statement:',
  '          - Effect: Allow',
  "            Principal: { AWS: !Sub 'arn:aws:iam::${Account}:root' }",
  '            Action: sts:AssumeRole',
  '      Policies:',
  '        - PolicyName: p',
  '          PolicyDocument:',
  '            Statement:',
  '              - Effect: Allow',
  "                Action: !Sub 's3:Get${Hidden}'",
  "                Resource: !Sub 'arn:aws:s3:::${Bucket}/*'",
  '              - Effect: Allow',
  '                Action: sqs:SendMessage',
  '                Resource: !FindInMap [Queues, !Ref Account, arn]',
  '',
].join('\n');

/** Anchors each one level deeper than the last: deep nesting in a shallow text. */
export function aliasChain(n: number): string {
  const lines = [HEADER.trim(), 'Mappings:', '  M:', '    a0: &a0 [x]'];
  for (let i = 1; i < n; i++) lines.push(`    a${i}: &a${i} [*a${i - 1}]`);
  return `${lines.join('\n')}\nResources:\n  Q:\n    Type: AWS::SQS::Queue\n`;
}

/** A Kubernetes manifest first, a template second. */
export const TEMPLATE_SECOND = `apiVersion: v1\nkind: Service\n---\n${HEADER}Resources:\n  Key:\n    Type: AWS::IAM::AccessKey\n    Properties: { UserName: ci }\n`;

/** `n` roles, each with its own trust policy. */
export function manyRoles(n: number): string {
  const out = [HEADER.trim(), 'Resources:'];
  for (let i = 0; i < n; i++) {
    out.push(
      `  R${i}:`,
      '    Type: AWS::IAM::Role',
      '    Properties:',
      `      AssumeRolePolicyDocument: { Statement: [{ Effect: Allow, Principal: { Service: s${i}.amazonaws.com }, Action: sts:AssumeRole }] }`,
    );
  }
  return `${out.join('\n')}\n`;
}
