/**
 * Incident metrics for one scope and window (`sextant metrics incidents`, `GET /api/metrics/incidents`):
 * incidents from the store, postmortems from the workspace, the severity policy from sextant.yaml, and
 * the org's on-call identities and SLOs as maturity evidence. The window and scope are read as every
 * metric query reads them (services/metrics/query.ts).
 */
import type { ChecklistResult } from '../assess/postmortem-checklist.js';
import type { Incident } from '../domain/records/incident.js';
import {
  computeIncidentMetrics,
  INCIDENT_METRIC_DEFINITIONS,
  type IncidentFact,
  type OrgEvidence,
  type PostmortemFact,
  toIncidentFact,
} from '../metrics/incidents/index.js';
import type { Scope, Window } from '../metrics/result.js';
import { normalizeRef, selectScope } from '../metrics/scope.js';
import { queryRecords, type Store } from '../store/index.js';
import type { AppContext, LoadedWorkspace } from './context.js';
import { parseMetricQuery, parseScope, resolveWindow } from './metrics/query.js';
import { toReportWindow } from './metrics/report-window.js';
import { scoreWorkspacePostmortems } from './postmortems.service.js';

type Loaded = { record: Incident; fact: IncidentFact };

/**
 * The store's incidents with their facts, kept per store while the incidents table is unchanged: reading
 * and converting every incident is most of a request's time, and an upsert that changes a row moves its
 * `updated_at` (a new or deleted row changes the count), so the two figures tell whether anything changed.
 */
const cached = new WeakMap<Store, { version: string; loaded: Loaded[] }>();

async function loadIncidents(store: Store): Promise<Loaded[]> {
  const [row] = await store.query<{ n: string | number; latest: unknown }>(
    'select count(*) as n, max(updated_at) as latest from incidents',
  );
  const version = `${row?.n}:${row?.latest instanceof Date ? row.latest.toISOString() : String(row?.latest)}`;
  const hit = cached.get(store);
  if (hit && hit.version === version) return hit.loaded;
  const records = await queryRecords(store, 'incident');
  const loaded = records.map((record) => ({ record, fact: toIncidentFact(record) }));
  cached.set(store, { version, loaded });
  return loaded;
}

export function listIncidentMetricDefinitions() {
  return INCIDENT_METRIC_DEFINITIONS;
}

async function toPostmortemFacts(workspace: LoadedWorkspace): Promise<PostmortemFact[]> {
  const postmortems = await workspace.postmortems();
  const results = scoreWorkspacePostmortems(workspace, postmortems);
  return postmortems.map((postmortem, index) => {
    const blameless = (results[index] as ChecklistResult).items.find((item) => item.id === 'blameless');
    return {
      incident: postmortem.incident,
      status: postmortem.status,
      ...(postmortem.published ? { published: postmortem.published } : {}),
      ...(postmortem.rootCause ? { rootCause: postmortem.rootCause } : {}),
      ...(postmortem.category ? { category: postmortem.category } : {}),
      actionItems: postmortem.actionItems,
      blameless: blameless?.status === 'passed',
    };
  });
}

function toOrgEvidence(workspace: LoadedWorkspace, scope: Scope): OrgEvidence {
  const { people, services } = workspace.model;
  const scopeRef = scope.kind === 'org' ? undefined : normalizeRef(scope.ref, scope.kind);
  const inScope = services.filter(
    (service) =>
      scopeRef === undefined ||
      (scope.kind === 'team' && service.owner === scopeRef) ||
      (scope.kind === 'service' && service.ref === scopeRef) ||
      (scope.kind === 'repository' && service.repositories.includes(scopeRef)),
  );
  return {
    pagedPeople: people.filter(
      (person) => (person.identities.pagerduty?.length ?? 0) + (person.identities.opsgenie?.length ?? 0) > 0,
    ).length,
    services: inScope.map((service) => ({ ref: service.ref, tier: service.tier, slos: service.slos.length })),
  };
}

export async function computeIncidentMetricsReport(context: AppContext, input: unknown, now: Date) {
  const query = parseMetricQuery(input);
  const timeZone = context.workspace.config.timezone;
  const scope = parseScope(query.scope);
  const window: Window = resolveWindow(query, now, timeZone);
  // Every incident up to the window's end: recurrence looks 90 days back, and an incident resolved in
  // the window may have started long before it.
  const records = (await loadIncidents(context.store)).filter(
    (entry) => entry.fact.startedAt < window.to.getTime(),
  );
  const factOf = new Map(records.map((entry) => [entry.record, entry.fact]));
  const incidents =
    scope.kind === 'org'
      ? records.map((entry) => entry.fact)
      : selectScope(scope, context.workspace.model, {
          incidents: records.map((entry) => entry.record),
        }).incidents.map((record) => factOf.get(record) ?? toIncidentFact(record));
  const known = new Set(incidents.map((incident) => incident.id));
  const postmortems = (await toPostmortemFacts(context.workspace)).filter(
    (postmortem) => scope.kind === 'org' || known.has(postmortem.incident),
  );
  const results = computeIncidentMetrics({
    incidents,
    postmortems,
    policy: context.workspace.config.incidents,
    org: toOrgEvidence(context.workspace, scope),
    window,
    scope,
    now,
    timeZone,
  });
  return {
    family: 'incidents' as const,
    scope,
    window: toReportWindow(window, timeZone),
    timeZone,
    results,
  };
}

export type IncidentMetricsReport = Awaited<ReturnType<typeof computeIncidentMetricsReport>>;
