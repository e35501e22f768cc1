/**
 * Pure mapping of Opsgenie incidents (each with its log) to incident records, timeline entries and pages.
 * An incident that does not meet its contract is reported against its id and skipped; a malformed log
 * line is a warning and only that line is left out.
 *
 * Severity: the priority, P1 → SEV-1, P2 → SEV-2, P3 → SEV-3, P4 and P5 → SEV-4, each overridable by the
 * source's `severities`. Status: open → declared; resolved and closed → resolved. Started at: the impact
 * start, else creation; acknowledged at: the first log line that records an acknowledgement (its text
 * says "acknowledged", not "unacknowledged"; Opsgenie's logs are free text such as "Incident acknowledged
 * via web"); resolved at: the impact end, else the last update of a resolved incident.
 * Service: the workspace service the source maps the first impacted Opsgenie service id to.
 *
 * Pages: every user among the responders, at the incident's creation, through the responding team (the
 * first team responder, else the owner team). A team responder is not a person: whoever that team had
 * on call is not in the incident payload, so it pages nobody we can name.
 */
import { type TimelineEntry, timelineEntryId } from '../../domain/incident-lifecycle.js';
import { recordId, type Severity } from '../../domain/records/index.js';
import { dedupePages, type OncallPage, pageId } from '../../metrics/oncall/page.js';
import {
  checkIncident,
  collectIncidents,
  describeIncident,
  type IncidentResult,
  type MappedIncidents,
  parseLogLines,
  toIso,
  toIssues,
} from '../incidents/mapped.js';
import { buildSeverityMap, resolveSeverity } from '../pagerduty/severity.js';
import { incidentPayloadSchema, logSchema, type OpsgenieIncident, type OpsgenieLog } from './payload.js';

export type { MappedIncident, MappedIncidents } from '../incidents/mapped.js';

export const OPSGENIE_SOURCE = 'opsgenie';

export const DEFAULT_OPSGENIE_SEVERITIES: Readonly<Record<string, Severity>> = {
  p1: 'SEV-1',
  p2: 'SEV-2',
  p3: 'SEV-3',
  p4: 'SEV-4',
  p5: 'SEV-4',
};

export interface OpsgenieMapOptions {
  severities?: Readonly<Record<string, Severity>> | undefined;
  /** Workspace service per Opsgenie service id. */
  services?: Readonly<Record<string, string>> | undefined;
  /** Team names by id (from the Team API), for naming the rotation a page came through. */
  teams?: ReadonlyMap<string, string> | undefined;
  /** User names by id (from the User API), for listing people nobody has matched. */
  users?: ReadonlyMap<string, string> | undefined;
}

const STATUSES = { open: 'declared', resolved: 'resolved', closed: 'resolved' } as const;

export function toOpsgenieIncidents(
  payloads: readonly unknown[],
  options: OpsgenieMapOptions = {},
): MappedIncidents {
  const severities = buildSeverityMap(DEFAULT_OPSGENIE_SEVERITIES, options.severities);
  return collectIncidents(payloads, (payload) => toOpsgenieIncident(payload, severities, options));
}

