import { defineRule } from './types.js';

/** Reported by the suppression stage (src/findings/suppressions.ts), not by a check of its own. */
export default defineRule({
  meta: {
    id: 'suppression-without-reason',
    severity: 'low',
    title: 'Suppression without a reason',
    why: 'A suppression hides a finding from the gate for good. Without a reason, the next reviewer cannot tell a considered exception from a silenced alarm, and nobody knows when it may be removed.',
    fix: "Say why the finding is acceptable after ` -- ` in a comment (`# policygate-ignore RULE -- reason`), in `reason:` in Metadata or config, or in the peer tool's reason field.",
    family: 'scanner',
    messages: { noReason: 'The suppression of {{suppressed}} ({{where}}) gives no reason.' },
  },
});
