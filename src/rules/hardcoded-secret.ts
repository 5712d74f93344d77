import { defineRule } from './types.js';
import { get, isMap, isScalar, isSeq, str, type Node } from '../parse/node.js';
import type { Resource, Template } from '../template/model.js';

/** Property names whose value is a secret (not a user name, an ARN or a secret's name). */
const SECRET_PROPERTY =
  /(Password|Passphrase|Passwd|AuthToken|SecretString|SecretAccessKey|SecretKey|PrivateKey|ApiKey|ClientSecret|SharedSecret|PreSharedKey)$/i;
/** Environment variable names that hold secrets. */
const SECRET_ENV = /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIALS?)$/i;
const NOT_A_SECRET_VALUE = /^(arn:|\{\{resolve:(secretsmanager|ssm-secure):|\$\{|\/|https?:\/\/)/;

const ACCESS_KEY_ID = /\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})\b/;
const SECRET_ACCESS_KEY = /aws_?secret_?access_?key["']?\s*[:=]\s*["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;
const PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----/;

/** What secret material a string holds, if any. Base64 literals are decoded first. */
export function secretMaterial(s: string): string | undefined {
  const direct = materialIn(s);
  if (direct) return direct;
  const compact = s.replace(/\s+/g, '');
  if (compact.length >= 24 && compact.length % 4 === 0 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
    const decoded = Buffer.from(compact, 'base64').toString('utf8');
    const m = materialIn(decoded);
    if (m) return `${m} (in base64-encoded text)`;
  }
  return undefined;
}

function materialIn(s: string): string | undefined {
  if (ACCESS_KEY_ID.test(s)) return 'an AWS access key id';
  if (SECRET_ACCESS_KEY.test(s)) return 'an AWS secret access key';
  if (PRIVATE_KEY.test(s)) return 'a private key';
  return undefined;
}

interface Hit {
  node: Node;
  message: string;
}

function* walk(
  node: Node | undefined,
  name: string | undefined,
  underEnv: boolean,
): Generator<[Node, string | undefined, boolean]> {
  if (!node) return;
  yield [node, name, underEnv];
  if (isMap(node)) {
    const intrinsic = node.pairs.length === 1 && /^(Ref|Fn::)/.test(String(node.pairs[0].key.value));
    for (const p of node.pairs) {
      const k = String(p.key.value);
      yield* walk(p.value, intrinsic ? name : k, underEnv || k === 'Variables' || k === 'Environment');
    }
  } else if (isSeq(node)) for (const i of node.items) yield* walk(i, name, underEnv);
}

/** A property value that puts a secret in the template, and why. */
function secretValue(t: Template, node: Node, envVar: boolean): string | undefined {
  if (isScalar(node)) {
    if (typeof node.value !== 'string' || node.value === '') return undefined;
    if (node.value.startsWith('{{resolve:ssm:')) return 'is read from a plain (not SecureString) SSM parameter';
    if (NOT_A_SECRET_VALUE.test(node.value)) return undefined;
    // An environment variable's literal must look like a credential, not a name or a flag.
    if (envVar && (node.value.length < 8 || /^(true|false|\d+|[a-z]+(-[a-z]+)*)$/i.test(node.value))) return undefined;
    return 'is written in the template';
  }
  if (isMap(node) && node.pairs.length === 1 && node.pairs[0].key.value === 'Ref') {
    const p = t.parameters.get(str(node.pairs[0].value) ?? '');
    if (!p) return undefined;
    const dflt = str(p.default);
    if (dflt) return `comes from parameter ${p.id}, which has a Default`;
    if (!p.noEcho) return `comes from parameter ${p.id}, which lacks NoEcho (its value shows in the console and API)`;
  }
  return undefined;
}

function checkResource(t: Template, res: Resource): Hit[] {
  const hits: Hit[] = [];
  for (const [node, name, underEnv] of walk(res.properties, undefined, false)) {
    if (isScalar(node) && typeof node.value === 'string') {
      const m = secretMaterial(node.value);
      if (m) {
        hits.push({ node, message: `${res.id} contains ${m}${name ? ` in ${name}` : ''}.` });
        continue;
      }
    }
    if (!name || node.parent === undefined) continue;
    const isEnv = underEnv && name !== 'Variables' && name !== 'Environment';
    const secretName = isEnv
      ? SECRET_ENV.test(name) && !/(_ARN|_NAME|_ID|_URL|_PATH|_PARAM|_PARAMETER)$/i.test(name)
      : SECRET_PROPERTY.test(name);
    if (!secretName || String(node.key) !== name) continue;
    const why = secretValue(t, node, isEnv);
    if (why) hits.push({ node, message: `${res.id}: the secret in ${name} ${why}.` });
  }
  // cfn-init credentials: AWS::CloudFormation::Authentication in the resource's Metadata.
  const auth = get(res.metadata, 'AWS::CloudFormation::Authentication');
  if (isMap(auth)) {
    for (const entry of auth.pairs) {
      for (const prop of ['password', 'secretKey', 'accessKeyId']) {
        const v = get(entry.value, prop);
        if (isScalar(v) && typeof v.value === 'string' && v.value !== '') {
          hits.push({
            node: v,
            message: `${res.id}: cfn-init credentials (${prop}) are written in AWS::CloudFormation::Authentication.`,
          });
        }
      }
    }
  }
  return hits;
}

export default defineRule({
  meta: {
    id: 'hardcoded-secret',
    severity: 'high',
    title: 'Secret written in the template',
    why: 'A template is read by everyone with access to the repository, its history, CI logs and the deployed stack. A password, token, access key or private key written in it (or in a parameter default, a parameter without NoEcho, or a plain SSM parameter) has to be treated as leaked.',
    fix: 'Keep secrets in Secrets Manager and refer to them with `{{resolve:secretsmanager:…}}` (or `ManageMasterUserPassword` for databases), or pass them in a NoEcho parameter with no default. Rotate any secret that was committed.',
    aka: { cfnNag: ['F23', 'F24', 'F31', 'W1'], checkov: ['CKV_AWS_45', 'CKV_AWS_46'] },
    family: 'credentials',
  },
  checkTemplate(t, ctx) {
    for (const res of t.resources) {
      if (!ctx.resolver.created(res.condition)) continue;
      for (const h of checkResource(t, res)) ctx.report({ node: h.node, resource: res, message: h.message });
    }
  },
});
