/**
 * The shape of a rule, as in ESLint: metadata plus a check. A rule reports nodes (never lines)
 * through its context; one place turns nodes into positions.
 */
import type { Node } from '../parse/node.js';
import type { ManagedAttachment, Policy } from '../policies/types.js';
import type { Resource, Template } from '../template/model.js';
import type { Resolver } from '../template/resolve.js';
import type { Severity } from '../findings/types.js';
import type { SourceText } from '../parse/source.js';

/** The sections of the catalogue (rules.md), in its order: the rule index groups by them. */
export const FAMILIES = {
  'least-privilege': 'Identity policies: least privilege',
  credentials: 'MFA and credentials',
  trust: 'Trust policies',
  'public-exposure': 'Resource policies and public exposure',
  'encryption-at-rest': 'Encryption at rest',
  'encryption-in-transit': 'Encryption in transit',
  network: 'Network',
  logging: 'Logging and monitoring',
  scanner: 'The scanner itself',
} as const;
export type Family = keyof typeof FAMILIES;

export interface RuleMeta<M extends string = string> {
  id: string;
  severity: Severity;
  title: string;
  /** One paragraph: why this matters. */
  why: string;
  /** One paragraph: how to fix it. */
  fix: string;
  /** The same check's ids in cfn_nag (CN), checkov (CK) and cdk-nag (CDK). */
  aka?: { cfnNag?: string[]; checkov?: string[]; cdkNag?: string[] };
  /** The catalogue section the rule belongs to (rules.md). */
  family: Family;
  /**
   * The rule's messages by id, as in ESLint: a report names one and hands its `data`, which fills
   * each `{{name}}`. The texts are the rule's vocabulary, reviewable in one place.
   */
  messages: Record<M, string>;
}

/** The values a message's `{{name}}` placeholders are filled with. */
export type MessageData = Readonly<Record<string, string | number>>;

/** A fix that is one certain edit: the node's text replaced by `replacement`. */
export interface Fix {
  node: Node;
  replacement: string;
}

export interface Report<M extends string = string> {
  node: Node;
  /** One of the rule's `meta.messages`. */
  messageId: M;
  data?: MessageData;
  /** Overrides the rule's default severity (rules with two severities). */
  severity?: Severity;
  resource?: Resource | null;
  policy?: Policy | null;
  /** Distinguishes two findings of one rule on one node, for the fingerprint. */
  key?: string;
  /** The one certain edit that fixes the finding, when there is one (data for suggestions). */
  fix?: Fix;
}

export interface FileModel {
  /** Repo-relative path, forward slashes. */
  file: string;
  source: SourceText;
  template: Template | undefined;
  resolver: Resolver;
  policies: Policy[];
  managed: ManagedAttachment[];
}

export interface RuleContext<M extends string = string> extends FileModel {
  report(r: Report<M>): void;
}

/** A rule with neither check is reported by a pipeline stage (parsing, suppressions). */
export interface Rule<M extends string = string> {
  meta: RuleMeta<M>;
  /** Called once per policy of the file (templates and standalone policy files). */
  checkPolicy?(policy: Policy, ctx: RuleContext<M>): void;
  /** Called once per file that is a template. */
  checkTemplate?(template: Template, ctx: RuleContext<M>): void;
}

/** A rule whose reports may name only its own message ids (checked by the compiler). */
export const defineRule = <M extends string>(rule: Rule<M>): Rule => rule as Rule;

/**
 * A report's text: its message with `{{name}}` filled from its data. A placeholder without data,
 * or an id the rule does not define, is the rule's bug: it throws, so the rule's tests fail (and a
 * scan reports the file as not fully checked rather than printing a half-made sentence).
 */
export function messageOf(meta: RuleMeta, r: Pick<Report, 'messageId' | 'data'>): string {
  const text = meta.messages[r.messageId];
  if (text === undefined) throw new Error(`${meta.id} has no message '${r.messageId}'`);
  const parts = partsOf(text);
  if (parts.length === 1) return text;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const v = r.data?.[parts[i]];
    if (v === undefined) throw new Error(`${meta.id}'s message '${r.messageId}' has no data for {{${parts[i]}}}`);
    out += String(v) + parts[i + 1];
  }
  return out;
}

/**
 * A message split once into text and placeholder names, alternating (`['', 'id', ' has no key']`):
 * a large scan makes tens of thousands of findings from a few hundred messages.
 */
const compiled = new Map<string, string[]>();
function partsOf(text: string): string[] {
  let parts = compiled.get(text);
  if (!parts) compiled.set(text, (parts = text.split(/\{\{\s*(\w+)\s*\}\}/)));
  return parts;
}
