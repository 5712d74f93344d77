import { defineRule } from './types.js';
import { DATABASE_PORTS, covers, describePorts, listenersOnly, worldOpenIngress } from './utils/security-groups.js';
import { listSome } from './utils/policies.js';

export default defineRule({
  meta: {
    id: 'sg-open-database-port',
    severity: 'high',
    title: 'Database or cache port open to the internet',
    why: 'Databases and caches (SQL Server 1433, Oracle 1521, MySQL 3306, PostgreSQL 5432, Redshift 5439, Redis 6379, Elasticsearch 9200, Memcached 11211, MongoDB 27017, …) are found by internet-wide scans within hours, and many ship without authentication.',
    fix: "Allow the port only from the application's security group (`SourceSecurityGroupId`) or private CIDRs, and keep the database in private subnets.",
    family: 'network',
    messages: {
      openPort: '{{id}} allows database port {{ports}} from {{cidr}} ({{opened}}).',
      openPorts: '{{id}} allows database ports {{ports}} from {{cidr}} ({{opened}}).',
    },
  },
  checkTemplate(t, ctx) {
    for (const i of worldOpenIngress(t, ctx)) {
      const open = DATABASE_PORTS.filter((p) => covers(i, p));
      if (!open.length) continue;
      if (listenersOnly(t, ctx, i)) continue;
      ctx.report({
        node: i.node,
        resource: i.resource,
        key: i.key,
        messageId: open.length > 1 ? 'openPorts' : 'openPort',
        data: { id: i.resource.id, ports: listSome(open.map(String)), cidr: i.cidr, opened: describePorts(i) },
      });
    }
  },
});
