/**
 * Reading one window of the metric facts (and optionally the services of a scope) on indexed instants.
 * The embedded engine spends more per row returned than on the queries, so lists come back as one JSON
 * text each and lead times as the stored float64 bytes; the figures are computed by the pure code.
 */
import { toDate } from './metric-facts.repo.js';
import type { StoreSession } from './store.js';

export interface DeploymentFact {
  id: string;
  source: string;
  key: string;
  service: string;
  environment: string;
  finishedAt: Date;
  result: string;
  commitSha: string;
  unplanned: boolean;
  hotfixFor: string | null;
  rollbackOf: string | null;
  shipment: string | null;
}

export interface FactWindow {
  from: Date;
  to: Date;
  /** Full service references of the scope; all services when absent. */
  services?: readonly string[];
}

const serviceFilter = (window: FactWindow, param: number, column = 'service') =>
  window.services ? ` and ${column} = any($${param}::text[])` : '';
const windowParams = (window: FactWindow): unknown[] =>
  window.services ? [window.from, window.to, [...window.services]] : [window.from, window.to];

/**
 * What the window's failure figures read: the deployments finishing in it that failed (their job, or
 * evidence in the org), the next success of each (what recovers it by default), the deployments that
 * rolled one of them back (a rollback may finish later), and their failure evidence in the order the pure
 * code listed it. The other deployments are counted in `metric_day_rollups`. One statement, each list as
 * one JSON text.
 */
export async function queryFailureFacts(
  store: StoreSession,
  window: FactWindow,
): Promise<{ failed: DeploymentFact[]; related: DeploymentFact[]; evidence: FailureEvidenceFact[] }> {
  const deployment = (alias: string) =>
    `json_build_array(${alias}.id, ${alias}.source, ${alias}.key, ${alias}.service, ${alias}.environment, ` +
    `${epochMs(`${alias}.finished_at`)}, ${alias}.result, ${alias}.commit_sha, ${alias}.unplanned, ` +
    `${alias}.hotfix_for, ${alias}.rollback_of, ${alias}.shipment)`;
  const [row] = await store.query<{ failed: string | null; related: string | null; evidence: string | null }>(
    'with failed as materialized (select * from metric_deployments ' +
      `where failed and finished_at >= $1 and finished_at < $2${serviceFilter(window, 3)}), ` +
      'evidence as materialized (select e.* from failed f join metric_failure_evidence e on e.deployment = f.id), ' +
      'related as (select d.* from failed f join metric_deployments d on d.id = f.next_success ' +
      "union all select d.* from evidence e join metric_deployments d on d.id = e.evidence where e.kind = 'rollback') " +
      `select (select json_agg(${deployment('f')})::text from failed f) as failed, ` +
      `(select json_agg(${deployment('r')})::text from related r) as related, ` +
      '(select json_agg(json_build_array(e.deployment, e.kind, e.evidence, e.evidence_service, e.rule, ' +
      `${epochMs('e.resolved_at')}) order by e.deployment, e.position)::text from evidence e) as evidence`,
    windowParams(window),
  );
  const evidence = (JSON.parse(row?.evidence ?? '[]') as unknown[][]).map(
    ([deployment, kind, id, service, rule, resolved]): FailureEvidenceFact => ({
      deployment: deployment as string,
      kind: kind as FailureEvidenceFact['kind'],
      evidence: id as string,
      evidenceService: (service as string | null) ?? null,
      rule: rule as string,
      resolvedAt: resolved === null ? null : new Date(resolved as number),
    }),
  );
  return {
    failed: parseDeploymentFacts(row?.failed),
    related: parseDeploymentFacts(row?.related),
    evidence,
  };
}

function parseDeploymentFacts(text: string | null | undefined): DeploymentFact[] {
  return (JSON.parse(text ?? '[]') as unknown[][]).map((row) => ({
    id: row[0] as string,
    source: row[1] as string,
    key: row[2] as string,
    service: row[3] as string,
    environment: row[4] as string,
    finishedAt: new Date(row[5] as number),
    result: row[6] as string,
    commitSha: row[7] as string,
    unplanned: row[8] as boolean,
    hotfixFor: (row[9] as string | null) ?? null,
    rollbackOf: (row[10] as string | null) ?? null,
    shipment: (row[11] as string | null) ?? null,
  }));
}

