/**
 * Syncing one GitLab project: read the project's cursor, collect the merge requests (with commits and
 * notes), pipelines with their jobs, and deployments updated since it, map them, upsert the records, then
 * save the advanced cursor. A malformed payload is reported against its record and skipped; the rest is
 * written. The cursor is saved only after every record is, so a failed run leaves it where it was and the
 * next run reads the same changes again. The token and server come from GITLAB_TOKEN and GITLAB_API_URL
 * unless the caller passes them.
 */
import { readConfig } from '../config.js';
import {
  createGitLabClient,
  type GitLabClient,
  type GitLabClientOptions,
} from '../connectors/gitlab/client.js';
import { collectProject } from '../connectors/gitlab/collect.js';
import {
  GITLAB_CURSOR_VERSION,
  type GitLabCursor,
  type GitLabCursorReading,
  type GitLabRecordShape,
  readGitLabCursor,
  readUpdatedAfter,
} from '../connectors/gitlab/cursor.js';
import {
  describeProject,
  mapDeployments,
  mapJobs,
  mapMergeRequests,
  mapNotes,
  mapPipelines,
  mergeOutcomes,
} from '../connectors/gitlab/map.js';
import { readCursor, type StoreSession, saveCursor } from '../store/index.js';
import { type GitLabBatch, type GitLabWriteResult, writeGitLabRecords } from './gitlab-records.js';

export interface GitLabSyncOptions {
  /** Project id or full path, e.g. `gitlab-data/snowflake_spend`. */
  project: string | number;
  /** Repository reference for the records; default: the project's last path segment. */
  repository?: string;
  /** Service reference for deployments; default: the repository's name. */
  service?: string;
  /**
   * ISO 8601: only what changed after it, instead of the cursor's time. The cursor then moves only if
   * this is no later than the cursor's time (otherwise the changes in between were never read).
   */
  updatedAfter?: string;
  /** Read everything whatever the cursor says; the cursor is saved afterwards as usual. */
  full?: boolean;
  /** Whose cursor this is: the declared source's name; default `gitlab`. */
  cursorSource?: string;
  /** Overrides of the client's settings (tests pass a local server, a fake sleep). */
  client?: GitLabClientOptions;
  onProgress?: (read: number) => void;
  now?: () => Date;
}

/** Where the run started: from nothing, from the stored cursor, from the caller's time, or from nothing because the cursor could not serve. */
export type GitLabSyncStart =
  | { kind: 'full' }
  | { kind: 'resumed'; updatedAfter: string }
  | { kind: 'requested'; updatedAfter: string }
  | { kind: 'reset'; reason: string };

export interface GitLabSyncResult extends GitLabWriteResult {
  /** The project's full path, as record keys carry it. */
  project: string;
  start: GitLabSyncStart;
}

export async function syncGitLabProject(
  store: StoreSession,
  options: GitLabSyncOptions,
): Promise<GitLabSyncResult> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const { gitlab } = readConfig();
  const client: GitLabClient = createGitLabClient({
    baseUrl: gitlab.apiUrl,
    token: gitlab.token,
    ...options.client,
  });
  const key = {
    source: options.cursorSource ?? 'gitlab',
    scope: `gitlab:${String(options.project).toLowerCase()}`,
  };
  const shape: GitLabRecordShape = {
    repository: options.repository ?? null,
    service: options.service ?? null,
  };
  const reading = options.full
    ? ({ kind: 'reset', reason: 'a full sync was asked for' } as const)
    : readGitLabCursor((await readCursor(store, key))?.value, shape);
  const start = chooseStart(reading, options.updatedAfter);
  const collected = await collectProject(client, options.project, {
    updatedAfter: 'updatedAfter' in start ? start.updatedAfter : undefined,
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
  const written = await writeGitLabRecords(store, batches, { label: `gitlab:${project.path}`, now });
  if (coversCursor(start, reading)) {
    const cursor: GitLabCursor = {
      version: GITLAB_CURSOR_VERSION,
      shape,
      syncedFrom: startedAt.toISOString(),
    };
    await saveCursor(store, key, cursor, { updatedAt: now() });
  }
  return { project: project.path, start, ...written };
}

function chooseStart(reading: GitLabCursorReading, requested: string | undefined): GitLabSyncStart {
  if (requested !== undefined) return { kind: 'requested', updatedAfter: requested };
  if (reading.kind === 'resumed') return { kind: 'resumed', updatedAfter: readUpdatedAfter(reading.cursor) };
  return reading.kind === 'reset' ? reading : { kind: 'full' };
}

/** Whether the run read every change the cursor has not seen, so the cursor may move to its start. */
function coversCursor(start: GitLabSyncStart, reading: GitLabCursorReading): boolean {
  if (start.kind !== 'requested') return true;
  return (
    reading.kind === 'resumed' && Date.parse(start.updatedAfter) <= Date.parse(reading.cursor.syncedFrom)
  );
}
