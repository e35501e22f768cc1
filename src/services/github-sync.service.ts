/**
 * Syncing one GitHub repository: read the repository's cursor, collect what changed since it (connector,
 * no writes), write each record type with an idempotent upsert and log an ingest run per type, then save
 * the advanced cursor. Malformed payloads were already reported against their record and left out by
 * the connector; the summary says how many and which. Each type commits on its own, so a crash part-way
 * keeps what was written; the cursor is saved only once every type is, so the next run reads the same
 * changes again and loses nothing (a re-run rewrites nothing unchanged).
 */
import { readConfig } from '../config.js';
import { createGithubClient, type EtagCache, type GithubClient } from '../connectors/github/client.js';
import {
  COLLECTION_STEPS,
  type CollectOptions,
  collectGithubRepository,
} from '../connectors/github/collect.js';
import {
  advanceGithubCursor,
  createRecordingEtagCache,
  type GithubRecordShape,
  type IncrementalStep,
  readChangedSince,
  readGithubCursor,
} from '../connectors/github/cursor.js';
import { DEFAULT_INCIDENT_LABELS } from '../connectors/github/map-issues.js';
import { GITHUB_RECORD_TYPES, type GithubRecordType, type Skipped } from '../connectors/github/mapped.js';
import { toRepositoryContext } from '../connectors/github/repository.js';
import type { Issue } from '../domain/errors.js';
import { readCursor, recordIngestRun, type StoreSession, saveCursor, upsertRecords } from '../store/index.js';

export interface GithubSyncOptions extends Omit<CollectOptions, 'changedSince'> {
  client: GithubClient;
  now?: () => Date;
  /** Whose cursor this is: the declared source's name; default `github`. */
  cursorSource?: string | undefined;
  /** Read everything whatever the cursor says; the cursor is saved afterwards as usual. */
  full?: boolean | undefined;
}

export interface GithubSyncTypeSummary {
  type: GithubRecordType;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/** Where the run started: from nothing, from the stored cursor, or from nothing because it could not serve. */
export type GithubSyncStart =
  | { kind: 'full' }
  | { kind: 'resumed'; since: Partial<Record<IncrementalStep, string>> }
  | { kind: 'reset'; reason: string };

export interface GithubSyncSummary {
  repository: string;
  start: GithubSyncStart;
  types: GithubSyncTypeSummary[];
  /** Payloads left out on purpose (unfinished runs, pending reviews, drafts), with the reason. */
  skipped: Skipped[];
  /** Malformed payloads, each naming its record and field; they were not written. */
  invalid: Issue[];
}

export async function syncGithubRepository(
  store: StoreSession,
  options: GithubSyncOptions,
): Promise<GithubSyncSummary> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const repo = toRepositoryContext(options.repo, options);
  const key = { source: options.cursorSource ?? 'github', scope: `github:${repo.fullName}` };
  const shape: GithubRecordShape = {
    ref: repo.ref,
    service: repo.service,
    incidentLabels: [...(options.incidentLabels ?? DEFAULT_INCIDENT_LABELS)]
      .map((label) => label.toLowerCase())
      .sort(),
    defaultIncidentSeverity: options.defaultIncidentSeverity ?? null,
  };
  const reading = options.full
    ? ({ kind: 'reset', reason: 'a full sync was asked for' } as const)
    : readGithubCursor((await readCursor(store, key))?.value, shape);
  const previous = reading.kind === 'resumed' ? reading.cursor : undefined;
  const etags = createRecordingEtagCache(previous?.etags);
  const changedSince = previous ? readChangedSince(previous) : {};

  const collection = await collectGithubRepository(options.client.withEtags(etags.cache), {
    ...options,
    changedSince,
  });
  const types: GithubSyncTypeSummary[] = [];
  for (const type of GITHUB_RECORD_TYPES) {
    const records = collection.records[type];
    const counts = await upsertRecords(store, type, records);
    types.push({ type, read: records.length, ...counts });
    if (records.length === 0) continue;
    await recordIngestRun(store, {
      source: 'github',
      type,
      file: key.scope,
      read: records.length,
      ...counts,
      startedAt,
      finishedAt: now(),
    });
  }
  const next = advanceGithubCursor(previous, {
    startedAt,
    steps: new Set(options.steps ?? COLLECTION_STEPS),
    shape,
    oldestUnfinishedRunAt: collection.oldestUnfinishedRunAt,
    etags: etags.used(),
  });
  await saveCursor(store, key, next, { updatedAt: now() });
  return {
    repository: repo.fullName,
    start: describeStart(reading.kind === 'none' ? { kind: 'full' } : reading, changedSince),
    types,
    skipped: collection.skipped,
    invalid: collection.issues,
  };
}

function describeStart(
  reading: { kind: 'full' } | { kind: 'resumed' } | { kind: 'reset'; reason: string },
  changedSince: Partial<Record<IncrementalStep, Date>>,
): GithubSyncStart {
  if (reading.kind !== 'resumed') return reading;
  const since: Partial<Record<IncrementalStep, string>> = {};
  for (const [step, time] of Object.entries(changedSince))
    since[step as IncrementalStep] = time.toISOString();
  return { kind: 'resumed', since };
}

/** A client with the token and API root from the environment (GITHUB_TOKEN, GITHUB_API_URL). */
export function createConfiguredGithubClient(
  options: { etags?: EtagCache; onWait?: (message: string, ms: number) => void } = {},
): GithubClient {
  const { github } = readConfig();
  return createGithubClient({ token: github.token, baseUrl: github.apiUrl, ...options });
}
