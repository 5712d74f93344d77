/** Keeps the AWS SDK's credential chain on this machine: no instance-metadata lookups. */
process.env.AWS_EC2_METADATA_DISABLED = 'true';
delete process.env.AWS_PROFILE;
