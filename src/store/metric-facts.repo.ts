/**
 * Writing the metric facts (`schema/metric-facts.ts`) and their state. A rebuild replaces every fact row in
 * one transaction with COPY, so a reader sees the old set or the new one, never half of each. The window
 * reads are in metric-facts-query.repo.ts.
 */
import { quoteIdentifier } from './copy-csv.js';
import type { CopyValue, StoreSession } from './store.js';

const STATE_ID = 'dora-flow';

export interface MetricFactScopes {
  /** False when the commit graph crosses repositories or repeats a sha: then only the org reads facts. */
  separable: boolean;
  /** Per service, the repositories its production deployments' commits are in. */
  services: Record<string, string[]>;
  /** Per repository, the services whose production deployments ship its commits. */
  repositories: Record<string, string[]>;
}

export interface MetricFactState {
  digest: string;
  watermark: number;
  stale: boolean;
  builtAt: Date;
  buildMs: number;
  scopes: MetricFactScopes;
}

export interface MetricFactRows {
  deployments: readonly (readonly CopyValue[])[];
  dayRollups: readonly (readonly CopyValue[])[];
  deployedChanges: readonly (readonly CopyValue[])[];
  failureEvidence: readonly (readonly CopyValue[])[];
  workItems: readonly (readonly CopyValue[])[];
  workItemProgress: readonly (readonly CopyValue[])[];
}

/** Column order of each table's COPY rows. */
export const METRIC_FACT_COLUMNS = {
  deployments: [
    'id',
    'source',
    'key',
    'service',
    'environment',
    'finished_at',
    'result',
    'commit_sha',
    'unplanned',
    'hotfix_for',
    'rollback_of',
    'shipment',
    'failed',
    'next_success',
  ],
  dayRollups: [
    'scope',
    'day',
    'deployments',
    'unplanned',
    'unknown_commit',
    'baseline',
    'committer_leads',
    'author_leads',
    'committer_negative',
    'author_negative',
    'committer_deployments',
    'author_deployments',
  ],
  deployedChanges: [
    'deployment',
    'service',
    'finished_at',
    'commit',
    'repository',
    'sha',
    'committer_lead_seconds',
    'author_lead_seconds',
  ],
  failureEvidence: ['deployment', 'kind', 'evidence', 'evidence_service', 'rule', 'resolved_at', 'position'],
  workItems: ['id', 'team', 'service', 'created_at', 'first_step_at', 'first_progress_at', 'completed_at'],
  workItemProgress: ['work_item', 'started_at', 'ended_at'],
} as const satisfies Record<keyof MetricFactRows, readonly string[]>;

const TABLES: Record<keyof MetricFactRows, string> = {
  deployments: 'metric_deployments',
  dayRollups: 'metric_day_rollups',
  deployedChanges: 'metric_deployed_changes',
  failureEvidence: 'metric_failure_evidence',
  workItems: 'metric_work_items',
  workItemProgress: 'metric_work_item_progress',
};

/** A timestamp column as the engine returns it (a Date, or text). */
export const toDate = (value: unknown): Date => (value instanceof Date ? value : new Date(String(value)));

export async function readMetricFactState(store: StoreSession): Promise<MetricFactState | undefined> {
  const [row] = await store.query<Record<string, unknown>>(
    'select digest, watermark, stale, built_at, build_ms, scopes from metric_fact_state where id = $1',
    [STATE_ID],
  );
  if (!row) return undefined;
  return {
    digest: String(row.digest),
    watermark: Number(row.watermark),
    stale: Boolean(row.stale),
    builtAt: toDate(row.built_at),
    buildMs: Number(row.build_ms),
    scopes: (typeof row.scopes === 'string' ? JSON.parse(row.scopes) : row.scopes) as MetricFactScopes,
  };
}

/** The latest ingest run, and how many records the runs after `after` inserted or updated. */
export async function readIngestWatermark(
  store: StoreSession,
  after: number,
): Promise<{ latest: number; changed: number }> {
  const [row] = await store.query<{ latest: number | null; changed: string | number | null }>(
    'select (select max(id) from ingest_runs) as latest, ' +
      '(select sum(inserted + updated) from ingest_runs where id > $1) as changed',
    [after],
  );
  return { latest: Number(row?.latest ?? 0), changed: Number(row?.changed ?? 0) };
}

/** Replaces every fact row and the state, in one transaction. */
export async function replaceMetricFacts(
  store: StoreSession,
  rows: MetricFactRows,
  state: MetricFactState,
): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query(`truncate ${Object.values(TABLES).map(quoteIdentifier).join(', ')}`);
    for (const name of Object.keys(TABLES) as (keyof MetricFactRows)[]) {
      if (rows[name].length > 0) await tx.copyRows(TABLES[name], METRIC_FACT_COLUMNS[name], rows[name]);
    }
    await writeState(tx, state);
    // Planner statistics for the new rows: without them a window's read plans for the empty tables.
    await tx.query(`analyze ${Object.values(TABLES).map(quoteIdentifier).join(', ')}`);
  });
}

/** Moves the watermark on when the runs since the last build changed nothing. */
export async function advanceMetricFactWatermark(store: StoreSession, watermark: number): Promise<void> {
  await store.query('update metric_fact_state set watermark = $2 where id = $1', [STATE_ID, watermark]);
}

/** For writers that record no ingest run: the next read or ingest rebuilds the facts. */
export async function markMetricFactsStale(store: StoreSession): Promise<void> {
  await store.query('update metric_fact_state set stale = true where id = $1', [STATE_ID]);
}

async function writeState(store: StoreSession, state: MetricFactState): Promise<void> {
  await store.query(
    'insert into metric_fact_state (id, digest, watermark, stale, built_at, build_ms, scopes) ' +
      'values ($1, $2, $3, $4, $5, $6, $7) on conflict (id) do update set digest = excluded.digest, ' +
      'watermark = excluded.watermark, stale = excluded.stale, built_at = excluded.built_at, ' +
      'build_ms = excluded.build_ms, scopes = excluded.scopes',
    [
      STATE_ID,
      state.digest,
      state.watermark,
      state.stale,
      state.builtAt,
      state.buildMs,
      JSON.stringify(state.scopes),
    ],
  );
}

/** Lead times as stored: little-endian float64 values, the bytes of a `bytea` COPY field. */
export function encodeLeadTimes(values: readonly number[]): string {
  const buffer = Buffer.alloc(values.length * 8);
  values.forEach((value, index) => {
    buffer.writeDoubleLE(value, index * 8);
  });
  return `\\x${buffer.toString('hex')}`;
}
