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

/** A blob by its id (GitHub's `sha` for a changed file), in the raw media type. */
async function readBlob(gh: GitHubClient, pr: Pick<PullRequestRef, 'owner' | 'repo'>, sha: string): Promise<string> {
  const res = await gh.rest.git.getBlob({
    owner: pr.owner,
    repo: pr.repo,
    file_sha: sha,
    mediaType: { format: 'raw' },
  });
  const data = res.data as unknown;
  return typeof data === 'string' ? data : Buffer.from(data as ArrayBuffer).toString('utf8');
}

/**
 * Each changed file at the head commit (by its blob id when GitHub gave one: a blob shared by
 * several paths is read once) and, unless added, at the base (`readBase` first: the workspace's
 * git holds the base on `pull_request_target`, at no API cost). A file the API will not give
 * (over its size limits, a 5xx) is a warning for that file; the others are still read.
 */
export async function readPullRequestFiles(
  gh: GitHubClient,
  pr: PullRequestRef,
  paths: { path: string; status: string; sha?: string; previousPath?: string }[],
  /** Larger files are not scanned (the scan's own limit for files on disk). */
  maxBytes: number,
  /** The base version from the workspace's git, when it holds the base commit (undefined: absent there). */
  readBase?: (path: string) => string | undefined,
): Promise<SuppliedFiles> {
  const out: SuppliedFiles = { files: [], base: new Map(), warnings: [] };
  const blobs = new Map<string, Promise<string>>();
  const skip = (file: string, message: string) => out.warnings.push({ file, line: null, message });
  for (const f of paths) {
    let text: string | undefined;
    try {
      if (f.sha) {
        if (!blobs.has(f.sha)) blobs.set(f.sha, readBlob(gh, pr, f.sha));
        text = await blobs.get(f.sha)!;
      } else text = await readAtCommit(gh, pr, pr.headSha, f.path);
    } catch (e) {
      if (statusOf(e) !== 404) {
        skip(
          f.path,
          `could not be read through the API (${statusOf(e) ?? 'error'}: ${(e as Error).message.split('\n')[0]}); not scanned`,
        );
        continue;
      }
    }
    if (text === undefined) {
      skip(f.path, 'not found at the head commit through the API; not scanned');
      continue;
    }
    if (Buffer.byteLength(text) > maxBytes) {
      skip(f.path, `over the ${maxBytes / 1048576} MB PolicyGate reads; not scanned`);
      continue;
    }
    if (text.includes('\0')) {
      skip(f.path, 'a binary file (it holds NUL bytes); not scanned');
      continue;
    }
    out.files.push({ rel: f.path, text });
    if (f.status === 'added') continue;
    const basePath = f.previousPath ?? f.path;
    try {
      const before = readBase ? readBase(basePath) : await readAtCommit(gh, pr, pr.baseSha, basePath);
      if (before !== undefined) out.base.set(f.path, before);
    } catch (e) {
      skip(f.path, `its base version could not be read (${statusOf(e) ?? 'error'}); nothing was compared with it`);
    }
  }
  return out;
}
