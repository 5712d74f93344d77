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

export interface RuleMeta {
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
}

/** A fix that is one certain edit: the node's text replaced by `replacement`. */
export interface Fix {
  node: Node;
  replacement: string;
}

export interface Report {
  node: Node;
  message: string;
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

export interface RuleContext extends FileModel {
  report(r: Report): void;
}

/** A rule with neither check is reported by a pipeline stage (parsing, suppressions). */
export interface Rule {
  meta: RuleMeta;
  /** Called once per policy of the file (templates and standalone policy files). */
  checkPolicy?(policy: Policy, ctx: RuleContext): void;
  /** Called once per file that is a template. */
  checkTemplate?(template: Template, ctx: RuleContext): void;
}

export const defineRule = (rule: Rule): Rule => rule;
