/**
 * The CloudFormation model over a parsed file: resources, parameters, conditions and mappings,
 * each still pointing at its nodes so rules can report the exact element.
 */
import { get, isMap, isSeq, str, type MapNode, type Node } from '../parse/node.js';
import { expandLanguageExtensions, usesLanguageExtensions } from './language-extensions.js';
import { Resolver, type ResolveOptions } from './resolve.js';

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

/** Part of a valid template that is not analysed (a module, a macro, a loop over unknown values). */
export interface NotAnalysed {
  node: Node;
  reason: string;
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
  readonly notAnalysed: NotAnalysed[] = [];
  /** The template as CloudFormation reads it: with `AWS::LanguageExtensions` applied. */
  readonly root: MapNode;

  /** `options` give the parameter values `Fn::ForEach` collections may be read from. */
  constructor(source: MapNode, options: ResolveOptions = {}, expand = true) {
    let root = source;
    if (expand && usesLanguageExtensions(source)) {
      try {
        const plain = new Resolver(new Template(source, options, false), options);
        const ex = expandLanguageExtensions(source, (n) => plain.value(n));
        root = ex.root;
        this.notAnalysed.push(...ex.notExpanded);
      } catch (e) {
        // Read as written rather than lose the file: its loops are then reported as not analysed.
        const reason = `AWS::LanguageExtensions could not be applied offline (${(e as Error).message})`;
        this.notAnalysed.push({ node: source, reason });
      }
    }
    this.root = root;
    const resources = get(root, 'Resources');
    if (resources && !isMap(resources)) {
      this.problems.push({ node: resources, message: 'Resources must be a mapping of logical ids to resources' });
    }
    if (isMap(resources)) {
      for (const pair of resources.pairs) {
        const id = String(pair.key.value);
        const r = pair.value;
        if (id.startsWith('Fn::ForEach::')) continue; // not expanded: already in notAnalysed
        const placeholder = placeholderOf(id, r);
        if (placeholder) {
          this.notAnalysed.push({ node: r, reason: placeholder.reason });
          // A registry module keeps a string Type: Refs to it still name a resource.
          if (!placeholder.typed) continue;
        }
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
    for (const t of transforms) {
      const why = transformReason(t);
      if (why) this.notAnalysed.push({ node: t, reason: why });
    }
    this.findInsertions(root);
  }

  /** `Fn::Transform` (AWS::Include or a macro) at the top of a section or of a resource's body. */
  private findInsertions(root: MapNode): void {
    const at = (n: Node | undefined) => (isMap(n) ? n.pairs.find((p) => p.key.value === 'Fn::Transform') : undefined);
    for (const section of root.pairs) {
      const own = at(section.value);
      if (own && section.key.value !== 'Resources') {
        this.notAnalysed.push({ node: own.value, reason: insertion(own.value) });
      }
    }
    for (const r of this.resources) {
      const inBody = at(r.node) ?? at(r.properties);
      if (inBody) this.notAnalysed.push({ node: inBody.value, reason: insertion(inBody.value) });
    }
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
    return resources.pairs.some(
      (p) =>
        /^(AWS|Custom|Alexa)::|::MODULE$/.test(str(get(p.value, 'Type')) ?? '') ||
        get(get(p.value, 'Type'), 'Rain::Module') !== undefined ||
        String(p.key.value).startsWith('Fn::ForEach::'),
    );
  }
  return false;
}

/** A Resources entry that stands for resources which appear only at deploy (or `rain`) time. */
function placeholderOf(id: string, r: Node): { reason: string; typed: boolean } | undefined {
  if (id === 'Fn::Transform') return { reason: insertion(r), typed: false };
  const type = get(r, 'Type');
  const module = get(type, 'Rain::Module');
  if (module) {
    const reason = `a Rain module (${str(module) ?? 'a module'}), whose resources rain inserts before deployment: not analysed`;
    return { reason, typed: false };
  }
  if (str(type)?.endsWith('::MODULE')) {
    const reason = `a CloudFormation module (${str(type)}), expanded by CloudFormation at deploy time: its resources are not analysed`;
    return { reason, typed: true };
  }
  return undefined;
}

/** `Fn::Transform`'s content comes from S3 (AWS::Include) or a macro, at deploy time. */
function insertion(n: Node): string {
  const first = isSeq(n) ? n.items[0] : n;
  const name = str(get(first, 'Name'));
  const location = str(get(get(first, 'Parameters'), 'Location'));
  if (name === 'AWS::Include')
    return `AWS::Include inserts a snippet from ${location ?? 'S3'} at deploy time: it is not analysed`;
  return `${name ? `the macro ${name}` : 'a transform'} rewrites this at deploy time: what it produces is not analysed`;
}

/** Transforms PolicyGate reads itself, or that only add AWS-managed plumbing. */
const KNOWN_TRANSFORMS =
  /^AWS::(Serverless-\d{4}-\d{2}-\d{2}|LanguageExtensions|SecretsManager-\d{4}-\d{2}-\d{2}|CodeDeployBlueGreen|CodeStar|ServiceCatalog)$/;

function transformReason(t: Node): string | undefined {
  if (isMap(t)) return insertion(t);
  const name = str(t);
  if (!name || KNOWN_TRANSFORMS.test(name)) return undefined;
  return `the template is processed by the macro ${name} at deploy time: what it adds or changes is not analysed`;
}
