import { prop, string } from './infra.js';
import { propertyRule, read, requireOneOf } from './property-rule.js';

export default propertyRule({
  meta: {
    id: 'imdsv2-not-required',
    severity: 'medium',
    title: 'Instance metadata reachable without a session token (IMDSv1)',
    why: 'With IMDSv1 any request the instance can be tricked into making (an SSRF bug, a misconfigured proxy or WAF) can read `169.254.169.254` and walk away with the instance role’s temporary credentials. IMDSv2 requires a PUT for a session token first, which such requests cannot make.',
    fix: 'Set `MetadataOptions: {HttpTokens: required}` (launch templates: under `LaunchTemplateData`); on a SageMaker notebook set `InstanceMetadataServiceConfiguration: {MinimumInstanceMetadataServiceVersion: "2"}`.',
    aka: { checkov: ['CKV_AWS_79', 'CKV_AWS_371'] },
    family: 'network',
  },
  types: ['AWS::EC2::LaunchTemplate', 'AWS::EC2::Instance', 'AWS::SageMaker::NotebookInstance'],
  check(r, ctx) {
    const id = r.res.id;
    if (r.res.type === 'AWS::SageMaker::NotebookInstance') {
      // Left out, CreateNotebookInstance defaults to version 1 (IMDSv1 and v2 both served).
      return requireOneOf(
        ctx,
        r,
        ['InstanceMetadataServiceConfiguration', 'MinimumInstanceMetadataServiceVersion'],
        ['2'],
        { absent: 'problem', message: (d) => `${id} serves IMDSv1 (${d}).`, fix: '2' },
      );
    }
    const options =
      r.res.type === 'AWS::EC2::LaunchTemplate' ? ['LaunchTemplateData', 'MetadataOptions'] : ['MetadataOptions'];
    // An instance that says nothing gets the AMI's and the account's defaults, which may require IMDSv2.
    if (r.res.type === 'AWS::EC2::Instance' && !read(ctx, r, options).node) return undefined;
    // With the endpoint off there is no metadata service to reach at all.
    if (string(ctx, prop(ctx, r.props, ...options, 'HttpEndpoint')) === 'disabled') return undefined;
    return requireOneOf(ctx, r, [...options, 'HttpTokens'], ['required'], {
      absent: 'problem',
      message: (d) => `${id} lets instances use IMDSv1 (${d}).`,
      fix: 'required',
    });
  },
});
