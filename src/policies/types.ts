/** A policy found in a template or file, and its statements read element by element. */
import type { Node } from '../parse/node.js';
import type { Resource } from '../template/model.js';
import type { Unknown, Value } from '../template/values.js';

export type PolicyKind = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp' | 'boundary';

/** One string of an element (an action, a resource ARN, a principal) and where it is written. */
export interface Item {
  node: Node;
  value: string | Unknown;
}

export interface Element {
  node: Node;
  items: Item[];
}

export type PrincipalType = '*' | 'AWS' | 'Service' | 'Federated' | 'CanonicalUser';

export interface PrincipalItem extends Item {
  type: PrincipalType;
}

export interface PrincipalElement {
  node: Node;
  items: PrincipalItem[];
}

export interface Statement {
  node: Node;
  index: number;
  sid: string | undefined;
  effect: 'Allow' | 'Deny' | undefined;
  action?: Element;
  notAction?: Element;
  resource?: Element;
  notResource?: Element;
  principal?: PrincipalElement;
  notPrincipal?: PrincipalElement;
  condition?: Node;
  /** The resolved Condition block: operator → key → values (or an Unknown). */
  conditions: Record<string, Record<string, Value>> | Unknown | undefined;
}

export interface Attachment {
  users: string[];
  groups: string[];
  roles: string[];
}

export interface PolicyProblem {
  node: Node;
  message: string;
}

export interface Policy {
  kind: PolicyKind;
  /** Repo-relative file. */
  file: string;
  /** The resource holding the policy; undefined for a standalone policy file. */
  resource: Resource | undefined;
  /** Where in the resource (`Policies[0].PolicyDocument`), or null for a standalone file. */
  path: string | null;
  /** The document node as written, or the node that stands for a synthesised policy. */
  node: Node;
  statements: Statement[];
  attachedTo: Attachment;
  /** For resource policies: the resource type the policy governs (`AWS::S3::Bucket`, …). */
  governs?: string;
  /** The quota that applies to this policy's size, when IAM has one. */
  sizeQuota?: { limit: number; what: string };
  /** True when the statements were made by PolicyGate (Lambda permissions, SAM policy templates). */
  synthesised: boolean;
  problems: PolicyProblem[];
  /** A session policy (Transfer, Roles Anywhere, EKS Pod Identity): identity grammar, no attachment. */
  session?: boolean;
  /** Why the document could not be read (a value known only at deploy time): nothing to send. */
  unanalysable?: string;
}

/** A managed policy attached by ARN (or SAM policy name), with where it is written. */
export interface ManagedAttachment {
  file: string;
  resource: Resource;
  node: Node;
  arn: string | Unknown;
  attachedTo: Attachment;
  /** The property that names it (`ManagedPolicyArns`, `PermissionsBoundary`, `Policies`, …). */
  via: string;
}
