/**
 * `npm run bench:aa`: 200 policies (50 of them the same text as another) through ValidatePolicy
 * against the stand-in Access Analyzer with 100 ms latency and a 10 TPS limit. Prints the calls
 * made and the wall time as a ratio to the rate-limit floor (calls ÷ 10 TPS); target ≤ 1.3×.
 */
import { AccessAnalyzerClient } from '@aws-sdk/client-accessanalyzer';
import { analyseText } from '../src/engines/analyse.js';
import { runAccessAnalyzer } from '../src/engines/access-analyzer/engine.js';
import type { FileModel } from '../src/rules/types.js';
import { startAccessAnalyzer } from '../test/access-analyzer-server.js';

const TPS = 10;

async function main(): Promise<void> {
  const models: FileModel[] = [];
  for (let i = 0; i < 200; i++) {
    // Policies 150..199 repeat the texts of 0..49.
    const n = i < 150 ? i : i - 150;
    const doc = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: ['s3:GetObject'], Resource: [`arn:aws:s3:::bucket-${n}/*`] }],
    };
    models.push(analyseText(`policies/p${i}.json`, JSON.stringify(doc)).model!);
  }
  const aa = await startAccessAnalyzer({ latencyMs: 100, tps: TPS });
  const client = new AccessAnalyzerClient({
    region: 'us-east-1',
    endpoint: aa.url,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    retryMode: 'adaptive',
    maxAttempts: 10,
  });
  const started = performance.now();
  const r = await runAccessAnalyzer(models, {
    mode: 'on',
    region: 'us-east-1',
    checks: new Set(['validate']),
    sensitiveActions: [],
    client,
  });
  const seconds = (performance.now() - started) / 1000;
  await aa.close();
  const floor = r.calls / TPS;
  const throttled = aa.calls.filter((c) => c.status === 429).length;
  console.log(
    `policies: 200 (150 distinct texts); calls made: ${r.calls}; requests incl. retries: ${aa.calls.length} (${throttled} throttled)`,
  );
  console.log(
    `wall time: ${seconds.toFixed(2)} s; rate-limit floor: ${floor.toFixed(2)} s; ratio: ${(seconds / floor).toFixed(2)}x (target <= 1.3x)`,
  );
  if (r.error) console.log(`error: ${r.error}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
