/**
 * Is this a CloudFormation resource type, and a property of it? Answered from the table
 * scripts/gen-cfn-spec.mjs generates from AWS's service spec. A misspelt type or property is
 * otherwise silent: `AWS::EC2::SecurityGroupp` is read by no rule, and the template "passes".
 */
import { get, isMap, isSeq, str, type Node } from '../parse/node.js';
import type { Template } from './model.js';
import { resourceTypes } from './resource-types-data.js';

export const resourceSpecVersion = resourceTypes.version;

/** A type's top-level property names, as listed (for "did you mean") and as a set (to look up). */
interface TypeEntry {
  names: readonly string[];
  set: ReadonlySet<string>;
}

let names: string[] | undefined;
/** Unpacked by service when a template first names one of its types: a scan meets few services. */
const byService = new Map<string, Map<string, TypeEntry>>();

function serviceTypes(service: string): Map<string, TypeEntry> | undefined {
  let types = byService.get(service);
  if (types) return types;
  const packed = Object.hasOwn(resourceTypes.services, service) ? resourceTypes.services[service] : undefined;
  if (packed === undefined) return undefined;
  names ??= resourceTypes.names.split(',');
  types = new Map();
  for (const entry of packed.split(';')) {
    const [name, props] = entry.split(':');
    const list = props ? props.split('.').map((i) => names![parseInt(i, 36)]) : [];
    types.set(`${service}::${name}`, { names: list, set: new Set(list) });
  }
  byService.set(service, types);
  return types;
}

/** The property names of a type, or undefined when the spec does not know the type. */
function entryOf(type: string): TypeEntry | undefined {
  const cut = type.lastIndexOf('::');
  return cut > 0 ? serviceTypes(type.slice(0, cut))?.get(type) : undefined;
}

/** Every type the spec knows (for "did you mean" on an unknown one). */
function* allTypes(): Iterable<string> {
  for (const service of Object.keys(resourceTypes.services)) yield* serviceTypes(service)!.keys();
}

/**
 * Types the spec is not asked about: custom resources, registry (third-party and private) types,
 * modules, and SAM's, which the spec lists only in part (SAM adds types the spec does not have).
 */
function checked(type: string): boolean {
  return (type.startsWith('AWS::') || type.startsWith('Alexa::')) && !type.startsWith('AWS::Serverless::');
}

/**
 * A custom resource takes any property (its provider reads them); the CDK's metadata resource is
 * accepted by CloudFormation though no specification lists it.
 */
const ANY_PROPERTY = new Set(['AWS::CloudFormation::CustomResource', 'AWS::CDK::Metadata']);

export interface SpecProblem {
  node: Node;
  message: string;
}

/** The name meant, for a misspelt one (`inputs/suggest.ts`'s, handed in: this stage imports no other). */
export type Suggest = (word: string, candidates: Iterable<string>) => string | undefined;

/** Unknown resource types, and unknown top-level properties of known types, with "did you mean". */
export function checkResourceTypes(t: Template, closest: Suggest): SpecProblem[] {
  const out: SpecProblem[] = [];
  // A macro may define its own types and properties (it rewrites the template before CloudFormation
  // reads it): only SAM's and the language extensions' transforms leave the types as they are.
  const transform = get(t.root, 'Transform');
  const names = isSeq(transform) ? transform.items.map(str) : transform ? [str(transform)] : [];
  if (names.some((n) => n !== 'AWS::LanguageExtensions' && !n?.startsWith('AWS::Serverless'))) return out;
  for (const res of t.resources) {
    if (!checked(res.type) || ANY_PROPERTY.has(res.type)) continue;
    const props = entryOf(res.type);
    if (!props) {
      const typeNode = res.node.pairs.find((p) => p.key.value === 'Type')?.value ?? res.idNode;
      const near = closest(res.type, allTypes());
      out.push({
        node: typeNode,
        message: `${res.type} is not a CloudFormation resource type in AWS's resource specification ${resourceSpecVersion}${near ? ` (did you mean ${near}?)` : ''}: resource ${res.id} is not analysed`,
      });
      continue;
    }
    if (!isMap(res.properties)) continue;
    for (const { key } of res.properties.pairs) {
      const name = String(key.value);
      if (props.set.has(name) || name.startsWith('Fn::')) continue;
      const near = closest(name, props.names);
      out.push({
        node: key,
        message: `${name} is not a property of ${res.type} in AWS's resource specification ${resourceSpecVersion}${near ? ` (did you mean ${near}?)` : ''}: it is not analysed, and CloudFormation refuses a property it does not know`,
      });
    }
  }
  return out;
}
