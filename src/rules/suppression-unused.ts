import { defineRule } from './types.js';

/** Reported by the suppression stage (src/findings/suppressions.ts), not by a check of its own. */
export default defineRule({
  meta: {
    id: 'suppression-unused',
    severity: 'info',
    title: 'Suppression that matches nothing',
    why: 'A suppression that no longer matches a finding is stale: the problem was fixed or moved. Left in place it may silently hide a new finding that appears on the same line or resource later.',
    fix: 'Remove the suppression, or move it next to the finding it was meant for.',
    family: 'scanner',
    messages: { unused: 'The suppression of {{suppressed}} ({{where}}) matches no finding; remove it if it is stale.' },
  },
});
