/**
 * A stand-in IAM Access Analyzer on loopback HTTP, at the real REST-JSON paths, for the real SDK
 * client, as strict as AWS's published model (Smithy, 2019-11-01, and the SDK's newer enums): the
 * required members, the enums (policy types, `validatePolicyResourceType` only with
 * RESOURCE_POLICY, CheckNoPublicAccess's 26 resource types), `access` of at most one entry of at
 * most 100 actions and 100 resources, ValidatePolicy's 32,768-character maximum, `maxResults` and
 * `nextToken` pagination (an unknown token refused), each refusal a 400 ValidationException with
 * AWS's `reason` and `fieldList`. It accepts SigV4-signed requests (refuses unsigned ones), answers ValidatePolicy with
 * findings and `locations` for a few recognisable mistakes, with every member of the PathElement
 * union (`value`, `key`, `index`, `substring`) and no index step under a single-object Statement,
 * as the service does (one finding a page when asked, to
 * exercise pagination), answers the three custom checks, and can throttle (429
 * ThrottlingException, with or without Retry-After), deny (403 AccessDeniedException), fail
 * (500), answer slowly, or refuse an oversized policy (400 ValidationException).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AccessCheckPolicyType,
  AccessCheckResourceType,
  PolicyType,
  ValidatePolicyResourceType,
} from '@aws-sdk/client-accessanalyzer';

export interface AAStandInOptions {
  throttle?: number;
  throttleRetryAfter?: boolean;
  deny?: boolean;
  /** A role allowed ValidatePolicy only: the three custom checks answer AccessDenied. */
  denyCustom?: boolean;
  fail500?: number;
  latencyMs?: number;
  onePerPage?: boolean;
  /** Requests per second before throttling kicks in (0: unlimited). */
  tps?: number;
}

export interface AAStandIn {
  url: string;
  calls: { op: string; body: Record<string, unknown>; status: number; query: Record<string, string> }[];
  /** Requests refused as malformed (400 ValidationException): a well-formed client makes none. */
  malformed: { op: string; reason: string; fieldList: { name: string; message: string }[] }[];
  close(): Promise<void>;
}

type Stmt = {
  Effect: string;
  Action?: string[];
  Resource?: string[];
  Principal?: unknown;
  Condition?: Record<string, unknown>;
  Sid?: string;
};

type Doc = { Statement: Stmt[] | Stmt };

/** The statements, and the path step to one of them (none for a single-object Statement). */
const statementsOf = (doc: Doc): [Stmt, { index: number }[]][] =>
  Array.isArray(doc.Statement) ? doc.Statement.map((st, i) => [st, [{ index: i }]]) : [[doc.Statement, []]];

const KNOWN_OPERATORS =
  /^(ForAllValues:|ForAnyValue:)?(String(Not)?Equals(IgnoreCase)?|String(Not)?Like|Numeric(Not)?Equals|Numeric(Less|Greater)Than(Equals)?|Date(Not)?Equals|Date(Less|Greater)Than(Equals)?|Bool|BinaryEquals|(Not)?IpAddress|Arn(Not)?(Equals|Like))(IfExists)?$|^Null$/;

const OPS: Record<string, string> = {
  '/policy/validation': 'ValidatePolicy',
  '/policy/check-no-new-access': 'CheckNoNewAccess',
  '/policy/check-access-not-granted': 'CheckAccessNotGranted',
  '/policy/check-no-public-access': 'CheckNoPublicAccess',
};

// The enums of AWS's API model, as the SDK ships them (Smithy, 2019-11-01 and later additions).
const POLICY_TYPES: string[] = Object.values(PolicyType);
const ACCESS_CHECK_POLICY_TYPES: string[] = Object.values(AccessCheckPolicyType);
const VALIDATE_RESOURCE_TYPES: string[] = Object.values(ValidatePolicyResourceType);
export const ACCESS_CHECK_RESOURCE_TYPES: string[] = Object.values(AccessCheckResourceType);
/** ValidatePolicy's maximum as AWS's cfn-policy-validator applies it (characters, whitespace excluded). */
const MAX_POLICY = 32_768;
const PAGE = 2;

