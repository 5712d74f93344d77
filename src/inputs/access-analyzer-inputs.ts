/** The `checks` and `sensitive-actions` inputs (action input, config key) as validated lists. */
import { CHECKS, DEFAULT_SENSITIVE_ACTIONS, type CheckName } from '../engines/access-analyzer/checks.js';
import { UsageError } from './errors.js';

const items = (v: unknown): string[] =>
  (Array.isArray(v) ? v.map(String) : String(v ?? '').split(/[\n,]/)).map((s) => s.trim()).filter(Boolean);

export function accessAnalyzerChecks(v: unknown): Set<CheckName> {
  const list = items(v);
  if (!list.length) return new Set(CHECKS);
  for (const c of list) {
    if (!(CHECKS as readonly string[]).includes(c))
      throw new UsageError(`checks: unknown check "${c}"; expected ${CHECKS.join(', ')}`);
  }
  return new Set(list as CheckName[]);
}

export function sensitiveActions(v: unknown): string[] {
  const list = items(v);
  for (const a of list) {
    if (!/^[\w-]+:[\w*?]+$/.test(a))
      throw new UsageError(`sensitive-actions: "${a}" is not an action (service:Action)`);
  }
  return list.length ? list : DEFAULT_SENSITIVE_ACTIONS;
}
