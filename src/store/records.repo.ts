/**
 * Observed records: idempotent bulk upserts and the counts and spans the overview needs. Writes go
 * through COPY into a temporary staging table, then one `INSERT … SELECT … ON CONFLICT (id) DO UPDATE`
 * that only touches rows whose content changed, so re-reading a source costs no writes and says so.
 */
import { max, min } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { type ObservedRecord, RECORD_TYPES, type RecordType, recordId } from '../domain/records/index.js';
import { quoteIdentifier } from './copy-csv.js';
import { getRecordLayout, type RecordLayout } from './record-rows.js';
import { RECORD_TABLES } from './schema/records.js';
import type { CopyValue, StoreSession } from './store.js';

/** Rows per COPY: large enough to amortize the statement, small enough to keep memory flat. */
export const UPSERT_BATCH_SIZE = 5_000;

export interface UpsertCounts {
  inserted: number;
  updated: number;
  unchanged: number;
}

export interface UpsertOptions {
  /** Called after each batch with the number of records written so far. */
  onBatch?: (written: number) => void;
}

/**
 * Inserts new records, updates changed ones and leaves identical ones alone, all in one transaction (the
 * caller's, when it has one). Records repeating an id within the call count once, the last one winning.
 * References are stored in full form (`payments` becomes `service:default/payments`).
 */
export async function upsertRecords(
  store: StoreSession,
  type: RecordType,
  records: readonly ObservedRecord[],
  options: UpsertOptions = {},
): Promise<UpsertCounts> {
  const layout = getRecordLayout(type);
  const unique = [...new Map(records.map((record) => [recordId(record), record])).values()];
  const totals: UpsertCounts = { inserted: 0, updated: 0, unchanged: 0 };
  if (unique.length === 0) return totals;
  const stage = `stage_${layout.table}`;
  await store.transaction(async (tx) => {
    let staged = false;
    for (let start = 0; start < unique.length; start += UPSERT_BATCH_SIZE) {
      const batch = unique.slice(start, start + UPSERT_BATCH_SIZE);
      const rows = batch.map(layout.toRow);
      if (await insertAllNew(tx, layout, rows)) {
        totals.inserted += batch.length;
        options.onBatch?.(start + batch.length);
        continue;
      }
      if (staged) await tx.query(`truncate ${quoteIdentifier(stage)}`);
      else {
        await tx.query(
          `create temporary table if not exists ${quoteIdentifier(stage)} ` +
            `(like ${quoteIdentifier(layout.table)} including defaults) on commit drop`,
        );
        staged = true;
      }
      await tx.copyRows(stage, layout.columns, rows);
      const [written] = await tx.query<{ inserted: number; updated: number }>(buildUpsertSql(layout, stage));
      const inserted = written?.inserted ?? 0;
      const updated = written?.updated ?? 0;
      totals.inserted += inserted;
      totals.updated += updated;
      totals.unchanged += batch.length - inserted - updated;
      options.onBatch?.(start + batch.length);
    }
  });
  return totals;
}

const FAST_COPY_SAVEPOINT = 'sextant_fast_copy';

/**
 * The fast path for a batch none of whose ids is stored yet (a first read, the new part of a re-read):
 * COPY straight into the record table, skipping the staging table and the upsert, which measured about a
 * third of the write time. An index probe decides; a savepoint guards the race with another writer (the
 * server engine), so a unique violation rolls back just this attempt and the caller upserts the batch.
 * Returns whether the batch was written.
 */
async function insertAllNew(tx: StoreSession, layout: RecordLayout, rows: CopyValue[][]): Promise<boolean> {
  const ids = rows.map((row) => row[0] as string);
  const [found] = await tx.query<{ any: boolean }>(
    `select exists (select 1 from ${quoteIdentifier(layout.table)} where id = any($1::text[])) as any`,
    [ids],
  );
  if (found?.any !== false) return false;
  await tx.query(`savepoint ${FAST_COPY_SAVEPOINT}`);
  try {
    await tx.copyRows(layout.table, layout.columns, rows);
  } catch (error) {
    if ((error as { code?: unknown }).code !== UNIQUE_VIOLATION) throw error;
    await tx.query(`rollback to savepoint ${FAST_COPY_SAVEPOINT}`);
    return false;
  }
  await tx.query(`release savepoint ${FAST_COPY_SAVEPOINT}`);
  return true;
}

