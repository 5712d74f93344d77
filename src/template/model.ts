/**
 * The CloudFormation model over a parsed file: resources, parameters, conditions and mappings,
 * each still pointing at its nodes so rules can report the exact element.
 */
import { get, isMap, str, type MapNode, type Node } from '../parse/node.js';

export interface Resource {
  id: string;
  type: string;
  /** The resource's mapping (Type, Properties, Metadata, …). */
  node: MapNode;
  /** The logical id's key node: where findings about a missing property point. */
  idNode: Node;
  properties: Node | undefined;
  metadata: Node | undefined;
  condition: string | undefined;
}

export interface Parameter {
  id: string;
  node: Node;
  type: string;
  default: Node | undefined;
  noEcho: boolean;
}

export interface TemplateProblem {
  node: Node;
  message: string;
}

export class Template {
  readonly resources: Resource[] = [];
  readonly byId = new Map<string, Resource>();
  readonly parameters = new Map<string, Parameter>();
  readonly conditions = new Map<string, Node>();
  readonly mappings: Node | undefined;
  readonly isSam: boolean;
  /** Structural problems (Resources not a mapping, a resource without a Type, …). */
  readonly problems: TemplateProblem[] = [];

  constructor(readonly root: MapNode) {
    const resources = get(root, 'Resources');
    if (resources && !isMap(resources)) {
      this.problems.push({ node: resources, message: 'Resources must be a mapping of logical ids to resources' });
    }
    if (isMap(resources)) {
      for (const pair of resources.pairs) {
        const id = String(pair.key.value);
        const r = pair.value;
        if (!isMap(r)) {
          this.problems.push({ node: r, message: `resource ${id} must be a mapping with a Type` });
          continue;
        }
        const type = str(get(r, 'Type'));
        if (!type) {
          this.problems.push({ node: pair.key, message: `resource ${id} has no Type` });
          continue;
        }
        const resource: Resource = {
          id,
          type,
          node: r,
          idNode: pair.key,
          properties: get(r, 'Properties'),
          metadata: get(r, 'Metadata'),
          condition: str(get(r, 'Condition')),
        };
        this.resources.push(resource);
        this.byId.set(id, resource);
      }
    }
    const params = get(root, 'Parameters');
    if (isMap(params)) {
      for (const pair of params.pairs) {
        const p = pair.value;
        const noEcho = get(p, 'NoEcho');
        this.parameters.set(String(pair.key.value), {
          id: String(pair.key.value),
          node: pair.key,
          type: str(get(p, 'Type')) ?? 'String',
          default: get(p, 'Default'),
          noEcho: noEcho?.kind === 'scalar' && String(noEcho.value).toLowerCase() === 'true',
        });
      }
    }
    const conds = get(root, 'Conditions');
    if (isMap(conds)) for (const pair of conds.pairs) this.conditions.set(String(pair.key.value), pair.value);
    this.mappings = get(root, 'Mappings');
    const transform = get(root, 'Transform');
    const transforms = transform?.kind === 'seq' ? transform.items : transform ? [transform] : [];
    this.isSam = transforms.some((t) => str(t)?.startsWith('AWS::Serverless'));
  }

  ofType(...types: string[]): Resource[] {
    return this.resources.filter((r) => types.includes(r.type));
  }
}

/**
 * Whether a parsed document is a CloudFormation template: it says so (AWSTemplateFormatVersion,
 * a SAM transform) or its Resources hold typed resources. Kubernetes manifests, app settings and
 * package files fall through.
 */
export function looksLikeTemplate(root: Node | undefined): root is MapNode {
  if (!isMap(root)) return false;
  if (get(root, 'AWSTemplateFormatVersion')) return true;
  const transform = get(root, 'Transform');
  const ts = transform?.kind === 'seq' ? transform.items : transform ? [transform] : [];
  if (ts.some((t) => str(t)?.startsWith('AWS::'))) return true;
  const resources = get(root, 'Resources');
  if (isMap(resources)) {
    return resources.pairs.some((p) => /^(AWS|Custom|Alexa)::|^Custom::/.test(str(get(p.value, 'Type')) ?? ''));
  }
  return false;
}
