/**
 * A stand-in IAM (the AWS Query protocol: form-encoded POSTs, XML answers) serving GetPolicy and
 * GetPolicyVersion for a few managed policies, or AccessDenied for all of them.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export const MANAGED: Record<string, object> = {
  'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess': {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: ['s3:Get*', 's3:List*'], Resource: '*' }],
  },
  'arn:aws:iam::aws:policy/AdministratorAccess': {
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }],
  },
};

export async function startIam(opts: { deny?: boolean } = {}) {
  const calls: string[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const action = form.get('Action') ?? '';
    const arn = form.get('PolicyArn') ?? '';
    calls.push(`${action} ${arn}`);
    const xml = (status: number, body: string) => {
      res.writeHead(status, { 'content-type': 'text/xml', 'x-amzn-RequestId': 'r' });
      res.end(body);
    };
    if (opts.deny || !MANAGED[arn]) {
      const code = opts.deny ? 'AccessDenied' : 'NoSuchEntity';
      return xml(
        opts.deny ? 403 : 404,
        `<ErrorResponse><Error><Type>Sender</Type><Code>${code}</Code><Message>${code} for ${arn}</Message></Error><RequestId>r</RequestId></ErrorResponse>`,
      );
    }
    const ns = 'xmlns="https://iam.amazonaws.com/doc/2010-05-08/"';
    if (action === 'GetPolicy') {
      return xml(
        200,
        `<GetPolicyResponse ${ns}><GetPolicyResult><Policy><Arn>${arn}</Arn><PolicyName>p</PolicyName><DefaultVersionId>v3</DefaultVersionId></Policy></GetPolicyResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetPolicyResponse>`,
      );
    }
    if (action === 'GetPolicyVersion') {
      const doc = encodeURIComponent(JSON.stringify(MANAGED[arn]));
      return xml(
        200,
        `<GetPolicyVersionResponse ${ns}><GetPolicyVersionResult><PolicyVersion><Document>${doc}</Document><VersionId>${form.get('VersionId')}</VersionId><IsDefaultVersion>true</IsDefaultVersion></PolicyVersion></GetPolicyVersionResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></GetPolicyVersionResponse>`,
      );
    }
    xml(400, '<ErrorResponse><Error><Code>InvalidAction</Code><Message>no</Message></Error></ErrorResponse>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, calls, close: () => new Promise<void>((r) => server.close(() => r())) };
}
