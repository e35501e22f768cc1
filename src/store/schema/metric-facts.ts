/**
 * Metric facts: what the DORA and flow functions derive from the observed records, kept at ingest so a
 * dashboard reads a window's rows instead of walking a million-commit graph (DESIGN section 7). Rules:
 * - every row is computed by the pure metric code over all records (never a second definition), and the
 *   whole set is rebuilt when records change or when the workspace inputs it depends on change (services
 *   ↔ repositories, deployment detection, production environments: `metric_fact_state.digest`);
 * - ids are record ids (`source:key`); references are in full form (`service:default/payments`);
 * - instants are `timestamp with time zone`, spans are seconds as double precision, exactly as the pure
 *   code computed them, so medians and percentiles taken in SQL equal those taken in JavaScript.
 */
import {
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

/** One row: how current the facts are. */
export const metricFactState = pgTable('metric_fact_state', {
  id: text('id').primaryKey(),
  /** Digest of the workspace inputs the facts were built with. */
  digest: text('digest').notNull(),
  /** The latest ingest run (`ingest_runs.id`) the facts include. */
  watermark: integer('watermark').notNull(),
  /** Set by a writer that records no ingest run (a webhook); the next read or ingest rebuilds. */
  stale: boolean('stale').notNull().default(false),
  builtAt: instant('built_at').notNull(),
  buildMs: integer('build_ms').notNull(),
  /**
   * What a team or service scope needs to be read from the facts: `{ separable, services:
   * { [service]: repositories it ships from }, repositories: { [repository]: services shipping it } }`.
   */
  scopes: jsonb('scopes').notNull(),
});

/** Every detected deployment, with what the commit-graph walk said of it. */
export const metricDeployments = pgTable(
  'metric_deployments',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    key: text('key').notNull(),
    service: text('service').notNull(),
    environment: text('environment').notNull(),
    finishedAt: instant('finished_at').notNull(),
    result: text('result').notNull(),
    commitSha: text('commit_sha').notNull(),
    unplanned: boolean('unplanned').notNull(),
    hotfixFor: text('hotfix_for'),
    rollbackOf: text('rollback_of'),
    /** `shipped`, `baseline` or `unknown-commit` for production deployments that reached users. */
    shipment: text('shipment'),
    /** Its job failed, or it led to a failure in the org (failure evidence): recovery time measures it. */
    failed: boolean('failed').notNull(),
    /** The next successful deployment of its service and environment, what recovers it by default. */
    nextSuccess: text('next_success'),
  },
  (t) => [index('metric_deployments_failed_finished_at_idx').on(t.failed, t.finishedAt)],
);

/**
 * Per local day (workspace time zone) and scope (`org`, or a full service reference): the counts and the
 * lead-time sample of the deployments finishing that day, so a window (whole local days) reads a few rows
 * per day instead of every deployment and shipped commit. Lead times are the non-negative spans in
 * seconds, as little-endian float64 values, the exact doubles the pure code computed.
 */
export const metricDayRollups = pgTable(
  'metric_day_rollups',
  {
    scope: text('scope').notNull(),
    /** The start of the local day. */
    day: instant('day').notNull(),
    /** Production deployments that reached users. */
    deployments: integer('deployments').notNull(),
    unplanned: integer('unplanned').notNull(),
    unknownCommit: integer('unknown_commit').notNull(),
    baseline: integer('baseline').notNull(),
    committerLeads: bytea('committer_leads').notNull(),
    authorLeads: bytea('author_leads').notNull(),
    committerNegative: integer('committer_negative').notNull(),
    authorNegative: integer('author_negative').notNull(),
    /** Deployments that shipped a commit with a lead time of 0 or more, on each clock. */
    committerDeployments: integer('committer_deployments').notNull(),
    authorDeployments: integer('author_deployments').notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.day] })],
);

/** Each commit at its first shipment to production: the lead-time sample of the deployment's window. */
export const metricDeployedChanges = pgTable(
  'metric_deployed_changes',
  {
    deployment: text('deployment').notNull(),
    service: text('service').notNull(),
    finishedAt: instant('finished_at').notNull(),
    commit: text('commit').notNull(),
    repository: text('repository').notNull(),
    sha: text('sha').notNull(),
    committerLeadSeconds: doublePrecision('committer_lead_seconds').notNull(),
    authorLeadSeconds: doublePrecision('author_lead_seconds').notNull(),
  },
  (t) => [index('metric_deployed_changes_finished_at_idx').on(t.finishedAt)],
);

/** Why a deployment led to a failure: one row per incident, rollback or hotfix pointing at it. */
export const metricFailureEvidence = pgTable(
  'metric_failure_evidence',
  {
    deployment: text('deployment').notNull(),
    /** `incident`, `rollback` or `hotfix`. */
    kind: text('kind').notNull(),
    /** The incident or deployment id. */
    evidence: text('evidence').notNull(),
    /** The service of an evidence deployment; null for incidents. */
    evidenceService: text('evidence_service'),
    /** Attribution rule of an incident, `explicit` / `redeploy` / `revert` for a rollback. */
    rule: text('rule').notNull(),
    /** When an incident was resolved; null while open and for deployments. */
    resolvedAt: instant('resolved_at'),
    /** Order of the evidence as the pure code listed it. */
    position: integer('position').notNull(),
  },
  (t) => [index('metric_failure_evidence_deployment_idx').on(t.deployment)],
);

/** Each work item's first step, start and completion, read from its status history by the flow code. */
export const metricWorkItems = pgTable(
  'metric_work_items',
  {
    id: text('id').primaryKey(),
    team: text('team'),
    service: text('service'),
    createdAt: instant('created_at').notNull(),
    /** Its first status change; before it the item's category is unknown. */
    firstStepAt: instant('first_step_at'),
    /** Its first move into an in-progress category (cycle time and item age start there). */
    firstProgressAt: instant('first_progress_at'),
    completedAt: instant('completed_at'),
  },
  (t) => [
    index('metric_work_items_completed_at_idx').on(t.completedAt),
    index('metric_work_items_first_step_at_idx').on(t.firstStepAt),
  ],
);

/** Spans `[started, ended)` a work item spent in an in-progress category; `ended` null while it still is. */
export const metricWorkItemProgress = pgTable(
  'metric_work_item_progress',
  {
    workItem: text('work_item').notNull(),
    startedAt: instant('started_at').notNull(),
    endedAt: instant('ended_at'),
  },
  (t) => [
    index('metric_work_item_progress_started_at_idx').on(t.startedAt),
    // Work in progress at an instant: the spans not ended by then are few, the ones started by then are all.
    index('metric_work_item_progress_ended_at_idx').on(t.endedAt),
  ],
);
