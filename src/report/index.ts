import { githubReport } from './github.js';
import { jsonReport } from './json.js';
export { jsonReportPieces } from './json.js';
import { sarifReport } from './sarif.js';
import { stylishReport } from './stylish.js';
import type { Reporter } from './types.js';

import type { Format } from '../inputs/constants.js';
export { FORMATS, type Format } from '../inputs/constants.js';

export const REPORTERS: Record<Format, Reporter> = {
  stylish: stylishReport,
  json: jsonReport,
  sarif: sarifReport,
  github: githubReport,
};

export type { ReportInput, Reporter, RuleDescription } from './types.js';
