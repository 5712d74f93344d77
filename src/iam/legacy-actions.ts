/**
 * Actions IAM still accepts that the Service Authorization Reference no longer lists: AWS writes
 * them itself (the default access policy of a new SNS topic grants `SNS:Receive`), so a policy
 * copied from AWS holds them. Not in the generated catalogue (which follows the reference); kept
 * here as a small table `iam-unknown-action` consults. Lower case, as matching is case-insensitive.
 * Sources: docs/accuracy.md, "AWS's defaults and service facts".
 */
export const LEGACY_ACTIONS: ReadonlySet<string> = new Set(['sns:receive']);

export const isLegacyAction = (action: string): boolean => LEGACY_ACTIONS.has(action.toLowerCase());