type Field = { name: string; message: string };

/** What AWS's model requires of a request, as fieldList entries (empty: well-formed). */
function checkInput(op: string, body: Record<string, unknown>, query: URLSearchParams): Field[] {
  const bad: Field[] = [];
  const need = (name: string) => {
    if (typeof body[name] !== 'string') bad.push({ name, message: `${name} is required and must be a string` });
  };
  const oneOf = (name: string, values: string[], required = true) => {
    const v = body[name];
    if (v === undefined && !required) return;
    if (typeof v !== 'string' || !values.includes(v))
      bad.push({ name, message: `Member must satisfy enum value set: [${values.join(', ')}]` });
  };
  const size = (name: string) => {
    const v = body[name];
    if (typeof v === 'string' && v.replace(/\s/g, '').length > MAX_POLICY)
      bad.push({ name, message: `Member must have length less than or equal to ${MAX_POLICY}` });
  };
  if (op === 'ValidatePolicy') {
    need('policyDocument');
    size('policyDocument');
    oneOf('policyType', POLICY_TYPES);
    oneOf('validatePolicyResourceType', VALIDATE_RESOURCE_TYPES, false);
    if (body.validatePolicyResourceType !== undefined && body.policyType !== 'RESOURCE_POLICY')
      bad.push({ name: 'validatePolicyResourceType', message: 'InvalidInput' });
    const max = query.get('maxResults');
    if (max !== null && !/^\d+$/.test(max)) bad.push({ name: 'maxResults', message: 'must be an integer' });
  } else if (op === 'CheckNoNewAccess') {
    need('newPolicyDocument');
    need('existingPolicyDocument');
    size('newPolicyDocument');
    size('existingPolicyDocument');
    oneOf('policyType', ACCESS_CHECK_POLICY_TYPES);
  } else if (op === 'CheckAccessNotGranted') {
    need('policyDocument');
    size('policyDocument');
    oneOf('policyType', ACCESS_CHECK_POLICY_TYPES);
    const access = body.access;
    if (!Array.isArray(access)) bad.push({ name: 'access', message: 'access is required' });
    else {
      if (access.length > 1) bad.push({ name: 'access', message: 'Member must have length less than or equal to 1' });
      for (const a of access as { actions?: unknown; resources?: unknown }[]) {
        const actions = a.actions as string[] | undefined;
        const resources = a.resources as string[] | undefined;
        if (!actions?.length && !resources?.length)
          bad.push({ name: 'access', message: 'Specify at least one action or resource' });
        if ((actions?.length ?? 0) > 100)
          bad.push({ name: 'access.actions', message: 'Member must have length less than or equal to 100' });
        if ((resources?.length ?? 0) > 100 || resources?.some((r) => r.length > 2048))
          bad.push({ name: 'access.resources', message: 'Member must have length less than or equal to 100' });
      }
    }
  } else if (op === 'CheckNoPublicAccess') {
    need('policyDocument');
    size('policyDocument');
    oneOf('resourceType', ACCESS_CHECK_RESOURCE_TYPES);
  }
  return bad;
}

