/**
 * Incidents as a responder sees them: Sextant's own and those imported from other sources, each with its
 * roles, its timeline and what it owes right now under the workspace's severity policy. The duties are
 * computed at `now` by the pure assessment (assess/incident-duties.ts), never stored. Writes are in
 * incidents-write.ts.
 */
import { assessIncidentDuties, type Duty, type IncidentDuties } from '../assess/incident-duties.js';
import { NotFoundError } from '../domain/errors.js';
import {
  findRoleHolders,
  type IncidentStatus,
  isOpenStatus,
  type RoleAssignment,
  type TimelineEntry,
} from '../domain/incident-lifecycle.js';
import { INCIDENT_STATES, type Incident } from '../domain/records/incident.js';
import { toRefString } from '../domain/refs.js';
import { startOfLocalDay } from '../metrics/calendar.js';
import { normalizeRef } from '../metrics/scope.js';
import {
  findIncident,
  listRoles,
  listRolesOf,
  listTimeline,
  listTimelines,
} from '../store/incident-lifecycle.repo.js';
import { queryRecords } from '../store/index.js';
import { countMatchingRecords, type RecordFilter, type RecordOrder } from '../store/records-query.repo.js';
import type { AppContext } from './context.js';
import { type IncidentListQuery, incidentListSchema, parseIncidentInput } from './incidents-input.js';
import { toIncidentId } from './incidents-refs.js';
import { parseScope } from './metrics/query.js';
import { resolveScopeServices } from './release-records.js';

export { openIncident, resolveIncident, updateIncident } from './incidents-write.js';

export interface DutyView {
  kind: Duty['kind'];
  audience?: Duty['audience'];
  dueAt: string;
  overdueSeconds: number;
  description: string;
}

export interface IncidentSummary {
  id: string;
  source: string;
  key: string;
  title: string;
  severity: Incident['severity'];
  status: Incident['status'];
  service: string | null;
  startedAt: string;
  acknowledgedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  commander: string | null;
  /** Duties past due at `now` (open incidents only). */
  overdue: DutyView[];
}

export interface IncidentDetail extends IncidentSummary {
  rootCause: string | null;
  causedBy: string | null;
  category: string | null;
  responders: string[];
  /** Who holds each role now. */
  roles: Partial<Record<RoleAssignment['role'], string>>;
  /** Every span: who held which role from when until when (null: still holds it). */
  roleHistory: { role: RoleAssignment['role']; person: string; since: string; until: string | null }[];
  timeline: {
    id: string;
    at: string;
    kind: TimelineEntry['kind'];
    audience: TimelineEntry['audience'];
    actor: string | null;
    text: string;
    source: string;
  }[];
  /** Duties not yet due, soonest first. */
  upcoming: DutyView[];
  /** The instant the duties were computed at. */
  assessedAt: string;
}

export interface IncidentList {
  total: number;
  /** The instant overdue duties were computed at. */
  assessedAt: string;
  items: IncidentSummary[];
}

/**
 * Incidents newest first (by start, ties by source and key), filtered and limited in the store's query;
 * open ones carry what is overdue at `now`. `total` counts every incident the filters keep, `items` holds
 * at most `limit` of them.
 */
export async function listIncidents(context: AppContext, query: unknown, now: Date): Promise<IncidentList> {
  const filter = toIncidentFilter(context, parseIncidentInput(incidentListSchema, query, 'incident filter'));
  const incidents = await queryRecords(context.store, 'incident', { ...filter, newestFirst: true });
  // The page tells the total unless it is full, or empty past the first record.
  const skipped = filter.offset ?? 0;
  const known =
    filter.limit === undefined ||
    (incidents.length < filter.limit && (incidents.length > 0 || skipped === 0));
  const total = known
    ? skipped + incidents.length
    : await countMatchingRecords(context.store, 'incident', filter);
  const open = incidents.filter((incident) => isOpenStatus(incident.status as IncidentStatus)).map(idOf);
  const [timelines, roles] = await Promise.all([
    listTimelines(context.store, open),
    listRolesOf(context.store, open),
  ]);
  const items = incidents.map((incident) => {
    const duties = assess(
      context,
      incident,
      timelines.get(idOf(incident)) ?? [],
      roles.get(idOf(incident)) ?? [],
      now,
    );
    return toSummary(incident, duties);
  });
  return { total, assessedAt: now.toISOString(), items };
}

