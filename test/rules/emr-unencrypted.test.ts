import { dedent, ruleTester } from '../rule-tester.js';

const config = (encryption: string) =>
  dedent(`
    Resources:
      Config:
        Type: AWS::EMR::SecurityConfiguration
        Properties:
          SecurityConfiguration:
            EncryptionConfiguration:
${encryption}
  `);

const COMPLETE = `              EnableAtRestEncryption: true
              EnableInTransitEncryption: true
              AtRestEncryptionConfiguration:
                S3EncryptionConfiguration: {EncryptionMode: SSE-KMS, AwsKmsKey: alias/emr}
                LocalDiskEncryptionConfiguration: {EncryptionKeyProviderType: AwsKms, AwsKmsKey: alias/emr}
              InTransitEncryptionConfiguration:
                TLSCertificateConfiguration: {CertificateProviderType: PEM, S3Object: !Ref CertZip}`;

ruleTester('emr-unencrypted', {
  valid: [
    {
      name: 'both halves on and configured; a cluster that names the configuration',
      code:
        config(COMPLETE) +
        dedent(`
          Cluster:
            Type: AWS::EMR::Cluster
            Properties:
              SecurityConfiguration: !Ref Config
        `).replace(/^/gm, '  '),
    },
    {
      name: 'both halves on and configured, as a JSON string (local disks only at rest)',
      code: dedent(`
        Resources:
          Config:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration: '{"EncryptionConfiguration": {"EnableAtRestEncryption": true, "EnableInTransitEncryption": true, "AtRestEncryptionConfiguration": {"LocalDiskEncryptionConfiguration": {"EncryptionKeyProviderType": "AwsKms"}}, "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM"}}}}'
      `),
    },
    {
      name: 'a configuration given as a parameter is not guessed',
      code: dedent(`
        Parameters:
          Conf: {Type: String}
        Resources:
          Config:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration: !Ref Conf
      `),
    },
  ],
  invalid: [
    {
      name: 'neither half on: one finding per half, at its flag',
      code: config('              EnableAtRestEncryption: false\n              EnableInTransitEncryption: false'),
      errors: [
        { line: 7, column: 11, endLine: 7, endColumn: 33, severity: 'medium', message: /does not enable at-rest/ },
        { line: 8, column: 11, endLine: 8, endColumn: 36, message: /does not enable in-transit/ },
      ],
    },
    {
      // cfn_nag W61/W63: either half off is a gap, not only both.
      name: 'at rest off, in transit on and configured',
      code: config(`              EnableAtRestEncryption: false
              EnableInTransitEncryption: true
              InTransitEncryptionConfiguration:
                TLSCertificateConfiguration: {CertificateProviderType: PEM}`),
      errors: [{ line: 7, column: 11, endLine: 7, endColumn: 33, message: /does not enable at-rest/ }],
    },
    {
      name: 'at rest on with a configuration that sets neither S3 nor local-disk encryption',
      code: config(`              EnableAtRestEncryption: true
              EnableInTransitEncryption: true
              AtRestEncryptionConfiguration: {WrongKey: true}
              InTransitEncryptionConfiguration:
                TLSCertificateConfiguration: {CertificateProviderType: PEM}`),
      errors: [
        { line: 9, column: 11, endLine: 9, endColumn: 40, message: /neither S3 \(EncryptionMode\) nor local-disk/ },
      ],
    },
    {
      name: 'in transit on with no TLS certificate provider',
      code: config(`              EnableAtRestEncryption: true
              EnableInTransitEncryption: true
              AtRestEncryptionConfiguration:
                S3EncryptionConfiguration: {EncryptionMode: SSE-S3}
              InTransitEncryptionConfiguration: {WrongKey: true}`),
      errors: [{ line: 11, column: 11, endLine: 11, endColumn: 43, message: /no TLS certificate provider/ }],
    },
    {
      name: 'a configuration with no EncryptionConfiguration',
      code: dedent(`
        Resources:
          Config:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration:
                AuthenticationConfiguration: {}
      `),
      errors: [{ line: 5, column: 7, endLine: 5, endColumn: 28, message: /no EncryptionConfiguration/ }],
    },
    {
      name: 'a JSON string with at rest off, and a cluster with no security configuration',
      code: dedent(`
        Resources:
          Config:
            Type: AWS::EMR::SecurityConfiguration
            Properties:
              SecurityConfiguration: '{"EncryptionConfiguration": {"EnableAtRestEncryption": false, "EnableInTransitEncryption": true, "InTransitEncryptionConfiguration": {"TLSCertificateConfiguration": {"CertificateProviderType": "PEM"}}}}'
          Cluster:
            Type: AWS::EMR::Cluster
            Properties:
              ReleaseLabel: emr-7.0.0
      `),
      errors: [
        { line: 5, column: 30, endLine: 5, endColumn: 234, message: /does not enable at-rest/ },
        { line: 6, column: 3, endLine: 6, endColumn: 10, message: /names no SecurityConfiguration/ },
      ],
    },
  ],
});
