import { str, type Node } from '../parse/node.js';
import type { RuleContext } from './types.js';
import { prop, referencedId, string, read } from './utils/properties.js';
import { propertyRule, requireOneOf } from './utils/property-rule.js';

/**
 * AWS's public parameters for Amazon Linux 2023 AMIs. AL2023 AMIs are registered with
 * `ImdsSupport: v2.0`, so instances launched from them require IMDSv2 unless the template (or an
 * account default) says otherwise (docs/accuracy.md, AWS's defaults).
 */
const AL2023_PARAMETER = /^\/aws\/service\/ami-amazon-linux-latest\/al2023-ami-/;

/**
 * The SSM parameter path an `ImageId` is read from: a `{{resolve:ssm:…}}` reference, or a `Ref`
 * to an `AWS::SSM::Parameter::Value<…>` parameter (its given value or Default).
 */
function imageParameter(ctx: RuleContext, node: Node | undefined): string | undefined {
  const written = str(node);
  const dynamic = written && /^\{\{resolve:ssm:([^:}]+)(?::\d+)?\}\}$/.exec(written);
  if (dynamic) return dynamic[1];
  const id = referencedId(node);
  const param = id ? ctx.template?.parameters.get(id) : undefined;
  if (!param || !/^AWS::SSM::Parameter::Value</.test(param.type)) return undefined;
  return ctx.resolver.given(param.id) ?? str(param.default);
}

export default propertyRule({
  meta: {
    id: 'imdsv2-not-required',
    severity: 'medium',
    title: 'Instance metadata reachable without a session token (IMDSv1)',
    why: 'With IMDSv1 any request the instance can be tricked into making (an SSRF bug, a misconfigured proxy or WAF) can read `169.254.169.254` and walk away with the instance role’s temporary credentials. IMDSv2 requires a PUT for a session token first, which such requests cannot make.',
    fix: 'Set `MetadataOptions: {HttpTokens: required}` (launch templates: under `LaunchTemplateData`); on a SageMaker notebook set `InstanceMetadataServiceConfiguration: {MinimumInstanceMetadataServiceVersion: "2"}`.',
    aka: { checkov: ['CKV_AWS_79', 'CKV_AWS_371'] },
    family: 'network',
    messages: {
      notebookImdsv1: '{{id}} serves IMDSv1 ({{detail}}).',
      imdsv1Allowed: '{{id}} lets instances use IMDSv1 ({{detail}}).',
    },
  },
  types: ['AWS::EC2::LaunchTemplate', 'AWS::EC2::Instance', 'AWS::SageMaker::NotebookInstance'],
  check(r, ctx) {
    if (r.res.type === 'AWS::SageMaker::NotebookInstance') {
      // Left out, CreateNotebookInstance defaults to version 1 (IMDSv1 and v2 both served).
      return requireOneOf(
        ctx,
        r,
        ['InstanceMetadataServiceConfiguration', 'MinimumInstanceMetadataServiceVersion'],
        ['2'],
        { absent: 'problem', messageId: 'notebookImdsv1', fix: '2' },
      );
    }
    const options =
      r.res.type === 'AWS::EC2::LaunchTemplate' ? ['LaunchTemplateData', 'MetadataOptions'] : ['MetadataOptions'];
    // An instance that says nothing gets the AMI's and the account's defaults, which may require IMDSv2.
    if (r.res.type === 'AWS::EC2::Instance' && !read(ctx, r, options).node) return undefined;
    // Left unset on an AL2023 image, HttpTokens is `required`: the AMI asks for IMDSv2.
    const image = prop(ctx, r.props, ...options.slice(0, -1), 'ImageId');
    if (!prop(ctx, r.props, ...options, 'HttpTokens') && AL2023_PARAMETER.test(imageParameter(ctx, image) ?? ''))
      return undefined;
    // With the endpoint off there is no metadata service to reach at all.
    if (string(ctx, prop(ctx, r.props, ...options, 'HttpEndpoint')) === 'disabled') return undefined;
    return requireOneOf(ctx, r, [...options, 'HttpTokens'], ['required'], {
      absent: 'problem',
      messageId: 'imdsv1Allowed',
      fix: 'required',
    });
  },
});
