/**
 * The rules as data for the reporters and the pull request (which never import rules): id,
 * severity, title, why, fix and the page's address.
 */
import { helpUri } from '../findings/locate.js';
import type { RuleDescription } from '../report/index.js';
import { RULES } from '../rules/index.js';

export const ruleDescriptions = (): RuleDescription[] =>
  RULES.map((r) => ({
    id: r.meta.id,
    severity: r.meta.severity,
    title: r.meta.title,
    why: r.meta.why,
    fix: r.meta.fix,
    helpUri: helpUri(r.meta.id),
  }));