/** A window's per-day counts and lead-time sample, for the org or the union of some services. */
export interface DayRollup {
  day: Date;
  deployments: number;
  unplanned: number;
  unknownCommit: number;
  baseline: number;
  negative: number;
  leadDeployments: number;
}

export interface WindowRollups {
  days: DayRollup[];
  /** Every non-negative lead time of the window, unsorted. */
  leads: Float64Array;
}

/** The day rollups of a window (whole local days), the lead-time sample on one clock. */
export async function queryDayRollups(
  store: StoreSession,
  window: { from: Date; to: Date; scopes: readonly string[] },
  clock: 'committer' | 'author',
): Promise<WindowRollups> {
  const rows = await store.query<Record<string, unknown>>(
    'select day, sum(deployments)::int as deployments, sum(unplanned)::int as unplanned, ' +
      'sum(unknown_commit)::int as unknown_commit, sum(baseline)::int as baseline, ' +
      `sum(${clock}_negative)::int as negative, sum(${clock}_deployments)::int as lead_deployments, ` +
      // Base64 text: the drivers' bytea parsers measured several times slower than Buffer's at these sizes.
      `encode(string_agg(${clock}_leads, ''::bytea), 'base64') as leads from metric_day_rollups ` +
      'where scope = any($3::text[]) and day >= $1 and day < $2 group by day order by day',
    [window.from, window.to, [...window.scopes]],
  );
  const days: DayRollup[] = [];
  const parts: Buffer[] = [];
  for (const row of rows) {
    days.push({
      day: toDate(row.day),
      deployments: Number(row.deployments),
      unplanned: Number(row.unplanned),
      unknownCommit: Number(row.unknown_commit),
      baseline: Number(row.baseline),
      negative: Number(row.negative),
      leadDeployments: Number(row.lead_deployments),
    });
    parts.push(Buffer.from(String(row.leads ?? ''), 'base64'));
  }
  const bytes = Buffer.concat(parts);
  const leads = new Float64Array(bytes.byteLength / 8);
  // Copied into a buffer of its own (aligned); the doubles are little-endian, as is every platform Node runs on.
  new Uint8Array(leads.buffer).set(bytes);
  return { days, leads };
}

export interface FailureEvidenceFact {
  deployment: string;
  kind: 'incident' | 'rollback' | 'hotfix';
  evidence: string;
  evidenceService: string | null;
  rule: string;
  resolvedAt: Date | null;
}

export interface DeployedChangeFact {
  deployment: string;
  commit: string;
  repository: string;
  sha: string;
  committerLeadSeconds: number;
  authorLeadSeconds: number;
}

/** The first shipments in the window, row by row (for a sample too small or too odd to summarize in SQL). */
export async function queryDeployedChanges(
  store: StoreSession,
  window: FactWindow,
): Promise<DeployedChangeFact[]> {
  const rows = await store.query<Record<string, unknown>>(
    'select deployment, commit, repository, sha, committer_lead_seconds, author_lead_seconds ' +
      `from metric_deployed_changes where finished_at >= $1 and finished_at < $2${serviceFilter(window, 3)}`,
    windowParams(window),
  );
  return rows.map((row) => ({
    deployment: String(row.deployment),
    commit: String(row.commit),
    repository: String(row.repository),
    sha: String(row.sha),
    committerLeadSeconds: Number(row.committer_lead_seconds),
    authorLeadSeconds: Number(row.author_lead_seconds),
  }));
}

/**
 * When each of these commits (lower-case shas) first reached production, for those first shipped in the
 * window: epoch milliseconds by sha. Only the asked commits come back (a window holds every commit shipped).
 */
