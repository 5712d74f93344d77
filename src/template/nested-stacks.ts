/**
 * The nested stacks a template declares: `AWS::CloudFormation::Stack` (its `TemplateURL`, or the
 * asset path CDK records in its Metadata) and SAM's `AWS::Serverless::Application` (`Location`),
 * with the parameter values the parent passes, resolved in the parent. Local paths are followed
 * (before `aws cloudformation package` / `sam package` they name a file next to the parent); an S3
 * URL or a Serverless Application Repository application is named as not analysed.
 */
import { get, isMap, isSeq, str, type Node } from '../parse/node.js';
import type { Resource, Template } from './model.js';
import type { Resolver } from './resolve.js';
import { asString, isUnknown } from './values.js';

export interface NestedStack {
  /** The parent's resource that creates the child stack. */
  resource: Resource;
  /** Where the child's location is written: warnings about it point here. */
  node: Node;
  /** The child template's path relative to the parent's folder, when it is a local file. */
  path?: string;
  /** Why the child is not followed (an S3 URL, an application from the repository, unknown). */
  notFollowed?: string;
  /**
   * CDK without asset metadata: the object key (`<sha256>.json`) its TemplateURL ends in, which
   * the cloud assembly's `*.assets.json` maps to the nested template's file.
   */
  cdkAssetKey?: string;
  /** The parameter values the parent passes that are known offline, as CloudFormation passes them. */
  parameters: Record<string, string>;
}

const REMOTE = /^(https?|s3):\/\//i;

export function nestedStacks(t: Template, r: Resolver): NestedStack[] {
  const out: NestedStack[] = [];
  for (const res of t.ofType('AWS::CloudFormation::Stack', 'AWS::Serverless::Application')) {
    if (!r.created(res.condition)) continue;
    const props = r.view(res.properties);
    const isApp = res.type === 'AWS::Serverless::Application';
    const locNode = get(props, isApp ? 'Location' : 'TemplateURL');
    const base = { resource: res, node: locNode ?? res.idNode, parameters: parameters(get(props, 'Parameters'), t, r) };
    // CDK writes the nested template as an asset of the cloud assembly and says which file it is.
    const asset = str(get(res.metadata, 'aws:asset:path'));
    if (asset && str(get(res.metadata, 'aws:asset:property')) === 'TemplateURL') {
      out.push({ ...base, path: asset });
      continue;
    }
    if (isApp && isMap(r.view(locNode))) {
      const app = r.string(get(r.view(locNode), 'ApplicationId')) ?? 'an application';
      out.push({ ...base, notFollowed: `a Serverless Application Repository application (${app}): not analysed` });
      continue;
    }
    const loc = r.string(locNode);
    const key = assetKey(locNode);
    const cdk = key ? { cdkAssetKey: key } : {};
    if (loc === undefined) {
      // `!Sub https://…/${Bucket}/x.yaml`: an uploaded template whatever the bucket turns out to be.
      const sub = get(locNode, 'Fn::Sub');
      const written = str(isSeq(sub) ? sub.items[0] : sub);
      const why = isUnknown(r.value(locNode)) ? 'is not known offline' : 'is missing';
      out.push({
        ...base,
        ...cdk,
        notFollowed:
          written && REMOTE.test(written)
            ? `the nested stack's template is at ${written}, which is not read: not analysed`
            : `the nested stack's template location ${why}: not analysed`,
      });
    } else if (REMOTE.test(loc)) {
      out.push({
        ...base,
        ...cdk,
        notFollowed: `the nested stack's template is at ${loc}, which is not read: not analysed`,
      });
    } else {
      out.push({ ...base, path: loc.replace(/^file:\/\//, '') });
    }
  }
  return out;
}

/**
 * Known values only: a list parameter is passed as its comma-joined items. A value made from the
 * parent's resources (`!GetAtt Network.Outputs.VpcId`, `!Ref Bucket`) resolves to a placeholder
 * name, not what the child will really get, so it is left unknown.
 */
function parameters(node: Node | undefined, t: Template, r: Resolver): Record<string, string> {
  const out: Record<string, string> = {};
  const map = r.view(node);
  if (!isMap(map)) return out;
  for (const p of map.pairs) {
    if (fromResources(p.value, t)) continue;
    const x = r.value(p.value);
    const s = asString(x);
    if (s !== undefined) out[String(p.key.value)] = s;
    else if (Array.isArray(x) && x.every((i) => asString(i) !== undefined)) {
      out[String(p.key.value)] = x.map(asString).join(',');
    }
  }
  return out;
}

function fromResources(n: Node, t: Template): boolean {
  const names = (name: string) => !name.startsWith('AWS::') && !t.parameters.has(name);
  const stack: Node[] = [n];
  while (stack.length) {
    const x = stack.pop()!;
    if (isSeq(x)) stack.push(...x.items);
    if (!isMap(x)) continue;
    for (const p of x.pairs) {
      const k = p.key.value;
      if (k === 'Fn::GetAtt' || k === 'Fn::ImportValue' || k === 'Fn::GetStackOutput') return true;
      if (k === 'Ref' && names(str(p.value) ?? '')) return true;
      if (k === 'Fn::Sub') {
        const tpl = str(isSeq(p.value) ? p.value.items[0] : p.value) ?? '';
        const vars = isSeq(p.value) && isMap(p.value.items[1]) ? p.value.items[1].pairs.map((v) => v.key.value) : [];
        for (const m of tpl.matchAll(/\$\{([^}!][^}]*)\}/g)) {
          const v = m[1].trim();
          if (!vars.includes(v) && (v.includes('.') || names(v))) return true;
        }
      }
      stack.push(p.value);
    }
  }
  return false;
}

/** The `<sha256>.json` a CDK TemplateURL (an Fn::Join of the assets bucket and key) ends in. */
function assetKey(n: Node | undefined): string | undefined {
  const stack: Node[] = n ? [n] : [];
  while (stack.length) {
    const x = stack.pop()!;
    if (x.kind === 'scalar') {
      const m = typeof x.value === 'string' ? /\/?([0-9a-f]{64}\.json)$/.exec(x.value) : null;
      if (m) return m[1];
    } else if (x.kind === 'seq') stack.push(...x.items);
    else stack.push(...x.pairs.map((p) => p.value));
  }
  return undefined;
}
