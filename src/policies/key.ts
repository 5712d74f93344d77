import type { Policy } from './types.js';

/** A policy's identity across two versions of a file: where it sits, not what it says. */
export const policyKey = (p: Policy): string => `${p.file}#${p.resource?.id ?? ''}#${p.path ?? ''}`;
