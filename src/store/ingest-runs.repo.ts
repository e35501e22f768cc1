/** What was imported when: one row per file (or connector run) and record type. */
import { desc } from 'drizzle-orm';
import type { RecordType } from '../domain/records/index.js';
import { ingestRuns } from './schema/meta.js';
import type { StoreSession } from './store.js';

export interface IngestRun {
  source: string;
  type: RecordType;
  file: string | null;
  read: number;
  inserted: number;
  updated: number;
  unchanged: number;
  startedAt: Date;
  finishedAt: Date;
}

export async function recordIngestRun(store: StoreSession, run: IngestRun): Promise<number> {
  const [row] = await store.db.insert(ingestRuns).values(run).returning({ id: ingestRuns.id });
  if (!row) throw new Error('Inserting an ingest run returned no id');
  return row.id;
}

/** The latest runs first. */
export async function listIngestRuns(
  store: StoreSession,
  options: { limit?: number } = {},
): Promise<(IngestRun & { id: number })[]> {
  const rows = await store.db
    .select()
    .from(ingestRuns)
    .orderBy(desc(ingestRuns.finishedAt), desc(ingestRuns.id))
    .limit(options.limit ?? 100);
  return rows.map((row) => ({ ...row, type: row.type as RecordType }));
}
