import { prop, string, read } from './utils/properties.js';
import { propertyRule, requireOneOf, requirePresent, requireTrue, type Problem } from './utils/property-rule.js';

const SETTINGS = ['DataCatalogEncryptionSettings'];

export default propertyRule({
  meta: {
    id: 'glue-unencrypted',
    severity: 'medium',
    title: 'Glue data, logs or bookmarks not encrypted',
    why: 'The Glue Data Catalog describes every table of the data lake and holds connection passwords; Glue jobs, crawlers and development endpoints write data to S3, logs to CloudWatch and job bookmarks. Without a security configuration (or with one that turns a part off) that output is not encrypted with a key you control, and catalog connection passwords are readable by anyone allowed to get a connection.',
    fix: 'Set `CatalogEncryptionMode: SSE-KMS` and `ReturnConnectionPasswordEncrypted: true` in the Data Catalog encryption settings; use a security configuration with S3 (`SSE-KMS` or `SSE-S3`), CloudWatch and job-bookmark encryption on, and name it in every job, crawler and development endpoint.',
    aka: { checkov: ['CKV_AWS_94', 'CKV_AWS_99', 'CKV_AWS_195'], cdkNag: ['AwsSolutions-GL1', 'AwsSolutions-GL3'] },
    family: 'encryption-at-rest',
  },
  types: [
    'AWS::Glue::DataCatalogEncryptionSettings',
    'AWS::Glue::SecurityConfiguration',
    'AWS::Glue::Job',
    'AWS::Glue::Crawler',
    'AWS::Glue::DevEndpoint',
  ],
  check(r, ctx) {
    const id = r.res.id;
    switch (r.res.type) {
      case 'AWS::Glue::DataCatalogEncryptionSettings':
        return [
          requireOneOf(
            ctx,
            r,
            [...SETTINGS, 'EncryptionAtRest', 'CatalogEncryptionMode'],
            ['SSE-KMS', 'SSE-KMS-WITH-SERVICE-ROLE'],
            {
              absent: 'problem',
              message: (d) => `${id}: the Data Catalog is not encrypted with KMS (${d}).`,
              fix: 'SSE-KMS',
            },
          ),
          requireTrue(
            ctx,
            r,
            [...SETTINGS, 'ConnectionPasswordEncryption', 'ReturnConnectionPasswordEncrypted'],
            (d) => `${id}: connection passwords are not encrypted (${d}).`,
          ),
        ].map((p, i) => p && { ...p, key: i ? 'passwords' : 'catalog' });
      case 'AWS::Glue::SecurityConfiguration': {
        const conf = ['EncryptionConfiguration'];
        const out: (Problem | undefined)[] = [];
        const s3 = ctx.resolver.items(prop(ctx, r.props, ...conf, 'S3Encryptions'));
        if (s3.length === 0) {
          out.push(
            requirePresent(
              ctx,
              r,
              [...conf, 'S3Encryptions'],
              `${id} does not encrypt the data Glue writes to S3 (S3Encryptions is not set).`,
            ),
          );
        }
        for (const [i, e] of s3.entries()) {
          const mode = prop(ctx, e, 'S3EncryptionMode');
          const v = string(ctx, mode);
          if (v === 'unknown' || (v && v !== 'DISABLED')) continue;
          out.push({
            node: mode ?? e,
            key: `s3 ${i}`,
            message: `${id} does not encrypt the data Glue writes to S3 (S3EncryptionMode is ${v ?? 'not set'}).`,
          });
        }
        out.push(
          requireOneOf(ctx, r, [...conf, 'CloudWatchEncryption', 'CloudWatchEncryptionMode'], ['SSE-KMS'], {
            absent: 'problem',
            // CloudWatch Logs encrypts every log group at rest; what is missing is a key of your own.
            message: (d) =>
              `${id} does not encrypt the logs Glue writes to CloudWatch with a KMS key (${d}); CloudWatch Logs encrypts them only with keys it manages.`,
          }),
          requireOneOf(ctx, r, [...conf, 'JobBookmarksEncryption', 'JobBookmarksEncryptionMode'], ['CSE-KMS'], {
            absent: 'problem',
            message: (d) => `${id} does not encrypt job bookmarks (${d}).`,
          }),
        );
        return out.map((p, i) => p && { ...p, key: p.key ?? String(i) });
      }
      default: {
        const name = r.res.type === 'AWS::Glue::Crawler' ? 'CrawlerSecurityConfiguration' : 'SecurityConfiguration';
        const message = `${id} names no ${name}: the data, logs and bookmarks it writes are not encrypted with your key.`;
        const p = read(ctx, r, [name]);
        if (p.value === '') return { node: p.where, message };
        return requirePresent(ctx, r, [name], message);
      }
    }
  },
});
