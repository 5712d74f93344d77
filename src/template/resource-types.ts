/**
 * Is this a CloudFormation resource type, and a property of it? Answered from the table
 * scripts/gen-cfn-spec.mjs generates from AWS's service spec. A misspelt type or property is
 * otherwise silent: `AWS::EC2::SecurityGroupp` is read by no rule, and the template "passes".
 */
import { get, isMap, isSeq, str, type Node } from '../parse/node.js';
import type { Template } from './model.js';
import { resourceTypes } from './resource-types-data.js';

export const resourceSpecVersion = resourceTypes.version;

let types: Map<string, readonly string[]> | undefined;

/** Every type with its top-level property names, unpacked once per process. */
function table(): Map<string, readonly string[]> {
  if (types) return types;
  const names = resourceTypes.names.split(',');
  types = new Map();
  for (const [service, entries] of Object.entries(resourceTypes.services)) {
    for (const entry of entries.split(';')) {
      const [name, props] = entry.split(':');
      types.set(`${service}::${name}`, props ? props.split('.').map((i) => names[parseInt(i, 36)]) : []);
    }
  }
  return types;
}

/** The property names of a type, or undefined when the spec does not know the type. */
export function propertiesOf(type: string): readonly string[] | undefined {
  return table().get(type);
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
    const typeNode = res.node.pairs.find((p) => p.key.value === 'Type')?.value ?? res.idNode;
    if (!checked(res.type)) continue;
    const props = propertiesOf(res.type);
    if (ANY_PROPERTY.has(res.type)) continue;
    if (!props) {
      const near = closest(res.type, table().keys());
      out.push({
        node: typeNode,
        message: `${res.type} is not a CloudFormation resource type in AWS's resource specification ${resourceSpecVersion}${near ? ` (did you mean ${near}?)` : ''}: resource ${res.id} is not analysed`,
      });
      continue;
    }
    if (!isMap(res.properties)) continue;
    const known = new Set(props);
    for (const { key } of res.properties.pairs) {
      const name = String(key.value);
      if (known.has(name) || name.startsWith('Fn::')) continue;
      const near = closest(name, props);
      out.push({
        node: key,
        message: `${name} is not a property of ${res.type} in AWS's resource specification ${resourceSpecVersion}${near ? ` (did you mean ${near}?)` : ''}: it is not analysed, and CloudFormation refuses a property it does not know`,
      });
    }
  }
  return out;
}
