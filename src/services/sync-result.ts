/**
 * What a pull from a connector reports, whatever the source: how many records it read, skipped and
 * wrote, and the problems found. A run ends by recording itself in the ingest log.
 */
import type { Issue } from '../domain/errors.js';
import type { RecordType } from '../domain/records/index.js';
import { recordIngestRun, type StoreSession, type UpsertCounts } from '../store/index.js';

export interface SyncResult extends UpsertCounts {
  /** Records the source returned. */
  read: number;
  /** Records skipped because they could not be mapped. */
  skipped: number;
  /** Problems that skipped a record, each naming the record. */
  problems: Issue[];
  /** Problems in records that were still written. */
  warnings: Issue[];
}

export function emptySyncResult(): SyncResult {
  return { read: 0, skipped: 0, inserted: 0, updated: 0, unchanged: 0, problems: [], warnings: [] };
}

/** One ingest-log row for a connector run (no file) that started at `startedAt` and ends now. */
export async function recordSyncRun(
  store: StoreSession,
  run: { source: string; type: RecordType; startedAt: Date },
  result: SyncResult,
): Promise<void> {
  const { read, inserted, updated, unchanged } = result;
  await recordIngestRun(store, {
    ...run,
    file: null,
    read,
    inserted,
    updated,
    unchanged,
    finishedAt: new Date(),
  });
}
