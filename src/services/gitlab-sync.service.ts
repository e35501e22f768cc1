/**
 * Syncing one GitLab project: collect merge requests (with commits and notes), pipelines with their jobs,
 * and deployments, map them, and upsert the records. A malformed payload is reported against its record
 * and skipped; the rest is written. The token and server come from GITLAB_TOKEN and GITLAB_API_URL unless
 * the caller passes them.
 */
import { readConfig } from '../config.js';
import {
  createGitLabClient,
  type GitLabClient,
  type GitLabClientOptions,
} from '../connectors/gitlab/client.js';
import { collectProject } from '../connectors/gitlab/collect.js';
import {
  describeProject,
  mapDeployments,
  mapJobs,
  mapMergeRequests,
  mapNotes,
  mapPipelines,
  mergeOutcomes,
} from '../connectors/gitlab/map.js';
import type { StoreSession } from '../store/index.js';
import { type GitLabBatch, type GitLabWriteResult, writeGitLabRecords } from './gitlab-records.js';

export interface GitLabSyncOptions {
  /** Project id or full path, e.g. `gitlab-data/snowflake_spend`. */
  project: string | number;
  /** Repository reference for the records; default: the project's last path segment. */
  repository?: string;
  /** Service reference for deployments; default: the repository's name. */
  service?: string;
  /** ISO 8601: only what changed after it. */
  updatedAfter?: string;
  /** Overrides of the client's settings (tests pass a local server, a fake sleep). */
  client?: GitLabClientOptions;
  onProgress?: (read: number) => void;
}

export interface GitLabSyncResult extends GitLabWriteResult {
  /** The project's full path, as record keys carry it. */
  project: string;
}

export async function syncGitLabProject(
  store: StoreSession,
  options: GitLabSyncOptions,
): Promise<GitLabSyncResult> {
  const { gitlab } = readConfig();
  const client: GitLabClient = createGitLabClient({
    baseUrl: gitlab.apiUrl,
    token: gitlab.token,
    ...options.client,
  });
  const collected = await collectProject(client, options.project, {
    updatedAfter: options.updatedAfter,
    onProgress: options.onProgress,
  });
  const project = describeProject(collected.path, {
    repository: options.repository,
    service: options.service,
  });
  const reviews = mergeOutcomes(
    collected.mergeRequests.map((entry) => mapNotes(project, entry.notes, entry.iid || undefined)),
  );
  const batches: GitLabBatch[] = [
    { type: 'pull-request', outcome: mapMergeRequests(project, collected.mergeRequests) },
    { type: 'review', outcome: reviews },
    {
      type: 'ci-run',
      outcome: mergeOutcomes([mapPipelines(project, collected.pipelines), mapJobs(project, collected.jobs)]),
    },
    { type: 'deployment', outcome: mapDeployments(project, collected.deployments) },
  ];
  const written = await writeGitLabRecords(store, batches, { label: `gitlab:${project.path}` });
  return { project: project.path, ...written };
}
