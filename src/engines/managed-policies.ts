/**
 * Managed policies attached by ARN (AWS-managed ones such as AmazonS3FullAccess, and
 * customer-managed ones not defined in the template), fetched through IAM (GetPolicy, then
 * GetPolicyVersion of the default version), concurrently and once per run, so the permission diff
 * sees what a role really gets. Without credentials, or when IAM refuses, each ARN says why it was
 * not expanded.
 */
import { GetPolicyCommand, GetPolicyVersionCommand, IAMClient } from '@aws-sdk/client-iam';
import pLimit from 'p-limit';
import { parseText } from '../parse/index.js';
import type { Policy } from '../policies/types.js';
import { extractFromPolicyFile } from '../policies/extract.js';
import { Resolver } from '../template/resolve.js';

export type Fetched = { policy: Policy } | { reason: string };

export interface ManagedPolicyOptions {
  client?: IAMClient;
  region: string;
  concurrency?: number;
}

export async function fetchManagedPolicies(arns: string[], opts: ManagedPolicyOptions): Promise<Map<string, Fetched>> {
  const out = new Map<string, Fetched>();
  const unique = [...new Set(arns)].filter((a) => /^arn:aws[\w-]*:iam::(aws|\d{12}):policy\//.test(a));
  for (const a of arns) if (!unique.includes(a)) out.set(a, { reason: 'not a managed policy ARN' });
  if (!unique.length) return out;
  const client =
    opts.client ??
    new IAMClient({
      region: opts.region,
      maxAttempts: 4,
      requestHandler: { requestTimeout: 15_000, connectionTimeout: 5_000, throwOnRequestTimeout: true },
    });
  try {
    await client.config.credentials();
  } catch {
    for (const a of unique) out.set(a, { reason: 'not expanded: no AWS credentials' });
    return out;
  }
  const limit = pLimit(opts.concurrency ?? 3);
  await Promise.all(
    unique.map((arn) =>
      limit(async () => {
        try {
          const p = await client.send(new GetPolicyCommand({ PolicyArn: arn }));
          const v = await client.send(
            new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: p.Policy?.DefaultVersionId ?? 'v1' }),
          );
          const text = decodeURIComponent(v.PolicyVersion?.Document ?? '');
          const parsed = parseText(`${arn}.json`, text);
          out.set(arn, { policy: extractFromPolicyFile(arn, parsed.root!, new Resolver(undefined)) });
        } catch (e) {
          const err = e as { name?: string; message?: string };
          out.set(arn, { reason: `not expanded: IAM refused (${err.name ?? 'Error'}: ${err.message ?? ''})` });
        }
      }),
    ),
  );
  return out;
}