const UNIQUE_VIOLATION = '23505';

const upsertStatements = new Map<string, string>();

/** Counts come from `xmax = 0`, true only for rows this statement inserted rather than updated. */
function buildUpsertSql(layout: RecordLayout, stage: string): string {
  const cached = upsertStatements.get(stage);
  if (cached) return cached;
  const columns = layout.columns.map(quoteIdentifier);
  const data = columns.filter((column) => column !== '"id"');
  const statement = `with written as (
    insert into ${quoteIdentifier(layout.table)} as current (${columns.join(', ')})
    select ${columns.join(', ')} from ${quoteIdentifier(stage)}
    on conflict (id) do update set ${data.map((column) => `${column} = excluded.${column}`).join(', ')},
      updated_at = now()
    where (${data.map((column) => `current.${column}`).join(', ')})
      is distinct from (${data.map((column) => `excluded.${column}`).join(', ')})
    returning (current.xmax = 0) as inserted
  )
  select (count(*) filter (where inserted))::int as inserted,
         (count(*) filter (where not inserted))::int as updated
  from written`;
  upsertStatements.set(stage, statement);
  return statement;
}

/** Stored records per type, every type present (0 when none). */
export async function countRecords(store: StoreSession): Promise<Record<RecordType, number>> {
  const selects = RECORD_TYPES.map(
    (type) =>
      `(select count(*) from ${quoteIdentifier(getRecordLayout(type).table)})::int as ${quoteIdentifier(type)}`,
  );
  const [row] = await store.query<Record<RecordType, number>>(`select ${selects.join(', ')}`);
  return Object.fromEntries(RECORD_TYPES.map((type) => [type, row?.[type] ?? 0])) as Record<
    RecordType,
    number
  >;
}

/** Whether any observed record of any type is stored: one index probe per type, at any size. */
export async function hasAnyRecord(store: StoreSession): Promise<boolean> {
  const probes = RECORD_TYPES.map(
    (type) => `exists (select 1 from ${quoteIdentifier(getRecordLayout(type).table)})`,
  );
  const [row] = await store.query<{ any: boolean }>(`select (${probes.join(' or ')}) as any`);
  return row?.any === true;
}

/** The instant each type is windowed on: what "earliest" and "latest" mean for it. */
export const SPAN_COLUMNS: Record<RecordType, PgColumn> = {
  commit: RECORD_TABLES.commit.committedAt,
  'pull-request': RECORD_TABLES['pull-request'].createdAt,
  review: RECORD_TABLES.review.submittedAt,
  deployment: RECORD_TABLES.deployment.finishedAt,
  incident: RECORD_TABLES.incident.startedAt,
  'work-item': RECORD_TABLES['work-item'].createdAt,
  'ci-run': RECORD_TABLES['ci-run'].startedAt,
  tag: RECORD_TABLES.tag.taggedAt,
  sprint: RECORD_TABLES.sprint.startedAt,
};

export interface RecordSpan {
  /** Earliest instant, ISO 8601 in UTC. */
  from: string;
  /** Latest instant, ISO 8601 in UTC. */
  to: string;
}

/** Earliest and latest instant per type (all types, or only `types`); types without records are absent. */
export async function recordSpan(
  store: StoreSession,
  types: readonly RecordType[] = RECORD_TYPES,
): Promise<Partial<Record<RecordType, RecordSpan>>> {
  const spans: Partial<Record<RecordType, RecordSpan>> = {};
  for (const type of types) {
    const column = SPAN_COLUMNS[type];
    const [row] = await store.db.select({ from: min(column), to: max(column) }).from(RECORD_TABLES[type]);
    const from = row?.from as Date | null | undefined;
    const to = row?.to as Date | null | undefined;
    if (from && to) spans[type] = { from: from.toISOString(), to: to.toISOString() };
  }
  return spans;
}
