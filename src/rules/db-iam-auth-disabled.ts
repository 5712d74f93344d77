import { prop, string } from './utils/properties.js';
import { propertyRule, requireTrue } from './utils/property-rule.js';

/** The engines whose database users can authenticate with IAM (the catalogue's MySQL, PostgreSQL, Aurora). */
const IAM_ENGINES = /^(mysql|postgres|aurora|aurora-mysql|aurora-postgresql)$/i;

export default propertyRule({
  meta: {
    id: 'db-iam-auth-disabled',
    severity: 'low',
    title: 'Database does not accept IAM authentication',
    why: 'Without IAM database authentication every application and person connects with a database password: long-lived, copied into configuration, rarely rotated and not tied to who used it. IAM authentication replaces it with 15-minute tokens granted by IAM policy and recorded in CloudTrail.',
    fix: 'Set `EnableIAMDatabaseAuthentication: true` on the DB instance or cluster (`IamAuthEnabled: true` on a Neptune cluster), grant `rds-db:connect` to the roles that connect, and create the database users with the IAM plugin (`AWSAuthenticationPlugin` / `rds_iam`).',
    aka: { checkov: ['CKV_AWS_161', 'CKV_AWS_162'], cdkNag: ['AwsSolutions-RDS6'] },
    family: 'credentials',
    messages: {
      neptuneNoIamAuth: '{{id}} (Neptune) does not require IAM authentication ({{detail}}).',
      noIamAuth: '{{id}} ({{engine}}) does not accept IAM database authentication ({{detail}}).',
    },
  },
  types: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::Neptune::DBCluster'],
  check(r, ctx) {
    if (r.res.type === 'AWS::Neptune::DBCluster') {
      return requireTrue(ctx, r, ['IamAuthEnabled'], { messageId: 'neptuneNoIamAuth' });
    }
    // An Aurora instance takes this setting from its cluster (for Aurora the instance-level setting does not apply).
    if (r.res.type === 'AWS::RDS::DBInstance' && prop(ctx, r.props, 'DBClusterIdentifier')) return undefined;
    const engine = string(ctx, prop(ctx, r.props, 'Engine'));
    if (engine === undefined || engine === 'unknown' || !IAM_ENGINES.test(engine)) return undefined;
    if (r.res.type === 'AWS::RDS::DBInstance' && /^aurora/i.test(engine)) return undefined;
    // Aurora Serverless v1 does not support IAM database authentication.
    if (string(ctx, prop(ctx, r.props, 'EngineMode')) === 'serverless') return undefined;
    return requireTrue(ctx, r, ['EnableIAMDatabaseAuthentication'], { messageId: 'noIamAuth', data: { engine } });
  },
});
