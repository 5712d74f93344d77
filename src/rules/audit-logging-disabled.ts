import { keyNode } from '../parse/node.js';
import { asBool, isUnknown } from '../template/values.js';
import { prop, string, read } from './utils/properties.js';
import { propertyRule, requirePresent, requireTrue, type Problem, type Res } from './utils/property-rule.js';
import type { RuleContext } from './types.js';

/** A cluster's `EnableCloudwatchLogsExports` must include `audit` (DocumentDB, Neptune). */
function exportsAudit(ctx: RuleContext, r: Res): Problem<'noAuditExport'> | undefined {
  const p = read(ctx, r, ['EnableCloudwatchLogsExports']);
  if (isUnknown(p.value)) return undefined;
  const items = ctx.resolver.items(p.node).map((n) => string(ctx, n));
  if (items.some((s) => s === 'unknown' || s === 'audit')) return undefined;
  return {
    node: p.where,
    messageId: 'noAuditExport',
    data: { id: r.res.id },
  };
}

/** MSK: at least one broker log destination enabled. */
function mskBrokerLogs(ctx: RuleContext, r: Res): Problem<'noBrokerLogs'> | undefined {
  const logs = prop(ctx, r.props, 'LoggingInfo', 'BrokerLogs');
  const enabled = ['CloudWatchLogs', 'Firehose', 'S3'].map((d) => ctx.resolver.value(prop(ctx, logs, d, 'Enabled')));
  if (enabled.some((v) => isUnknown(v) || asBool(v) === true)) return undefined;
  return {
    node: keyNode(r.props, 'LoggingInfo') ?? r.res.idNode,
    messageId: 'noBrokerLogs',
    data: { id: r.res.id },
  };
}

/** DocumentDB records audit events only when the cluster parameter `audit_logs` turns them on (default disabled). */
function docdbParameterGroup(ctx: RuleContext, r: Res): Problem<'docdbAuditOff' | 'docdbAuditUnset'> | undefined {
  const p = read(ctx, r, ['Parameters', 'audit_logs']);
  if (isUnknown(p.value)) return undefined;
  const v = string(ctx, p.node);
  if (v !== undefined && !/^(disabled|none)$/i.test(v)) return undefined;
  if (!p.node) return { node: p.where, messageId: 'docdbAuditUnset', data: { id: r.res.id } };
  return { node: p.where, messageId: 'docdbAuditOff', data: { id: r.res.id, value: String(v) } };
}

export default propertyRule({
  meta: {
    id: 'audit-logging-disabled',
    severity: 'low',
    title: 'Service keeps no audit log',
    why: 'Database, search and messaging services can record who connected and what they ran; CloudTrail does not see inside them. Without that audit log, a stolen database password, a dropped collection or a rogue consumer leaves no trace, and many compliance regimes require the record.',
    fix: "Turn on the service's audit log: `LoggingProperties` (Redshift), `EnableCloudwatchLogsExports: [audit]` and `audit_logs: enabled` (DocumentDB), `EnableCloudwatchLogsExports: [audit]` (Neptune), `LogPublishingOptions.AUDIT_LOGS` (OpenSearch, with fine-grained access control), `LoggingInfo.BrokerLogs` (MSK), `Logs.Audit: true` (Amazon MQ for ActiveMQ), `LogConfig` (AppSync).",
    aka: {
      checkov: [
        'CKV_AWS_71',
        'CKV_AWS_80',
        'CKV_AWS_84',
        'CKV_AWS_85',
        'CKV_AWS_101',
        'CKV_AWS_104',
        'CKV_AWS_193',
        'CKV_AWS_194',
        'CKV_AWS_197',
        'CKV_AWS_317',
      ],
      cdkNag: ['AwsSolutions-RS5', 'AwsSolutions-MSK6', 'AwsSolutions-ASC3'],
    },
    family: 'logging',
    messages: {
      noAuditExport: '{{id}} does not export its audit log (EnableCloudwatchLogsExports has no "audit").',
      noBrokerLogs: '{{id}} sends its broker logs nowhere (no LoggingInfo.BrokerLogs destination enabled).',
      docdbAuditOff: '{{id}} turns DocumentDB auditing off (audit_logs is {{value}}).',
      docdbAuditUnset: '{{id}} does not set audit_logs: DocumentDB auditing is disabled by default.',
      noLoggingProperties: '{{id}} keeps no audit log (no LoggingProperties).',
      noAuditLog: '{{id}} keeps no audit log ({{detail}}).',
      noLogConfig: '{{id}} logs nothing (no LogConfig).',
      noAuditPublishing: '{{id}} does not publish audit logs ({{detail}}).',
    },
  },
  types: [
    'AWS::Redshift::Cluster',
    'AWS::DocDB::DBCluster',
    'AWS::DocDB::DBClusterParameterGroup',
    'AWS::Neptune::DBCluster',
    'AWS::OpenSearchService::Domain',
    'AWS::Elasticsearch::Domain',
    'AWS::MSK::Cluster',
    'AWS::AmazonMQ::Broker',
    'AWS::AppSync::GraphQLApi',
  ],
  check(r, ctx) {
    switch (r.res.type) {
      case 'AWS::Redshift::Cluster':
        return requirePresent(ctx, r, ['LoggingProperties'], { messageId: 'noLoggingProperties' });
      case 'AWS::DocDB::DBCluster':
      case 'AWS::Neptune::DBCluster':
        return exportsAudit(ctx, r);
      case 'AWS::DocDB::DBClusterParameterGroup':
        return docdbParameterGroup(ctx, r);
      case 'AWS::MSK::Cluster':
        return mskBrokerLogs(ctx, r);
      case 'AWS::AmazonMQ::Broker':
        // Audit logs exist for ActiveMQ only; RabbitMQ brokers have none to turn on.
        if (string(ctx, prop(ctx, r.props, 'EngineType'))?.toUpperCase() !== 'ACTIVEMQ') return undefined;
        return requireTrue(ctx, r, ['Logs', 'Audit'], { messageId: 'noAuditLog' });
      case 'AWS::AppSync::GraphQLApi':
        return requirePresent(ctx, r, ['LogConfig'], { messageId: 'noLogConfig' });
      default: {
        const problem = requireTrue(ctx, r, ['LogPublishingOptions', 'AUDIT_LOGS', 'Enabled'], {
          messageId: 'noAuditPublishing',
        });
        // Turning the flag on is the whole fix only when the log group is already named.
        if (problem && !prop(ctx, r.props, 'LogPublishingOptions', 'AUDIT_LOGS', 'CloudWatchLogsLogGroupArn'))
          return { ...problem, fix: undefined };
        return problem;
      }
    }
  },
});
