import { githubReport } from './github.js';
import { jsonReport } from './json.js';
import { sarifReport } from './sarif.js';
import { stylishReport } from './stylish.js';
import type { Reporter } from './types.js';

export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const REPORTERS: Record<Format, Reporter> = {
  stylish: stylishReport,
  json: jsonReport,
  sarif: sarifReport,
  github: githubReport,
};

export type { ReportInput, Reporter, RuleDescription } from './types.js';
