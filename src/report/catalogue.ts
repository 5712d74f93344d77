/** The IAM catalogue line of the summaries: which catalogue, of what date, and how old it is. */
import type { ScanResult } from '../findings/types.js';

export function catalogueLine(c: NonNullable<ScanResult['catalogue']>): string {
  const age = c.ageDays === 0 ? 'today' : `${c.ageDays} day${c.ageDays === 1 ? '' : 's'} old`;
  // Past 30 days the catalogue misses real new actions often: the rule says so by its severity.
  const stale = c.ageDays > 30 ? '; an action it does not know is reported as low' : '';
  const allowed = c.allowed ? `, plus ${c.allowed} action${c.allowed === 1 ? '' : 's'} from allow-actions` : '';
  return `IAM catalogue: ${c.version} of ${c.date} (${age}${stale})${allowed}`;
}
