/** The Action's entry point (dist/index.js); also where a large scan's worker threads start. */
import { enableScanWorkers, isScanWorker, serveScanWorker } from './scan/workers.js';

if (isScanWorker()) {
  await serveScanWorker(async () => ({
    ...(await import(/* webpackMode: "eager" */ './rules/index.js')),
    ...(await import(/* webpackMode: "eager" */ './scan/file.js')),
  }));
} else {
  enableScanWorkers(new URL(import.meta.url));
  const { run } = await import(/* webpackMode: "eager" */ './main.js');
  await run();
}
