/**
 * Whose comments PolicyGate may take as its own: the token's identity, and `github-actions[bot]`
 * (the identity of the workflow token, which cannot ask `GET /user` who it is). Anyone else's
 * comment carrying a marker is someone else's text, never state.
 */
import type { GitHubClient } from './client.js';

export const ACTIONS_BOT = 'github-actions[bot]';

export type Trusted = (login: string | undefined | null) => boolean;

export async function trustedAuthors(gh: GitHubClient): Promise<Trusted> {
  const own = new Set([ACTIONS_BOT]);
  try {
    own.add((await gh.rest.users.getAuthenticated()).data.login);
  } catch {
    // An installation token (GITHUB_TOKEN) is refused here: it writes as github-actions[bot].
  }
  return (login) => !!login && own.has(login);
}
