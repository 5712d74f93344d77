import { getPath, keyNode } from '../parse/node.js';
import { created, perTemplate, prop, referencedId } from './utils/properties.js';
import { propertyRule, requirePresent } from './utils/property-rule.js';

/** Where each type keeps its access log destination (REST and SAM Api: singular; v2 and HttpApi: plural). */
const SETTING: Record<string, string> = {
  'AWS::ApiGateway::Stage': 'AccessLogSetting',
  'AWS::Serverless::Api': 'AccessLogSetting',
  'AWS::ApiGatewayV2::Stage': 'AccessLogSettings',
  'AWS::Serverless::HttpApi': 'AccessLogSettings',
};

/** SAM's `Globals` section applies to every Api / HttpApi of the template. */
const GLOBALS: Record<string, string> = { 'AWS::Serverless::Api': 'Api', 'AWS::Serverless::HttpApi': 'HttpApi' };

/** The deployments an AWS::ApiGateway::Stage of the template names in its `DeploymentId`. */
const stagedDeployments = perTemplate(
  (t, ctx) =>
    new Set(
      created(t, ctx, 'AWS::ApiGateway::Stage')
        .map((s) => referencedId(prop(ctx, s.props, 'DeploymentId')))
        .filter((id): id is string => id !== undefined),
    ),
);

export default propertyRule({
  meta: {
    id: 'apigateway-no-access-logging',
    severity: 'low',
    title: 'API Gateway stage does not log requests',
    why: 'Access logs record who called the API, from which address, with what result and latency. Without them there is no trail to follow after credential stuffing, a scraping client or an authorizer bypass, and API Gateway keeps no request history of its own.',
    fix: "Give the stage an access log destination: `AccessLogSetting: {DestinationArn: !GetAtt ApiLogs.Arn, Format: …}` (REST stages, SAM `Api`, a deployment's `StageDescription`), or `AccessLogSettings` (HTTP and WebSocket stages, SAM `HttpApi`).",
    aka: { cfnNag: ['W45', 'W46', 'W69'], checkov: ['CKV_AWS_76', 'CKV_AWS_95'], cdkNag: ['AwsSolutions-APIG1'] },
    family: 'logging',
    messages: {
      deploymentNoDestination:
        '{{id}} creates a stage without an access log destination (StageDescription.AccessLogSetting).',
      deploymentUnlogged:
        "{{id}} has no StageDescription.AccessLogSetting and no AWS::ApiGateway::Stage takes it over: its stage's requests are not logged.",
      noDestination: '{{id}} has no access log destination ({{setting}}): its requests are not logged.',
    },
  },
  types: [...Object.keys(SETTING), 'AWS::ApiGateway::Deployment'],
  check(r, ctx) {
    if (r.res.type === 'AWS::ApiGateway::Deployment') {
      if (prop(ctx, r.props, 'StageDescription')) {
        return requirePresent(ctx, r, ['StageDescription', 'AccessLogSetting', 'DestinationArn'], {
          messageId: 'deploymentNoDestination',
        });
      }
      // An AWS::ApiGateway::Stage naming this deployment configures (and is checked for) its stage.
      if (ctx.template && stagedDeployments(ctx.template, ctx).has(r.res.id)) return undefined;
      return {
        node: keyNode(r.props, 'StageName') ?? r.res.idNode,
        messageId: 'deploymentUnlogged',
        data: { id: r.res.id },
      };
    }
    const setting = SETTING[r.res.type];
    const globals = GLOBALS[r.res.type];
    if (globals && ctx.template && getPath(ctx.template.root, 'Globals', globals, setting)) return undefined;
    return requirePresent(ctx, r, [setting, 'DestinationArn'], { messageId: 'noDestination', data: { setting } });
  },
});
