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
    const base = { resource: res, node: locNode ?? res.idNode, parameters: parameters(get(props, 'Parameters'), r) };
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

/** Known values only: a list parameter is passed as its comma-joined items. */
function parameters(node: Node | undefined, r: Resolver): Record<string, string> {
  const v = r.value(node);
  const out: Record<string, string> = {};
  if (!v || typeof v !== 'object' || Array.isArray(v) || isUnknown(v)) return out;
  for (const [k, x] of Object.entries(v)) {
    const s = asString(x);
    if (s !== undefined) out[k] = s;
    else if (Array.isArray(x) && x.every((i) => asString(i) !== undefined)) out[k] = x.map(asString).join(',');
  }
  return out;
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
