import { get, isMap, keyNode, type Node } from '../parse/node.js';
import { asBool, isUnknown, NO_VALUE, type Value } from '../template/values.js';
import { propertyRule, requirePresent, type Problem } from './utils/property-rule.js';
import { read } from './utils/properties.js';

/** The security configuration as a value: CloudFormation takes it as a mapping or as a JSON string. */
function configValue(v: Value): Value | undefined {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v) as Value;
  } catch {
    return undefined;
  }
}

/** The value at `path`; 'unknown' when a step cannot be resolved offline. */
function at(v: Value | undefined, ...path: string[]): Value | undefined | 'unknown' {
  let cur: Value | undefined = v;
  for (const k of path) {
    if (isUnknown(cur)) return 'unknown';
    cur = cur && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Record<string, Value>)[k] : undefined;
  }
  if (isUnknown(cur)) return 'unknown';
  return cur === NO_VALUE ? undefined : cur;
}

const flag = (v: Value | undefined, ...path: string[]): boolean | 'unknown' => {
  const x = at(v, ...path);
  return x === 'unknown' ? x : asBool(x) === true;
};

/** Written with a value (an unresolved one included): the key names the setting. */
const present = (v: Value | undefined, ...path: string[]): boolean => {
  const x = at(v, ...path);
  return x !== undefined && x !== null && x !== '';
};

/**
 * What is missing from one half of the encryption configuration (its message id: the half is
 * off, or on without what it encrypts), or undefined when it is complete.
 * EMR encrypts only what a turned-on half configures: at rest, EMRFS objects in S3 (an
 * `EncryptionMode`) or local disks (an `EncryptionKeyProviderType`); in transit, the TLS certificate
 * the nodes present (a `CertificateProviderType`).
 */
function atRestGap(enc: Value): 'atRestOff' | 'atRestUnconfigured' | undefined {
  const on = flag(enc, 'EnableAtRestEncryption');
  if (on === 'unknown') return undefined;
  if (!on) return 'atRestOff';
  const c = 'AtRestEncryptionConfiguration';
  if (at(enc, c) === 'unknown') return undefined;
  if (present(enc, c, 'S3EncryptionConfiguration', 'EncryptionMode')) return undefined;
  if (present(enc, c, 'LocalDiskEncryptionConfiguration', 'EncryptionKeyProviderType')) return undefined;
  return 'atRestUnconfigured';
}

function inTransitGap(enc: Value): 'inTransitOff' | 'inTransitNoCertificate' | undefined {
  const on = flag(enc, 'EnableInTransitEncryption');
  if (on === 'unknown') return undefined;
  if (!on) return 'inTransitOff';
  const c = 'InTransitEncryptionConfiguration';
  if (at(enc, c) === 'unknown') return undefined;
  if (present(enc, c, 'TLSCertificateConfiguration', 'CertificateProviderType')) return undefined;
  return 'inTransitNoCertificate';
}

export default propertyRule({
  meta: {
    id: 'emr-unencrypted',
    severity: 'medium',
    title: 'EMR cluster without encryption',
    why: 'EMR clusters process data in bulk: HDFS blocks, local disks, EMRFS writes to S3 and shuffle traffic between nodes. Without a security configuration that turns on and configures at-rest and in-transit encryption, that data is stored or sent in clear text across the cluster.',
    fix: 'Create an `AWS::EMR::SecurityConfiguration` with `EncryptionConfiguration.EnableAtRestEncryption: true` (with an `AtRestEncryptionConfiguration` for S3 and local disks) and `EnableInTransitEncryption: true` (with a `TLSCertificateConfiguration`), and name it in the cluster’s `SecurityConfiguration`.',
    aka: { cfnNag: ['W61', 'W63'] },
    family: 'encryption-at-rest',
    messages: {
      noSecurityConfiguration:
        '{{id}} names no SecurityConfiguration: its data is not encrypted at rest or in transit.',
      invalidJson: '{{id}}: SecurityConfiguration is not valid JSON, so it encrypts nothing.',
      noEncryptionConfiguration: '{{id}} has no EncryptionConfiguration: it encrypts nothing at rest or in transit.',
      atRestOff: '{{id}} does not enable at-rest encryption (EnableAtRestEncryption is not true).',
      atRestUnconfigured:
        '{{id}} enables at-rest encryption but configures neither S3 (EncryptionMode) nor local-disk (EncryptionKeyProviderType) encryption.',
      inTransitOff: '{{id}} does not enable in-transit encryption (EnableInTransitEncryption is not true).',
      inTransitNoCertificate:
        '{{id}} enables in-transit encryption but names no TLS certificate provider (TLSCertificateConfiguration.CertificateProviderType).',
    },
  },
  types: ['AWS::EMR::SecurityConfiguration', 'AWS::EMR::Cluster'],
  check(r, ctx) {
    if (r.res.type === 'AWS::EMR::Cluster') {
      return requirePresent(ctx, r, ['SecurityConfiguration'], { messageId: 'noSecurityConfiguration' });
    }
    const p = read(ctx, r, ['SecurityConfiguration']);
    if (!p.node) return undefined;
    const conf = configValue(p.value);
    if (conf === undefined) {
      // Not JSON: EMR rejects it, and the cluster that names it would have no encryption.
      return {
        node: p.where,
        messageId: 'invalidJson',
        data: { id: r.res.id },
      };
    }
    if (isUnknown(conf)) return undefined;
    const enc = at(conf, 'EncryptionConfiguration');
    if (enc === 'unknown') return undefined;
    const encNode: Node | undefined = isMap(p.node) ? keyNode(p.node, 'EncryptionConfiguration') : undefined;
    if (enc === undefined) {
      // Written as a mapping, the finding is about the setting (its key), not the mapping's first line.
      return {
        node: (isMap(p.node) && keyNode(r.props, 'SecurityConfiguration')) || p.where,
        messageId: 'noEncryptionConfiguration',
        data: { id: r.res.id },
      };
    }
    // Written as a mapping, a finding points at the setting's key; in a JSON string, at the string.
    const encMap = isMap(p.node) ? get(p.node, 'EncryptionConfiguration') : undefined;
    const where = (...keys: string[]): Node =>
      keys.map((k) => keyNode(encMap, k)).find((n) => n !== undefined) ?? encNode ?? p.where;
    const out: Problem<'atRestOff' | 'atRestUnconfigured' | 'inTransitOff' | 'inTransitNoCertificate'>[] = [];
    const data = { id: r.res.id };
    const rest = atRestGap(enc);
    if (rest) {
      const keys = ['EnableAtRestEncryption', 'AtRestEncryptionConfiguration'];
      const node = where(...(rest === 'atRestUnconfigured' ? keys.reverse() : keys));
      out.push({ node, key: 'at-rest', messageId: rest, data });
    }
    const transit = inTransitGap(enc);
    if (transit) {
      const keys = ['EnableInTransitEncryption', 'InTransitEncryptionConfiguration'];
      const node = where(...(transit === 'inTransitNoCertificate' ? keys.reverse() : keys));
      out.push({ node, key: 'in-transit', messageId: transit, data });
    }
    return out;
  },
});
