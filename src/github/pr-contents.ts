/**
 * A pull request's files read through the API as data (`pull_request_target`: the fork's code is
 * never checked out): each changed file at the head commit and at the base commit, in the raw
 * media type. Nothing read here is ever run; it is only parsed.
 */
import { statusOf, type GitHubClient } from './client.js';
import type { PullRequestRef } from './pr-files.js';

/** A file's text at a commit, or undefined when it is not there (404). */
export async function readAtCommit(
  gh: GitHubClient,
  pr: Pick<PullRequestRef, 'owner' | 'repo'>,
  ref: string,
  path: string,
): Promise<string | undefined> {
  try {
    // `{path}` is multi-segment in GitHub's description: slashes stay slashes (Octokit's route would
    // send them as %2F, which fine-grained tokens answer with 404); each segment is encoded.
    const res = await gh.request(`GET /repos/{owner}/{repo}/contents/${contentPath(path)}`, {
      owner: pr.owner,
      repo: pr.repo,
      ref,
      mediaType: { format: 'raw' },
    });
    const data = res.data as unknown;
    if (typeof data === 'string') return data;
    if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
    // A folder (a listing) or a submodule: not a file.
    return undefined;
  } catch (e) {
    if (statusOf(e) === 404) return undefined;
    throw e;
  }
}

export const contentPath = (path: string): string => path.split('/').map(encodeURIComponent).join('/');

export interface SuppliedFiles {
  files: { rel: string; text: string }[];
  base: Map<string, string>;
  warnings: { file: string; line: null; message: string }[];
}

export async function readPullRequestFiles(
  gh: GitHubClient,
  pr: PullRequestRef,
  paths: { path: string; status: string }[],
  /** Larger files are not scanned (the scan's own limit for files on disk). */
  maxBytes: number,
): Promise<SuppliedFiles> {
  const out: SuppliedFiles = { files: [], base: new Map(), warnings: [] };
  for (const f of paths) {
    const text = await readAtCommit(gh, pr, pr.headSha, f.path);
    if (text === undefined) {
      out.warnings.push({
        file: f.path,
        line: null,
        message: 'not found at the head commit through the API; not scanned',
      });
      continue;
    }
    if (Buffer.byteLength(text) > maxBytes) {
      out.warnings.push({
        file: f.path,
        line: null,
        message: `over the ${maxBytes / 1048576} MB PolicyGate reads; not scanned`,
      });
      continue;
    }
    if (text.includes('\0')) {
      out.warnings.push({ file: f.path, line: null, message: 'a binary file (it holds NUL bytes); not scanned' });
      continue;
    }
    out.files.push({ rel: f.path, text });
    if (f.status !== 'added') {
      const before = await readAtCommit(gh, pr, pr.baseSha, f.path);
      if (before !== undefined) out.base.set(f.path, before);
    }
  }
  return out;
}
