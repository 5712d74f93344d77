/**
 * Every GraphQL document PolicyGate sends, in one place so a test can check each against GitHub's
 * published schema. Comment ids are read as `fullDatabaseId` (a BigInt, sent as a string): the
 * 32-bit `databaseId` is deprecated and GitHub refuses it for ids past 2^31, which review
 * comments now have.
 */

/** A pull request's review threads, 100 a page, each with its first comment's id. */
export const REVIEW_THREADS = `query($owner: String!, $repo: String!, $number: Int!, $after: String) {
  repository(owner: $owner, name: $repo) {
    pullRequest(number: $number) {
      reviewThreads(first: 100, after: $after) {
        nodes { id isResolved comments(first: 1) { nodes { fullDatabaseId } } }
        pageInfo { hasNextPage endCursor }
      }
    }
  }
}`;

export interface ReviewThreadsPage {
  repository: {
    pullRequest: {
      reviewThreads: {
        nodes: {
          id: string;
          isResolved: boolean;
          comments: { nodes: { fullDatabaseId: string | null }[] };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } | null;
  } | null;
}

export const RESOLVE_THREAD = `mutation($id: ID!) {
  resolveReviewThread(input: { threadId: $id }) { thread { id isResolved } }
}`;

/** All of them, for the schema test. */
export const DOCUMENTS = { REVIEW_THREADS, RESOLVE_THREAD } as const;
