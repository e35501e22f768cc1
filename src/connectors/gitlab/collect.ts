/**
 * Collectors: what the sync reads from GitLab for one project, as raw payloads (map.ts validates them).
 *
 * - Merge requests of every state, oldest update first, each with its commits, notes (system notes
 *   included: approvals are system notes, and GitLab's approvals API gives no times on most tiers) and
 *   diffs (`…/diffs`, GitLab 15.7 or later: the list API has no line counts). Diffs are read 20 files a
 *   page, GitLab's default: some self-managed servers answer 500 to this endpoint above 30.
 * - Pipelines, then for each finished one its details (exact start and finish times) and its jobs,
 *   retried ones included so attempts can be counted.
 * - Deployments, oldest update first.
 *
 * `updatedAfter` limits each list to what changed since a previous run (GitLab's `updated_after`).
 */

import { readCiStatus } from './ci-status.js';
import type { GitLabClient } from './client.js';
import { encodeProject } from './client.js';
import type { MergeRequestInput } from './map-merge-requests.js';
import { peekNumber } from './outcome.js';

/** GitLab's default page size for `…/diffs`; larger pages fail with 500 on some servers. */
const DIFFS_PER_PAGE = 20;

export interface CollectedProject {
  /** Full path with namespace, from `GET /projects/:id`. */
  path: string;
  mergeRequests: (MergeRequestInput & { iid: number; notes: unknown[] })[];
  pipelines: unknown[];
  jobs: unknown[];
  deployments: unknown[];
}

export interface CollectOptions {
  /** ISO 8601; only items updated after it. */
  updatedAfter?: string | undefined;
  /** Called after each page or sub-resource with the count of items read so far. */
  onProgress?: (read: number) => void;
}

export async function collectProject(
  client: GitLabClient,
  project: string | number,
  options: CollectOptions = {},
): Promise<CollectedProject> {
  const info = (await client.getJson(`/projects/${encodeProject(project)}`)) as {
    path_with_namespace?: unknown;
  };
  const path = typeof info?.path_with_namespace === 'string' ? info.path_with_namespace : String(project);
  const base = `/projects/${encodeProject(path)}`;
  let read = 0;
  const count = (n: number) => {
    read += n;
    options.onProgress?.(read);
  };
  const since = { updated_after: options.updatedAfter, order_by: 'updated_at', sort: 'asc' };
  const readAll = async (listPath: string, query = {}): Promise<unknown[]> => {
    const items: unknown[] = [];
    for await (const page of client.listPages(listPath, query)) {
      items.push(...page);
      count(page.length);
    }
    return items;
  };

  const mergeRequests: CollectedProject['mergeRequests'] = [];
  for (const mergeRequest of await readAll(`${base}/merge_requests`, { ...since, state: 'all' })) {
    const iid = peekNumber(mergeRequest, 'iid');
    if (iid === undefined) {
      mergeRequests.push({ iid: 0, mergeRequest, commits: [], notes: [], diffs: [] });
      continue;
    }
    const commits = await readAll(`${base}/merge_requests/${iid}/commits`);
    const notes = await readAll(`${base}/merge_requests/${iid}/notes`, {
      sort: 'asc',
      order_by: 'created_at',
    });
    const diffs = await readAll(`${base}/merge_requests/${iid}/diffs`, { per_page: DIFFS_PER_PAGE });
    mergeRequests.push({ iid, mergeRequest, commits, notes, diffs });
  }

  const pipelines: unknown[] = [];
  const jobs: unknown[] = [];
  for (const pipeline of await readAll(`${base}/pipelines`, since)) {
    const id = peekNumber(pipeline, 'id');
    const status = (pipeline as { status?: unknown }).status;
    if (id === undefined || typeof status !== 'string' || readCiStatus(status).kind !== 'result') {
      pipelines.push(pipeline);
      continue;
    }
    pipelines.push(await client.getJson(`${base}/pipelines/${id}`));
    jobs.push(...(await readAll(`${base}/pipelines/${id}/jobs`, { include_retried: true })));
  }

  const deployments = await readAll(`${base}/deployments`, since);
  return { path, mergeRequests, pipelines, jobs, deployments };
}
