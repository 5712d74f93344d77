import { dedent, findingsOf, ruleTester } from '../rule-tester.js';

ruleTester('imdsv2-not-required', {
  valid: [
    {
      name: 'IMDSv2 required; an instance that leaves metadata options to its defaults; the endpoint off',
      code: dedent(`
        Resources:
          Template:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions: {HttpTokens: required}
          Plain:
            Type: AWS::EC2::Instance
            Properties:
              ImageId: ami-12345678
          Off:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions: {HttpEndpoint: disabled}
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceMetadataServiceConfiguration: {MinimumInstanceMetadataServiceVersion: "2"}
      `),
    },
  ],
  invalid: [
    {
      name: 'a launch template without metadata options, one with optional tokens',
      code: dedent(`
        Resources:
          Bare:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                InstanceType: t4g.small
          Optional:
            Type: AWS::EC2::LaunchTemplate
            Properties:
              LaunchTemplateData:
                MetadataOptions:
                  HttpTokens: optional
      `),
      errors: [
        { line: 5, column: 7, endLine: 5, endColumn: 25, severity: 'medium', message: /HttpTokens is not set/ },
        { line: 12, column: 23, endLine: 12, endColumn: 31, message: /`optional`/ },
      ],
    },
    {
      name: 'an instance with metadata options but no token requirement; a notebook on version 1 by default',
      code: dedent(`
        Resources:
          Server:
            Type: AWS::EC2::Instance
            Properties:
              MetadataOptions: {HttpPutResponseHopLimit: 2}
          Notebook:
            Type: AWS::SageMaker::NotebookInstance
            Properties:
              InstanceType: ml.t3.medium
      `),
      errors: [
        { line: 5, column: 7, endLine: 5, endColumn: 22, message: /IMDSv1/ },
        { line: 6, column: 3, endLine: 6, endColumn: 11, message: /MinimumInstanceMetadataServiceVersion is not set/ },
      ],
    },
  ],
});

describe('imdsv2-not-required: images whose AMI requires IMDSv2', () => {
  const launchTemplate = (parameters: string, imageId: string, metadata = '') =>
    dedent(`
      Parameters:
        ${parameters}
      Resources:
        Nodes:
          Type: AWS::EC2::LaunchTemplate
          Properties:
            LaunchTemplateData:
              ImageId: ${imageId}
              InstanceType: t3.small${metadata}
    `);
  const fired = (code: string) => findingsOf({ name: '', code }).filter((f) => f.ruleId === 'imdsv2-not-required');

  it('stays quiet on an AL2023 image from the public SSM parameter', () => {
    const code = launchTemplate(
      "Image: { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64 }",
      '!Ref Image',
    );
    expect(fired(code)).toEqual([]);
  });

  it('stays quiet on a {{resolve:ssm}} reference to AL2023', () => {
    const code = launchTemplate(
      'Unused: { Type: String, Default: x }',
      "'{{resolve:ssm:/aws/service/ami-amazon-linux-latest/al2023-ami-minimal-kernel-default-x86_64}}'",
    );
    expect(fired(code)).toEqual([]);
  });

  it('still fires on an Amazon Linux 2 image, and on AL2023 with HttpTokens optional', () => {
    const al2 = launchTemplate(
      "Image: { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: /aws/service/ami-amazon-linux-latest/amzn2-ami-hvm-x86_64-gp2 }",
      '!Ref Image',
    );
    expect(fired(al2).map((f) => [f.line, f.column])).toEqual([[7, 7]]);
    const optional = launchTemplate(
      "Image: { Type: 'AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>', Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64 }",
      '!Ref Image',
      '\n              MetadataOptions: { HttpTokens: optional }',
    );
    expect(fired(optional).map((f) => f.line)).toEqual([10]);
  });
});
