/**
 * The data generation and the stored KPI scorecard (schema/kpi-scorecards.ts).
 *
 * Rules and reasons:
 * - The generation moves in the same transaction as any statement that changes a source table, so a
 *   reader comparing generations can never take cards of older data for current ones, whichever writer
 *   (ingest, webhook, incident command, import) changed the data.
 * - Every table is either a source (it has the triggers) or exempt, with the reason below; a test holds
 *   the database to this list, so a new table must be placed in one or the other.
 * - One row per as-of day; writing a row drops the rows of other versions, so the table stays small.
 */
import type { StoreSession } from './store.js';

/** The tables whose changes move the generation (triggers of migration 0023). */
export const DATA_GENERATION_TABLES: readonly string[] = [
  'ci_runs',
  'commits',
  'cost_actuals',
  'deployments',
  'escalation_policies',
  'feature_flags',
  'hiring_applications',
  'hiring_scorecards',
  'incident_roles',
  'incident_timeline',
  'incidents',
  'ingest_runs',
  'oncall_pages',
  'oncall_services',
  'oncall_shifts',
  'pull_requests',
  'release_signoffs',
  'reviews',
  'slo_sli_days',
  'slo_sli_files',
  'sprints',
  'survey_responses',
  'tags',
  'vulnerabilities',
  'work_items',
];

/** The tables that do not move the generation, and why. */
export const DATA_GENERATION_EXEMPT: Readonly<Record<string, string>> = {
  advisor_runs: "the advisor's own log",
  findings: "the advisor's output; no KPI reads it",
  audit_log: 'written by reads of people data',
  api_tokens: 'access, not data',
  users: 'access, not data',
  sessions: 'access, not data',
  authorship_files: 'derived from commits',
  authorship_renames: 'derived from commits',
  authorship_stamps: 'derived from commits',
  metric_day_rollups: 'derived from records (metric facts)',
  metric_deployed_changes: 'derived from records (metric facts)',
  metric_deployments: 'derived from records (metric facts)',
  metric_fact_state: 'derived from records (metric facts)',
  metric_failure_evidence: 'derived from records (metric facts)',
  metric_work_item_progress: 'derived from records (metric facts)',
  metric_work_items: 'derived from records (metric facts)',
  releases: 'derived from records (release facts)',
  release_state: 'derived from records (release facts)',
  source_cursors: 'where connectors resume; written with an ingest run',
  report_deliveries: 'the report schedule log',
  kpi_scorecards: 'the stored scorecard itself',
  data_generation: 'the counter itself',
  teams: 'mirrors the workspace model, which the scorecard version digests',
  people: 'mirrors the workspace model, which the scorecard version digests',
  team_memberships: 'mirrors the workspace model, which the scorecard version digests',
  systems: 'mirrors the workspace model, which the scorecard version digests',
  domains: 'mirrors the workspace model, which the scorecard version digests',
  repositories: 'mirrors the workspace model, which the scorecard version digests',
  services: 'mirrors the workspace model, which the scorecard version digests',
  apis: 'mirrors the workspace model, which the scorecard version digests',
  resources: 'mirrors the workspace model, which the scorecard version digests',
  dependencies: 'mirrors the workspace model, which the scorecard version digests',
};

export async function readDataGeneration(store: StoreSession): Promise<number> {
  const [row] = await store.query<{ generation: string | number }>(
    'select generation from data_generation where id = 1',
  );
  if (!row) throw new Error('The store has no data generation row; migration 0023 did not run');
  return Number(row.generation);
}

export interface StoredScorecard {
  asOf: string;
  version: string;
  cards: unknown[];
  computedAt: Date;
  computeMs: number;
}

/** The cards stored for the day under this version, or null. */
export async function readStoredScorecard(
  store: StoreSession,
  asOf: string,
  version: string,
): Promise<unknown[] | null> {
  const [row] = await store.query<{ cards: unknown }>(
    'select cards from kpi_scorecards where as_of = $1 and version = $2',
    [asOf, version],
  );
  if (!row) return null;
  return (typeof row.cards === 'string' ? JSON.parse(row.cards) : row.cards) as unknown[];
}

/** Stores one day's cards and drops the rows of any other version, in one transaction. */
export async function writeStoredScorecard(store: StoreSession, scorecard: StoredScorecard): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query('delete from kpi_scorecards where version <> $1', [scorecard.version]);
    await tx.query(
      `insert into kpi_scorecards (as_of, version, cards, computed_at, compute_ms)
       values ($1, $2, $3::jsonb, $4, $5)
       on conflict (as_of) do update set version = excluded.version, cards = excluded.cards,
         computed_at = excluded.computed_at, compute_ms = excluded.compute_ms`,
      [
        scorecard.asOf,
        scorecard.version,
        JSON.stringify(scorecard.cards),
        scorecard.computedAt,
        Math.round(scorecard.computeMs),
      ],
    );
  });
}
