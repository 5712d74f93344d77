/**
 * Whether the AWS SDK's default credential chain could find anything, decided from the same
 * places it looks (environment, shared files, container and instance metadata) without loading
 * the SDK. When nothing is there, `access-analyzer: auto` is skipped up front: the SDK (most of
 * the start-up time) is not loaded, and the parsed files are not kept for a stage that will not run.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';

export function credentialsMayResolve(env: NodeJS.ProcessEnv = process.env): boolean {
  // The instance metadata service is asked unless it is turned off.
  return credentialsConfigured(env) || (env.AWS_EC2_METADATA_DISABLED ?? '').toLowerCase() !== 'true';
}

/**
 * Credentials are configured on this machine (environment, shared files, container): they are
 * likely to resolve. The instance metadata service alone is not counted: on most machines it is
 * not there, and asking it is what the Access Analyzer stage does anyway.
 */
export function credentialsConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE) return true;
  if (env.AWS_CONTAINER_CREDENTIALS_RELATIVE_URI || env.AWS_CONTAINER_CREDENTIALS_FULL_URI) return true;
  const home = env.HOME || homedir();
  const files = [
    env.AWS_SHARED_CREDENTIALS_FILE ?? path.join(home, '.aws', 'credentials'),
    env.AWS_CONFIG_FILE ?? path.join(home, '.aws', 'config'),
  ];
  return files.some((f) => existsSync(f));
}
