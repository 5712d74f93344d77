import { defineRule, type MessageData } from './types.js';
import { get, isMap, isScalar, str, type Node } from '../parse/node.js';
import type { Resource, Template } from '../template/model.js';
import { memoByString } from './utils/memo.js';

/*
 * Every pattern here runs on text from the pull request, so each is linear: no quantified group
 * contains another quantifier over the same characters, and unanchored searches are bounded.
 */

/** Property names whose value is a secret (not a user name, an ARN or a secret's name). */
const SECRET_PROPERTY =
  /(Password|Passphrase|Passwd|Secret|AuthToken|AccessToken|OauthToken|RefreshToken|TokenKey|SecretToken|EventSourceToken|HECToken|BearerToken|SecretString|SecretAccessKey|SecretKey|PrivateKey|ApiKey|SharedSecret|PreSharedKey|SigningKey)$/i;
/** Environment variable names that hold secrets. */
const SECRET_ENV =
  /(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|SECRET_?(ACCESS_?)?KEY|CREDENTIALS?)$/i;
/** Names that say what a secret is called or where it is, not what it is. */
const NAMES_A_SECRET = /(_ARN|_NAME|_ID|_URL|_PATH|_PARAM|_PARAMETER|Arn|Name|Id)$/;
const NOT_A_SECRET_VALUE = /^(arn:|\{\{resolve:(secretsmanager|ssm-secure):|\$\{|\/|https?:\/\/)/;

const ACCESS_KEY_ID = /\b((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z0-9]{16})\b/;
const SECRET_ACCESS_KEY =
  /aws_?secret_?(access_?)?key["']?[ \t]{0,8}[:=][ \t]{0,8}["']?[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+])/i;
/** An AWS secret access key by shape: 40 characters of base64 alphabet, nothing else. */
const SECRET_KEY_SHAPE = /^[A-Za-z0-9/+]{40}$/;
const SECRET_KEY_NAME = /secret_?(access_?)?key$/i;
const PRIVATE_KEY = /-----BEGIN ((RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY( BLOCK)?-----/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * The shortest text any pattern of `materialIn` matches: an access key id is 20 characters, a
 * private key's header 27, a secret access key assignment more than 40; base64 is decoded only
 * from 24 characters on. Most strings of a template are shorter, so they skip the regexes.
 */
const MIN_MATERIAL_LENGTH = 20;

/** What secret material a string holds, if any. Base64 literals are decoded first. */
export function secretMaterial(s: string): string | undefined {
  if (s.length < MIN_MATERIAL_LENGTH) return undefined;
  return materialOf(s) ?? undefined;
}

/** Remembered per string (null for none): every string value of every resource is tested. */
const materialOf = memoByString((s: string): string | null => uncachedSecretMaterial(s) ?? null);

function uncachedSecretMaterial(s: string): string | undefined {
  const direct = materialIn(s);
  if (direct) return direct;
  const compact = s.replace(/\s+/g, '');
  if (compact.length >= 24 && compact.length % 4 === 0 && BASE64.test(compact)) {
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

/** Words in an SSM parameter's name that say it holds a credential. */
const CREDENTIAL_WORD = /(secret|password|passwd|passphrase|api_?key|apikey|token|private_?key|credential)/i;
/** Words that mark a test fixture or a documentation placeholder rather than a real credential. */
const PLACEHOLDER = /(example|dummy|sample|placeholder|changeme|(^|[^a-z])test([^a-z]|$))/i;

/**
 * An `AWS::SSM::Parameter` of type String is readable by anyone with ssm:GetParameter and is
 * shown in the console; named as a credential and holding a literal, it is one.
 */
function ssmCredential(res: Resource): Hit | undefined {
  const type = str(get(res.properties, 'Type'));
  if (type !== 'String') return undefined;
  const name = str(get(res.properties, 'Name'));
  const value = get(res.properties, 'Value');
  if (!name || !isScalar(value) || typeof value.value !== 'string') return undefined;
  const v = value.value;
  if (!CREDENTIAL_WORD.test(name) || PLACEHOLDER.test(name) || PLACEHOLDER.test(v)) return undefined;
  if (v.length < 8 || NOT_A_SECRET_VALUE.test(v) || /^(true|false|\d+)$/i.test(v)) return undefined;
  return { node: value, messageId: 'plainSsmParameter', data: { id: res.id, name } };
}

/** The rule's message ids (its `meta.messages`). */
type MessageId =
  | 'plainSsmParameter'
  | 'cfnInitCredentials'
  | 'material'
  | 'materialIn'
  | 'fromPlainSsm'
  | 'written'
  | 'parameterDefault'
  | 'parameterEchoed';

interface Hit {
  node: Node;
  messageId: MessageId;
  data: MessageData;
}

/** Bits of `nameKind`: the name is a secret's as a property name, as an environment variable's. */
const SECRET_PROPERTY_NAME = 1;
const SECRET_ENV_NAME = 2;

/** Which kinds of secret a key names, remembered per key: the regexes ran on every key of every resource. */
const nameKind = memoByString((name: string): number => {
  if (NAMES_A_SECRET.test(name)) return 0;
  return (SECRET_PROPERTY.test(name) ? SECRET_PROPERTY_NAME : 0) | (SECRET_ENV.test(name) ? SECRET_ENV_NAME : 0);
});

/** `Ref` and `Fn::…`: a key that only starts with `Ref` (`RefreshToken`) is a property like any other. */
const isIntrinsicKey = (k: string): boolean => k === 'Ref' || k.startsWith('Fn::');

/**
 * Every node under `node`, parents first, with the name of the property it is under (intrinsic
 * functions are looked through) and whether it is under environment variables. Plain recursion
 * with a callback: the generator this was cost more than the checks it fed.
 */
function walk(
  node: Node,
  name: string | undefined,
  underEnv: boolean,
  visit: (node: Node, name: string | undefined, underEnv: boolean) => void,
): void {
  visit(node, name, underEnv);
  if (node.kind === 'map') {
    const intrinsic = node.pairs.length === 1 && isIntrinsicKey(String(node.pairs[0].key.value));
    for (const p of node.pairs) {
      const k = String(p.key.value);
      walk(p.value, intrinsic ? name : k, underEnv || k === 'Variables' || k === 'Environment', visit);
    }
  } else if (node.kind === 'seq') for (const i of node.items) walk(i, name, underEnv, visit);
}

/** A property value that puts a secret in the template, and why (the message that says it). */
function secretValue(
  t: Template,
  node: Node,
  envVar: boolean,
): { messageId: MessageId; data?: MessageData } | undefined {
  if (isScalar(node)) {
    if (typeof node.value !== 'string' || node.value === '') return undefined;
    if (node.value.startsWith('{{resolve:ssm:')) return { messageId: 'fromPlainSsm' };
    if (NOT_A_SECRET_VALUE.test(node.value) || /^(true|false)$/i.test(node.value)) return undefined;
    // An environment variable's literal must look like a credential, not a name or a flag.
    if (envVar && (node.value.length < 8 || /^(true|false|\d+|[a-z]+(-[a-z]+)*)$/i.test(node.value))) return undefined;
    return { messageId: 'written' };
  }
  if (isMap(node) && node.pairs.length === 1 && node.pairs[0].key.value === 'Ref') {
    const p = t.parameters.get(str(node.pairs[0].value) ?? '');
    if (!p) return undefined;
    const dflt = str(p.default);
    if (dflt) return { messageId: 'parameterDefault', data: { parameter: p.id } };
    if (!p.noEcho) return { messageId: 'parameterEchoed', data: { parameter: p.id } };
  }
  return undefined;
}

/**
 * cfn-init credentials in AWS::CloudFormation::Authentication (resource Metadata). CloudFormation
 * shows resource metadata as resolved to anyone who can describe the stack's resources: NoEcho
 * does not mask it, and dynamic references to secrets are refused there. So a credential given
 * by `Ref`, `Fn::GetAtt` or any other intrinsic is exposed as much as a literal one.
 */
function authenticationCredentials(res: Resource): Hit[] {
  const auth = get(res.metadata, 'AWS::CloudFormation::Authentication');
  if (!isMap(auth)) return [];
  const hits: Hit[] = [];
  for (const entry of auth.pairs) {
    for (const prop of ['password', 'secretKey', 'accessKeyId']) {
      const v = get(entry.value, prop);
      if (!v || (isScalar(v) && (v.value === null || v.value === ''))) continue;
      const how = isScalar(v) ? 'written' : 'given';
      hits.push({ node: v, messageId: 'cfnInitCredentials', data: { id: res.id, property: prop, how } });
    }
  }
  return hits;
}

function checkResource(t: Template, res: Resource): Hit[] {
  const hits: Hit[] = [];
  const visit = (node: Node, name: string | undefined, underEnv: boolean): void => {
    if (isScalar(node) && typeof node.value === 'string') {
      const m = secretMaterial(node.value);
      if (m) {
        const data = { id: res.id, material: m };
        hits.push(
          name ? { node, messageId: 'materialIn', data: { ...data, name } } : { node, messageId: 'material', data },
        );
        return;
      }
    }
    // Only the node right under the key counts (not an intrinsic's arguments, not list items).
    if (!name || node.parent === undefined || String(node.key) !== name) return;
    const isEnv = underEnv && name !== 'Variables' && name !== 'Environment';
    if (!(nameKind(name) & (isEnv ? SECRET_ENV_NAME : SECRET_PROPERTY_NAME))) return;
    if (isEnv && SECRET_KEY_NAME.test(name) && isScalar(node) && SECRET_KEY_SHAPE.test(String(node.value))) {
      hits.push({ node, messageId: 'materialIn', data: { id: res.id, material: 'an AWS secret access key', name } });
      return;
    }
    const why = secretValue(t, node, isEnv);
    if (why) hits.push({ node, messageId: why.messageId, data: { id: res.id, name, ...why.data } });
  };
  if (res.properties) walk(res.properties, undefined, false, visit);
  hits.push(...authenticationCredentials(res));
  if (res.type === 'AWS::SSM::Parameter') {
    const h = ssmCredential(res);
    if (h) hits.push(h);
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
    aka: {
      cfnNag: [
        'F23',
        'F24',
        'F31',
        'W1',
        'F34',
        'F35',
        'F36',
        'F37',
        'F41',
        'F42',
        'F43',
        'F44',
        'F45',
        'F46',
        'F47',
        'F48',
        'F49',
        'F50',
        'F52',
        'F53',
        'F54',
        'F55',
        'F56',
        'F57',
        'F58',
        'F60',
        'F61',
        'F62',
        'F63',
        'F64',
        'F65',
        'F66',
        'F67',
        'F68',
        'F69',
        'F70',
        'F71',
        'F74',
        'F75',
      ],
      checkov: ['CKV_AWS_45', 'CKV_AWS_46', 'CKV_AWS_384'],
    },
    family: 'credentials',
    messages: {
      plainSsmParameter:
        '{{id}}: SSM parameter {{name}} holds a credential as a plain String (use Secrets Manager or a SecureString).',
      cfnInitCredentials:
        '{{id}}: cfn-init credentials ({{property}}) are {{how}} in AWS::CloudFormation::Authentication, which resource metadata shows unmasked.',
      material: '{{id}} contains {{material}}.',
      materialIn: '{{id}} contains {{material}} in {{name}}.',
      fromPlainSsm: '{{id}}: the secret in {{name}} is read from a plain (not SecureString) SSM parameter.',
      written: '{{id}}: the secret in {{name}} is written in the template.',
      parameterDefault: '{{id}}: the secret in {{name}} comes from parameter {{parameter}}, which has a Default.',
      parameterEchoed:
        '{{id}}: the secret in {{name}} comes from parameter {{parameter}}, which lacks NoEcho (its value shows in the console and API).',
    },
  },
  checkTemplate(t, ctx) {
    for (const res of t.resources) {
      if (!ctx.resolver.created(res.condition)) continue;
      for (const h of checkResource(t, res)) ctx.report({ ...h, resource: res });
    }
  },
});
