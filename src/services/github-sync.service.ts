/**
 * Syncing one GitHub repository: collect everything (connector, no writes), then write each record
 * type with an idempotent upsert and log an ingest run per type. Malformed payloads were already
 * reported against their record and left out by the connector; the summary says how many and which.
 * Each type commits on its own, so a crash part-way keeps what was written; a re-run rewrites nothing
 * unchanged.
 */
import { readConfig } from '../config.js';
import { createGithubClient, type EtagCache, type GithubClient } from '../connectors/github/client.js';
import { type CollectOptions, collectGithubRepository } from '../connectors/github/collect.js';
import { GITHUB_RECORD_TYPES, type GithubRecordType, type Skipped } from '../connectors/github/mapped.js';
import type { Issue } from '../domain/errors.js';
import { recordIngestRun, type StoreSession, upsertRecords } from '../store/index.js';

export interface GithubSyncOptions extends CollectOptions {
  client: GithubClient;
  now?: () => Date;
}

export interface GithubSyncTypeSummary {
  type: GithubRecordType;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface GithubSyncSummary {
  repository: string;
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
  const batch = await collectGithubRepository(options.client, options);
  const types: GithubSyncTypeSummary[] = [];
  for (const type of GITHUB_RECORD_TYPES) {
    const records = batch.records[type];
    const counts = await upsertRecords(store, type, records);
    types.push({ type, read: records.length, ...counts });
    if (records.length === 0) continue;
    await recordIngestRun(store, {
      source: 'github',
      type,
      file: `github:${options.repo.toLowerCase()}`,
      read: records.length,
      ...counts,
      startedAt,
      finishedAt: now(),
    });
  }
  return { repository: options.repo.toLowerCase(), types, skipped: batch.skipped, invalid: batch.issues };
}

/** A client with the token and API root from the environment (GITHUB_TOKEN, GITHUB_API_URL). */
export function createConfiguredGithubClient(
  options: { etags?: EtagCache; onWait?: (message: string, ms: number) => void } = {},
): GithubClient {
  const { github } = readConfig();
  return createGithubClient({ token: github.token, baseUrl: github.apiUrl, ...options });
}