const glob = (p: string) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`, 'i');

const LEARN = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';
const SPAN = { start: { line: 1, column: 0, offset: 0 }, end: { line: 1, column: 1, offset: 1 } };

function validate(doc: Doc) {
  const out: unknown[] = [];
  const found = (findingType: string, issueCode: string, findingDetails: string, path: unknown[]) =>
    out.push({ findingType, issueCode, findingDetails, learnMoreLink: LEARN, locations: [{ path, span: SPAN }] });
  for (const [st, at] of statementsOf(doc)) {
    const here = [{ value: 'Statement' }, ...at];
    // `value` alone: the Sid's value.
    if (st.Sid !== undefined && !/^[A-Za-z0-9]*$/.test(st.Sid))
      found('ERROR', 'INVALID_SID_VALUE', 'The Sid value must be alphanumeric.', [...here, { value: 'Sid' }]);
    (st.Action ?? []).forEach((a, j) => {
      const path = [...here, { value: 'Action' }, { index: j }];
      if (a === 'iam:PassRole' && (st.Resource ?? []).includes('*'))
        found(
          'SECURITY_WARNING',
          'PASS_ROLE_WITH_STAR_IN_RESOURCE',
          'Using the iam:PassRole action with wildcards (*) in the resource can be overly permissive.',
          path,
        );
      if (a === 's3:GetObjects') found('ERROR', 'INVALID_ACTION', 'The action s3:GetObjects does not exist.', path);
    });
    // `substring`: the region of an S3 ARN, which has none.
    (st.Resource ?? []).forEach((res, j) => {
      const m = /^arn:aws:s3:([a-z0-9-]+):/.exec(res);
      if (m)
        found('ERROR', 'INVALID_ARN_REGION', 'An S3 ARN has no Region.', [
          ...here,
          { value: 'Resource' },
          { index: j },
          { substring: { start: 'arn:aws:s3:'.length, length: m[1].length } },
        ]);
    });
    // `key`: a condition operator that does not exist, at the operator itself.
    for (const op of Object.keys(st.Condition ?? {})) {
      if (!KNOWN_OPERATORS.test(op))
        found('ERROR', 'INVALID_CONDITION_OPERATOR', `The condition operator ${op} is not valid.`, [
          ...here,
          { value: 'Condition' },
          { key: op },
        ]);
    }
  }
  return out;
}

const isPublic = (p: unknown) =>
  p === '*' || (typeof p === 'object' && p !== null && JSON.stringify(p).includes('"*"'));

export async function startAccessAnalyzer(opts: AAStandInOptions = {}): Promise<AAStandIn> {
  const calls: AAStandIn['calls'] = [];
  const malformed: AAStandIn['malformed'] = [];
  let throttle = opts.throttle ?? 0;
  let fail500 = opts.fail500 ?? 0;
  const window: number[] = [];
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const url = new URL(req.url ?? '/', 'http://x');
    const op = OPS[url.pathname] ?? 'Unknown';
    let body: Record<string, unknown> = {};
    let parsed = true;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
    } catch {
      parsed = false;
    }
    const rec = { op, body, status: 0, query: Object.fromEntries(url.searchParams) };
    calls.push(rec);
    const send = (status: number, b: unknown, headers: Record<string, string> = {}) => {
      rec.status = status;
      res.writeHead(status, {
        'content-type': 'application/json',
        'x-amzn-RequestId': `req-${calls.length}`,
        ...headers,
      });
      res.end(JSON.stringify(b));
    };
    const error = (status: number, type: string, message: string, headers: Record<string, string> = {}) =>
      send(status, { message }, { 'x-amzn-ErrorType': type, ...headers });
    // AWS's ValidationException shape: message, reason, fieldList.
    const invalid = (reason: string, fieldList: Field[]) => {
      malformed.push({ op, reason, fieldList });
      return send(
        400,
        { message: fieldList.map((f) => `${f.name}: ${f.message}`).join('; ') || reason, reason, fieldList },
        { 'x-amzn-ErrorType': 'ValidationException' },
      );
    };
    if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
    if (
      !/^AWS4-HMAC-SHA256 Credential=\w+\/\d{8}\/[\w-]+\/access-analyzer\/aws4_request, SignedHeaders=[\w;-]+, Signature=[0-9a-f]{64}$/.test(
        req.headers.authorization ?? '',
      )
    ) {
      return error(403, 'IncompleteSignatureException', 'Request is missing Authentication Token');
    }
    if (op === 'Unknown' || req.method !== 'POST') return invalid('unknownOperation', []);
    if (opts.deny || (opts.denyCustom && op !== 'ValidatePolicy'))
      return error(403, 'AccessDeniedException', `User is not authorized to perform: access-analyzer:${op}`);
    if (!parsed) return invalid('cannotParse', []);
    if (opts.tps) {
      const now = Date.now();
      while (window.length && now - window[0] > 1000) window.shift();
      if (window.length >= opts.tps) return error(429, 'ThrottlingException', 'Rate exceeded', { 'Retry-After': '1' });
      window.push(now);
    }
    if (throttle > 0) {
      throttle--;
      return error(429, 'ThrottlingException', 'Rate exceeded', opts.throttleRetryAfter ? { 'Retry-After': '1' } : {});
    }
    if (fail500 > 0) {
      fail500--;
      return error(500, 'InternalServerException', 'Internal failure');
    }
    const bad = checkInput(op, body, url.searchParams);
    if (bad.length) return invalid('fieldValidationFailed', bad);
    const docText = String(body.policyDocument ?? body.newPolicyDocument ?? '');
    const doc = JSON.parse(docText) as Doc;
    const statements = statementsOf(doc).map(([st]) => st);
    if (op === 'ValidatePolicy') {
      const all = validate(doc);
      // Pages of maxResults (default PAGE; one with onePerPage); the token is opaque and checked.
      const size = opts.onePerPage ? 1 : Number(url.searchParams.get('maxResults') ?? PAGE);
      const token = url.searchParams.get('nextToken');
      let start = 0;
      if (token !== null) {
        const m = /^page-(\d+)$/.exec(Buffer.from(token, 'base64').toString('utf8'));
        if (!m) return invalid('fieldValidationFailed', [{ name: 'nextToken', message: 'Invalid pagination token' }]);
        start = Number(m[1]);
      }
      return send(200, {
        findings: all.slice(start, start + size),
        ...(start + size < all.length ? { nextToken: Buffer.from(`page-${start + size}`).toString('base64') } : {}),
      });
    }
    const fail = (i: number, st: Stmt) => ({
      result: 'FAIL',
      message: 'The policy grants access.',
      reasons: [
        {
          description: `In the statement with index: ${i}.`,
          statementIndex: i,
          ...(st.Sid ? { statementId: st.Sid } : {}),
        },
      ],
    });
    if (op === 'CheckNoPublicAccess') {
      const i = statements.findIndex((st) => st.Effect === 'Allow' && isPublic(st.Principal) && !st.Condition);
      return send(
        200,
        i >= 0
          ? fail(i, statements[i])
          : {
              result: 'PASS',
              message: 'The resource policy does not grant public access for the given resource type.',
            },
      );
    }
    if (op === 'CheckAccessNotGranted') {
      const actions = ((body.access as { actions: string[] }[])[0]?.actions ?? []) as string[];
      const i = statements.findIndex(
        (st) => st.Effect === 'Allow' && (st.Action ?? []).some((a) => actions.some((x) => glob(a).test(x))),
      );
      return send(
        200,
        i >= 0
          ? fail(i, statements[i])
          : { result: 'PASS', message: 'The policy document does not grant access to perform the listed actions.' },
      );
    }
    if (op === 'CheckNoNewAccess') {
      const old = JSON.parse(String(body.existingPolicyDocument)) as Doc;
      const had = new Set(statementsOf(old).flatMap(([s]) => s.Action ?? []));
      const i = statements.findIndex((st) => st.Effect === 'Allow' && (st.Action ?? []).some((a) => !had.has(a)));
      return send(
        200,
        i >= 0
          ? fail(i, statements[i])
          : { result: 'PASS', message: 'The modified permissions do not grant new access.' },
      );
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    malformed,
    close: () => new Promise((r) => server.close(() => r())),
  };
}
