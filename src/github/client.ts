/**
 * One Octokit for every GitHub call, in and out of Actions: the REST methods with the throttling
 * plugin (writes serialised, secondary limits honoured) and the retry plugin (5xx and network
 * errors retried; 4xx never).
 */
import { Octokit } from '@octokit/rest';
import { throttling } from '@octokit/plugin-throttling';
import { retry } from '@octokit/plugin-retry';

const GitHub = Octokit.plugin(throttling, retry);
export type GitHubClient = InstanceType<typeof GitHub>;

export interface ClientOptions {
  token: string;
  baseUrl: string;
  warn: (message: string) => void;
}

export function makeClient({ token, baseUrl, warn }: ClientOptions): GitHubClient {
  return new GitHub({
    auth: token,
    baseUrl,
    userAgent: 'policygate',
    // Failed requests are handled (and reported once) by the callers, not logged per request.
    log: { debug: () => {}, info: () => {}, warn, error: () => {} },
    throttle: {
      onRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        warn(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
        return retryCount < 2;
      },
      onSecondaryRateLimit: (
        retryAfter: number,
        options: { method: string; url: string },
        _octokit: unknown,
        retryCount: number,
      ) => {
        warn(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter} s`);
        return retryCount < 2;
      },
    },
    retry: { retries: 2 },
  });
}

/** The HTTP status of an Octokit error, if it is one. */
export const statusOf = (e: unknown): number | undefined =>
  typeof e === 'object' && e !== null && 'status' in e ? Number((e as { status: unknown }).status) : undefined;

/** 403 for a token that may not write here (a fork's pull request, a read-only token). */
export const isForbidden = (e: unknown): boolean => statusOf(e) === 403 || statusOf(e) === 401;