export async function queryFirstShipments(
  store: StoreSession,
  window: FactWindow,
  shas: readonly string[],
): Promise<Map<string, number>> {
  if (shas.length === 0) return new Map();
  const rows = await store.query<{ sha: string; at: number | string }>(
    `select lower(d.sha) as sha, ${epochMs('d.finished_at')} as at from metric_deployed_changes d ` +
      `join unnest($${window.services ? 4 : 3}::text[]) as wanted(sha) on wanted.sha = lower(d.sha) ` +
      `where d.finished_at >= $1 and d.finished_at < $2${serviceFilter(window, 3, 'd.service')}`,
    [...windowParams(window), [...shas]],
  );
  return new Map(rows.map((row) => [row.sha, Number(row.at)]));
}

export interface WorkItemFactFilter {
  from: Date;
  to: Date;
  /** The instant work in progress is read at. */
  at: Date;
  /** Full team reference: items of the team or of its services. */
  team?: string;
  /** Full service references; with `team` unset, only items of these services. */
  services?: readonly string[];
}

function workItemScope(filter: WorkItemFactFilter, first: number): { sql: string; params: unknown[] } {
  if (filter.team !== undefined) {
    return {
      sql: ` and (w.team = $${first} or w.service = any($${first + 1}::text[]))`,
      params: [filter.team, [...(filter.services ?? [])]],
    };
  }
  if (filter.services !== undefined) {
    return { sql: ` and w.service = any($${first}::text[])`, params: [[...filter.services]] };
  }
  return { sql: '', params: [] };
}

/** A work item as the flow figures read it: its status history reduced to the instants they use. */
export interface WorkItemFlowFact {
  id: string;
  firstStepAt: Date | null;
  firstProgressAt: Date | null;
  completedAt: Date | null;
  /** In an in-progress category at the filter's `at`. */
  inProgress: boolean;
}

/**
 * An instant as epoch milliseconds (float8, exact for millisecond instants), for rows read as one JSON
 * text: the embedded engine spends more on each row and value it returns than on the query itself.
 */
const epochMs = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

/**
 * The work items the flow figures of a window depend on: completed in it, or in progress at `at`; plus,
 * when none of those has a status history starting by `at`, one item that has (work in progress is then
 * 0, not unknown). One row per item.
 */
export async function queryFlowWorkItemFacts(
  store: StoreSession,
  filter: WorkItemFactFilter,
): Promise<WorkItemFlowFact[]> {
  const scope = workItemScope(filter, 4);
  const params = [filter.from, filter.to, filter.at, ...scope.params];
  const columns = `w.id, ${epochMs('w.first_step_at')} as s, ${epochMs('w.first_progress_at')} as p, ${epochMs('w.completed_at')} as c`;
  const [row] = await store.query<{ items: string | null }>(
    'select json_agg(json_build_array(id, s, p, c, in_progress))::text as items from (' +
      `select ${columns}, false as in_progress from metric_work_items w ` +
      `where w.created_at < $2 and w.completed_at >= $1 and w.completed_at < $2${scope.sql} ` +
      // The spans open at `at` are few: each looks its item up (lateral), rather than hashing every item.
      `union all select ${columns}, true from metric_work_item_progress p cross join lateral ` +
      `(select * from metric_work_items w where w.id = p.work_item and w.created_at < $2${scope.sql} limit 1) w ` +
      'where p.started_at <= $3 and (p.ended_at is null or p.ended_at > $3) ' +
      `union all (select ${columns}, false from metric_work_items w ` +
      `where w.created_at < $2 and w.first_step_at <= $3${scope.sql} limit 1)) items`,
    params,
  );
  const rows = JSON.parse(row?.items ?? '[]') as [
    string,
    number | null,
    number | null,
    number | null,
    boolean,
  ][];
  const instant = (ms: number | null) => (ms === null ? null : new Date(ms));
  const byId = new Map<string, WorkItemFlowFact>();
  for (const [id, firstStep, firstProgress, completed, inProgress] of rows) {
    const found = byId.get(id);
    if (found) {
      found.inProgress ||= inProgress;
      continue;
    }
    byId.set(id, {
      id,
      firstStepAt: instant(firstStep),
      firstProgressAt: instant(firstProgress),
      completedAt: instant(completed),
      inProgress,
    });
  }
  return [...byId.values()];
}
