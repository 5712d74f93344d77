import { prop, string, read } from './utils/properties.js';
import { propertyRule, requireOneOf, requirePresent, requireTrue } from './utils/property-rule.js';

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
    messages: {
      catalogNotKms: '{{id}}: the Data Catalog is not encrypted with KMS ({{detail}}).',
      passwordsUnencrypted: '{{id}}: connection passwords are not encrypted ({{detail}}).',
      noS3Encryptions: '{{id}} does not encrypt the data Glue writes to S3 (S3Encryptions is not set).',
      s3Unencrypted: '{{id}} does not encrypt the data Glue writes to S3 (S3EncryptionMode is {{mode}}).',
      logsNotKms:
        '{{id}} does not encrypt the logs Glue writes to CloudWatch with a KMS key ({{detail}}); CloudWatch Logs encrypts them only with keys it manages.',
      bookmarksUnencrypted: '{{id}} does not encrypt job bookmarks ({{detail}}).',
      noSecurityConfiguration:
        '{{id}} names no {{property}}: the data, logs and bookmarks it writes are not encrypted with your key.',
    },
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
              messageId: 'catalogNotKms',
              fix: 'SSE-KMS',
            },
          ),
          requireTrue(ctx, r, [...SETTINGS, 'ConnectionPasswordEncryption', 'ReturnConnectionPasswordEncrypted'], {
            messageId: 'passwordsUnencrypted',
          }),
        ].map((p, i) => p && { ...p, key: i ? 'passwords' : 'catalog' });
      case 'AWS::Glue::SecurityConfiguration': {
        const conf = ['EncryptionConfiguration'];
        const s3 = ctx.resolver.items(prop(ctx, r.props, ...conf, 'S3Encryptions'));
        const s3Problems =
          s3.length === 0
            ? [requirePresent(ctx, r, [...conf, 'S3Encryptions'], { messageId: 'noS3Encryptions' })]
            : s3.flatMap((e, i) => {
                const mode = prop(ctx, e, 'S3EncryptionMode');
                const v = string(ctx, mode);
                if (v === 'unknown' || (v && v !== 'DISABLED')) return [];
                const data = { id, mode: v ?? 'not set' };
                return [{ node: mode ?? e, key: `s3 ${i}`, messageId: 's3Unencrypted' as const, data }];
              });
        const out = [
          ...s3Problems,
          requireOneOf(ctx, r, [...conf, 'CloudWatchEncryption', 'CloudWatchEncryptionMode'], ['SSE-KMS'], {
            absent: 'problem',
            // CloudWatch Logs encrypts every log group at rest; what is missing is a key of your own.
            messageId: 'logsNotKms',
          }),
          requireOneOf(ctx, r, [...conf, 'JobBookmarksEncryption', 'JobBookmarksEncryptionMode'], ['CSE-KMS'], {
            absent: 'problem',
            messageId: 'bookmarksUnencrypted',
          }),
        ];
        return out.map((p, i) => p && { ...p, key: p.key ?? String(i) });
      }
      default: {
        const name = r.res.type === 'AWS::Glue::Crawler' ? 'CrawlerSecurityConfiguration' : 'SecurityConfiguration';
        const p = read(ctx, r, [name]);
        if (p.value === '')
          return { node: p.where, messageId: 'noSecurityConfiguration', data: { id, property: name } };
        return requirePresent(ctx, r, [name], { messageId: 'noSecurityConfiguration', data: { property: name } });
      }
    }
  },
});
