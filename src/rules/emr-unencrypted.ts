import { isMap, keyNode, type Node } from '../parse/node.js';
import { asBool, isUnknown, type Value } from '../template/values.js';
import { propertyRule, read, requirePresent } from './property-rule.js';

/** The security configuration as a value: CloudFormation takes it as a mapping or as a JSON string. */
function configValue(v: Value): Value | undefined {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as Value;
  } catch {
    return undefined;
  }
}

const flag = (v: Value | undefined, ...path: string[]): boolean | 'unknown' => {
  let cur: Value | undefined = v;
  for (const k of path) {
    if (isUnknown(cur)) return 'unknown';
    cur = cur && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Record<string, Value>)[k] : undefined;
  }
  if (isUnknown(cur)) return 'unknown';
  return asBool(cur) === true;
};

export default propertyRule({
  meta: {
    id: 'emr-unencrypted',
    severity: 'medium',
    title: 'EMR cluster without encryption',
    why: 'EMR clusters process data in bulk: HDFS blocks, local disks, EMRFS writes to S3 and shuffle traffic between nodes. Without a security configuration that turns on at-rest or in-transit encryption, all of it is stored and sent in clear text across the cluster.',
    fix: 'Create an `AWS::EMR::SecurityConfiguration` with `EncryptionConfiguration.EnableAtRestEncryption: true` and `EnableInTransitEncryption: true`, and name it in the cluster’s `SecurityConfiguration`.',
    aka: { cfnNag: ['W61', 'W63'] },
    family: 'encryption-at-rest',
  },
  types: ['AWS::EMR::SecurityConfiguration', 'AWS::EMR::Cluster'],
  check(r, ctx) {
    if (r.res.type === 'AWS::EMR::Cluster') {
      return requirePresent(
        ctx,
        r,
        ['SecurityConfiguration'],
        `${r.res.id} names no SecurityConfiguration: its data is not encrypted at rest or in transit.`,
      );
    }
    const p = read(ctx, r, ['SecurityConfiguration']);
    const conf = configValue(p.value);
    if (conf === undefined || isUnknown(conf)) return undefined;
    const atRest = flag(conf, 'EncryptionConfiguration', 'EnableAtRestEncryption');
    const inTransit = flag(conf, 'EncryptionConfiguration', 'EnableInTransitEncryption');
    if (atRest !== false || inTransit !== false) return undefined;
    const enc: Node | undefined = isMap(p.node) ? keyNode(p.node, 'EncryptionConfiguration') : undefined;
    return {
      node: enc ?? p.where,
      message: `${r.res.id} enables neither at-rest nor in-transit encryption.`,
    };
  },
});