/** The list query as a store filter: each option one column condition, the days as instants. */
function toIncidentFilter(context: AppContext, query: IncidentListQuery): RecordFilter & RecordOrder {
  const timeZone = context.workspace.config.timezone;
  const where: { field: string; values: readonly string[] }[] = [];
  const keep = (field: string, value: string | undefined) => {
    if (value !== undefined) where.push({ field, values: [value] });
  };
  if (query.open) where.push({ field: 'status', values: INCIDENT_STATES.filter(isOpenStatus) });
  keep('status', query.status);
  keep('severity', query.severity);
  keep('source', query.source);
  keep('service', query.service && toRefString(query.service, 'service'));
  if (query.team) where.push({ field: 'service', values: listTeamServices(context, query.team) });
  if (query.scope) {
    const scope = parseScope(query.scope);
    if (scope.kind === 'team') where.push({ field: 'service', values: listTeamServices(context, scope.ref) });
    else if (scope.kind !== 'org')
      where.push({ field: 'service', values: [...(resolveScopeServices(context, scope) ?? [])] });
  }
  const first = query.from ?? query.since;
  const last = query.to ?? query.until;
  return {
    where,
    ...(first ? { from: startOfLocalDay(first, timeZone) } : {}),
    ...(last ? { to: startOfLocalDay(addDay(last), timeZone) } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
    ...(query.offset ? { offset: query.offset } : {}),
  };
}

/** The services a team owns; an unknown team is refused rather than matching nothing. */
function listTeamServices(context: AppContext, teamText: string): string[] {
  const team = toRefString(teamText, 'team');
  const { teams, services } = context.workspace.model;
  if (!teams.some((candidate) => normalizeRef(candidate.ref, 'team') === team)) {
    throw new NotFoundError(`No team ${team} in the workspace`);
  }
  return services
    .filter((service) => normalizeRef(service.owner, 'team') === team)
    .map((service) => normalizeRef(service.ref, 'service'));
}

/** The calendar day after `YYYY-MM-DD`. */
function addDay(dateKey: string): string {
  const [year, month, day] = dateKey.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, day + 1)).toISOString().slice(0, 10);
}

/** One incident in full: record, roles, timeline, and what is overdue and coming due at `now`. */
export async function showIncident(context: AppContext, idText: string, now: Date): Promise<IncidentDetail> {
  const id = toIncidentId(idText);
  const incident = await findIncident(context.store, id);
  if (!incident)
    throw new NotFoundError(`No incident ${id}; \`sextant incidents list\` shows the ones there are`);
  const [timeline, roles] = await Promise.all([
    listTimeline(context.store, id),
    listRoles(context.store, id),
  ]);
  const duties = assess(context, incident, timeline, roles, now);
  const holders =
    roles.length > 0
      ? findRoleHolders(roles, now)
      : incident.commander
        ? { commander: incident.commander }
        : {};
  return {
    ...toSummary(incident, duties),
    rootCause: incident.rootCause ?? null,
    causedBy: incident.causedBy ?? null,
    category: incident.category ?? null,
    responders: incident.responders,
    roles: holders,
    roleHistory: roles.map((span) => ({
      role: span.role,
      person: span.person,
      since: span.since.toISOString(),
      until: span.until?.toISOString() ?? null,
    })),
    timeline: timeline.map((entry) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      kind: entry.kind,
      audience: entry.audience,
      actor: entry.actor,
      text: entry.text,
      source: entry.source,
    })),
    upcoming: duties.upcoming.map(toDutyView),
    assessedAt: now.toISOString(),
  };
}

function assess(
  context: AppContext,
  incident: Incident,
  timeline: readonly TimelineEntry[],
  roles: readonly RoleAssignment[],
  now: Date,
): IncidentDuties {
  const { config } = context.workspace;
  const policy = config.incidents.severities[incident.severity];
  return assessIncidentDuties({ incident, timeline, roles, policy, timeZone: config.timezone }, now);
}

function idOf(incident: Incident): string {
  return `${incident.source}:${incident.key}`;
}

function toSummary(incident: Incident, duties: IncidentDuties): IncidentSummary {
  return {
    id: idOf(incident),
    source: incident.source,
    key: incident.key,
    title: incident.title,
    severity: incident.severity,
    status: incident.status,
    service: incident.service ?? null,
    startedAt: incident.startedAt,
    acknowledgedAt: incident.acknowledgedAt ?? null,
    mitigatedAt: incident.mitigatedAt ?? null,
    resolvedAt: incident.resolvedAt ?? null,
    commander: incident.commander ?? null,
    overdue: duties.overdue.map(toDutyView),
  };
}

function toDutyView(duty: Duty): DutyView {
  return {
    kind: duty.kind,
    ...(duty.audience ? { audience: duty.audience } : {}),
    dueAt: duty.dueAt.toISOString(),
    overdueSeconds: duty.overdueSeconds,
    description: duty.description,
  };
}
