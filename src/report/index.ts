import { githubReport } from './github.js';
import { jsonReport } from './json.js';
export { jsonReportPieces } from './json.js';
import { sarifReport } from './sarif.js';
import type { Reporter } from './types.js';

import type { Format } from '../inputs/constants.js';
export { FORMATS, type Format } from '../inputs/constants.js';

/** The reporters a run always may need; `stylish` is loaded by `reporter` when chosen. */
export const REPORTERS: Record<Exclude<Format, 'stylish'>, Reporter> = {
  json: jsonReport,
  sarif: sarifReport,
  github: githubReport,
};

/**
 * The reporter of a format. The stylish one is loaded on use: its line wrapping (`wrap-ansi` and
 * its East Asian width tables) took some 18 ms of every CLI start, JSON and SARIF runs included.
 */
export async function reporter(format: Format): Promise<Reporter> {
  if (format !== 'stylish') return REPORTERS[format];
  return (await import(/* webpackMode: "eager" */ './stylish.js')).stylishReport;
}

export type { ReportInput, Reporter, RuleDescription } from './types.js';