function toOpsgenieIncident(
  payload: unknown,
  severities: ReadonlyMap<string, Severity>,
  options: OpsgenieMapOptions,
): IncidentResult {
  const parsed = incidentPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    return toIssues(
      parsed.error,
      describeIncident(payload, OPSGENIE_SOURCE, 'tinyId'),
      'an Opsgenie incident (Incident API v1)',
    );
  }
  const incident = parsed.data;
  const id = recordId({ source: OPSGENIE_SOURCE, key: incident.id });
  const severity = resolveSeverity(severities, [incident.priority]);
  if (!severity) {
    return {
      kind: 'issues',
      issues: [
        {
          record: id,
          path: 'priority',
          message: 'has no severity mapping',
          found: JSON.stringify(incident.priority),
          expected: 'P1 to P5, or a priority named under the source’s severities in sextant.yaml',
        },
      ],
    };
  }
  const { lines: logs, warnings } = parseLogLines(incident.logs, logSchema, {
    record: id,
    field: 'logs',
    line: 'log line',
    expected: 'an Opsgenie incident log line',
  });
  const serviceId = incident.impactedServices[0];
  const service = serviceId ? options.services?.[serviceId] : undefined;
  const resolved = incident.status !== 'open';
  const startedAt = incident.impactStartDate ?? incident.createdAt;
  const resolvedAt = resolved ? (incident.impactEndDate ?? incident.updatedAt ?? undefined) : undefined;
  const pages = readPages(incident, id, options);
  const [acknowledgement] = logs
    .filter(isAcknowledgement)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
  const candidate = {
    source: OPSGENIE_SOURCE,
    key: incident.id,
    title: (incident.message ?? '').trim() || `Opsgenie incident ${incident.tinyId ?? incident.id}`,
    severity,
    status: STATUSES[incident.status],
    ...(service ? { service } : {}),
    startedAt: toIso(startedAt),
    ...(acknowledgement ? { acknowledgedAt: toIso(acknowledgement.createdAt) } : {}),
    ...(resolvedAt ? { resolvedAt: toIso(resolvedAt) } : {}),
    ...(incident.tags.length > 0 ? { category: incident.tags[0] } : {}),
    responders: pages.map((page) => page.actor),
  };
  const checked = checkIncident(candidate, id);
  if (checked.kind === 'issues') return checked;
  return {
    kind: 'incident',
    incident: {
      record: checked.record,
      timeline: toTimeline(id, incident, logs, resolvedAt),
      pages,
      ...(service || !serviceId ? {} : { unmappedService: serviceId }),
    },
    warnings,
  };
}

/** A log line that records someone acknowledging the incident. */
function isAcknowledgement(log: OpsgenieLog): boolean {
  return /\backnowledged\b/i.test(log.log) && !/\bun-?acknowledged\b/i.test(log.log);
}

/**
 * The creation and resolution the incident itself records, then every log line: an acknowledgement as
 * such, the rest as notes.
 */
function toTimeline(
  incidentId: string,
  incident: OpsgenieIncident,
  logs: readonly OpsgenieLog[],
  resolvedAt: string | undefined,
): TimelineEntry[] {
  const entry = (
    key: string,
    at: string,
    kind: TimelineEntry['kind'],
    text: string,
    actor: string | null,
  ) => ({
    id: timelineEntryId(incidentId, key),
    incidentId,
    at: new Date(at),
    kind,
    audience: null,
    actor,
    text,
    source: OPSGENIE_SOURCE,
  });
  const entries: TimelineEntry[] = [
    entry(
      'created',
      incident.createdAt,
      'declared',
      `Incident opened: ${incident.message ?? incident.id}`,
      null,
    ),
  ];
  if (resolvedAt) entries.push(entry('resolved', resolvedAt, 'resolved', 'Incident resolved', null));
  for (const log of logs) {
    const key = `log-${log.offset ?? `${log.createdAt}-${log.log.slice(0, 40)}`}`;
    const kind = isAcknowledgement(log) ? 'acknowledged' : 'note';
    entries.push(entry(key, log.createdAt, kind, log.log, log.owner ?? null));
  }
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function readPages(
  incident: OpsgenieIncident,
  incidentId: string,
  options: OpsgenieMapOptions,
): OncallPage[] {
  const team = incident.responders.find((responder) => responder.type === 'team');
  const teamId = team?.id ?? (incident.ownerTeam || undefined);
  const rotation = teamId ? (team?.name ?? options.teams?.get(teamId) ?? teamId) : null;
  const pages = incident.responders
    .filter((responder) => responder.type === 'user')
    .map(
      (user): OncallPage => ({
        id: pageId(incidentId, 'opsgenie', user.id),
        incidentId,
        source: OPSGENIE_SOURCE,
        system: 'opsgenie',
        actor: user.id,
        actorName: user.name ?? options.users?.get(user.id) ?? null,
        at: new Date(incident.createdAt),
        via: 'responder',
        rotation,
      }),
    );
  return dedupePages(pages);
}
