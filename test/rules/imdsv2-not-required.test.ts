import { dedent, ruleTester } from '../rule-tester.js';

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
        { line: 5, column: 7, severity: 'medium', message: /HttpTokens is not set/ },
        { line: 12, column: 23, message: /`optional`/ },
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
        { line: 5, column: 7, message: /IMDSv1/ },
        { line: 6, column: 3, message: /MinimumInstanceMetadataServiceVersion is not set/ },
      ],
    },
  ],
});
