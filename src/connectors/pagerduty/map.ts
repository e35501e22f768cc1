/**
 * Pure mapping of PagerDuty incidents (each with its log entries) to incident records, timeline entries
 * and pages. An incident that does not meet its contract is reported against its id and skipped; a log
 * entry that does not is a warning and only that entry is left out.
 *
 * Status: triggered → declared, acknowledged → investigating, resolved → resolved. Acknowledged at: the
 * first acknowledgement, from the log or the incident's `acknowledgements`. Resolved at: `resolved_at`,
 * else the last resolve log entry, else the last status change of a resolved incident. Severity: see
 * severity.ts. Service: the workspace service the source maps the PagerDuty service to (by id or name);
 * unmapped, the record has none and the run lists the PagerDuty service.
 *
 * Pages: everyone assigned, acknowledging, or notified (when the log names the user) is paged once per
 * incident, at the first of those times, through the incident's escalation policy. Notifications are not
 * timeline entries: a page repeats them every few minutes and they would bury what people did.
 */
import { type TimelineEntry, type TimelineKind, timelineEntryId } from '../../domain/incident-lifecycle.js';
import { recordId, type Severity } from '../../domain/records/index.js';
import { dedupePages, type OncallPage, type PageVia, pageId } from '../../metrics/oncall/page.js';
import {
  checkIncident,
  collectIncidents,
  describeIncident,
  type IncidentResult,
  type MappedIncident,
  type MappedIncidents,
  parseLogLines,
  toIso,
  toIssues,
} from '../incidents/mapped.js';
import {
  incidentPayloadSchema,
  logEntrySchema,
  type PagerDutyIncident,
  type PagerDutyLogEntry,
} from './payload.js';
import { buildSeverityMap, DEFAULT_PAGERDUTY_SEVERITIES, resolveSeverity } from './severity.js';

export const PAGERDUTY_SOURCE = 'pagerduty';

export interface PagerDutyMapOptions {
  /** Overrides of the default severity reading, by priority name or urgency. */
  severities?: Readonly<Record<string, Severity>> | undefined;
  /** Workspace service per PagerDuty service id or name. */
  services?: Readonly<Record<string, string>> | undefined;
}

export type { MappedIncident, MappedIncidents } from '../incidents/mapped.js';

const TIMELINE_KINDS: Record<string, TimelineKind> = {
  trigger_log_entry: 'declared',
  acknowledge_log_entry: 'acknowledged',
  unacknowledge_log_entry: 'status',
  resolve_log_entry: 'resolved',
  escalate_log_entry: 'escalated',
  assign_log_entry: 'escalated',
  delegate_log_entry: 'escalated',
  reassign_log_entry: 'escalated',
  annotate_log_entry: 'note',
  status_update_log_entry: 'update',
};

const STATUSES = { triggered: 'declared', acknowledged: 'investigating', resolved: 'resolved' } as const;

export function toPagerDutyIncidents(
  payloads: readonly unknown[],
  options: PagerDutyMapOptions = {},
): MappedIncidents {
  const severities = buildSeverityMap(DEFAULT_PAGERDUTY_SEVERITIES, options.severities);
  return collectIncidents(payloads, (payload) =>
    toPagerDutyIncident(payload, severities, options.services ?? {}),
  );
}

function toPagerDutyIncident(
  payload: unknown,
  severities: ReadonlyMap<string, Severity>,
  services: Readonly<Record<string, string>>,
): IncidentResult {
  const parsed = incidentPayloadSchema.safeParse(payload);
  if (!parsed.success) {
    return toIssues(
      parsed.error,
      describeIncident(payload, PAGERDUTY_SOURCE, 'incident_number'),
      'a PagerDuty incident (REST API v2)',
    );
  }
  const incident = parsed.data;
  const id = recordId({ source: PAGERDUTY_SOURCE, key: incident.id });
  const { lines: entries, warnings } = parseLogLines(incident.log_entries, logEntrySchema, {
    record: id,
    field: 'log_entries',
    line: 'log entry',
    expected: 'a PagerDuty log entry',
  });
  // The log may come newest first; entries of the same second keep the order they happened in.
  const first = entries[0];
  const last = entries.at(-1);
  if (first && last && Date.parse(first.created_at) > Date.parse(last.created_at)) entries.reverse();
  entries.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at));

  const priorityName = incident.priority?.name ?? incident.priority?.summary;
  const severity = resolveSeverity(severities, [priorityName, incident.urgency]);
  if (!severity) {
    return {
      kind: 'issues',
      issues: [
        {
          record: id,
          path: priorityName ? 'priority' : 'urgency',
          message: 'has no severity mapping',
          found: JSON.stringify(priorityName ?? incident.urgency ?? null),
          expected: 'a priority or urgency named under the source’s severities in sextant.yaml',
        },
      ],
    };
  }
  const service =
    services[incident.service.id] ??
    (incident.service.summary ? services[incident.service.summary] : undefined);
  const pages = readPages(incident, entries, id);
  const candidate = {
    source: PAGERDUTY_SOURCE,
    key: incident.id,
    title:
      (incident.title ?? incident.summary ?? '').trim() ||
      `PagerDuty incident ${incident.incident_number ?? incident.id}`,
    severity,
    status: STATUSES[incident.status],
    ...(service ? { service } : {}),
    startedAt: toIso(incident.created_at),
    ...optionalInstant('acknowledgedAt', firstAcknowledgement(incident, entries)),
    ...optionalInstant('resolvedAt', resolvedAt(incident, entries)),
    responders: pages.map((page) => page.actor),
  };
  const checked = checkIncident(candidate, id);
  if (checked.kind === 'issues') return checked;
  const mappedIncident: MappedIncident = {
    record: checked.record,
    timeline: entries.flatMap((entry) => toTimelineEntry(id, entry)),
    pages,
    ...(service
      ? {}
      : { unmappedService: `${incident.service.id} (${incident.service.summary ?? 'unnamed'})` }),
  };
  return { kind: 'incident', incident: mappedIncident, warnings };
}

function toTimelineEntry(incidentId: string, entry: PagerDutyLogEntry): TimelineEntry[] {
  if (entry.type === 'notify_log_entry') return [];
  const kind = TIMELINE_KINDS[entry.type] ?? 'note';
  const text =
    (kind === 'update' ? entry.message : undefined) ??
    (kind === 'note' && entry.channel?.type === 'note' ? entry.channel.summary : undefined) ??
    entry.summary ??
    entry.type.replace(/_log_entry$/, '').replaceAll('_', ' ');
  return [
    {
      id: timelineEntryId(incidentId, entry.id),
      incidentId,
      at: new Date(entry.created_at),
      kind,
      audience: kind === 'update' ? 'internal' : null,
      actor: entry.agent?.type === 'user_reference' ? entry.agent.id : null,
      text,
      source: PAGERDUTY_SOURCE,
    },
  ];
}

function readPages(
  incident: PagerDutyIncident,
  entries: readonly PagerDutyLogEntry[],
  incidentId: string,
): OncallPage[] {
  const rotation = incident.escalation_policy?.summary ?? null;
  const page = (
    user: { id: string; summary?: string | null | undefined },
    at: string,
    via: PageVia,
  ): OncallPage => ({
    id: pageId(incidentId, 'pagerduty', user.id),
    incidentId,
    source: PAGERDUTY_SOURCE,
    system: 'pagerduty',
    actor: user.id,
    actorName: user.summary ?? null,
    at: new Date(at),
    via,
    rotation,
  });
  const pages: OncallPage[] = [
    ...incident.assignments.map((assignment) => page(assignment.assignee, assignment.at, 'assignment')),
    ...incident.acknowledgements.map((ack) => page(ack.acknowledger, ack.at, 'acknowledgement')),
  ];
  for (const entry of entries) {
    if (entry.type === 'notify_log_entry' && entry.user)
      pages.push(page(entry.user, entry.created_at, 'notification'));
    if (entry.type === 'assign_log_entry')
      for (const assignee of entry.assignees ?? [])
        pages.push(page(assignee, entry.created_at, 'assignment'));
    if (entry.type === 'acknowledge_log_entry' && entry.agent?.type === 'user_reference')
      pages.push(page(entry.agent, entry.created_at, 'acknowledgement'));
  }
  return dedupePages(pages).sort((a, b) => a.at.getTime() - b.at.getTime() || a.actor.localeCompare(b.actor));
}

function firstAcknowledgement(
  incident: PagerDutyIncident,
  entries: readonly PagerDutyLogEntry[],
): string | undefined {
  const times = [
    ...incident.acknowledgements.map((ack) => ack.at),
    ...entries.filter((entry) => entry.type === 'acknowledge_log_entry').map((entry) => entry.created_at),
  ];
  return earliest(times);
}

function resolvedAt(incident: PagerDutyIncident, entries: readonly PagerDutyLogEntry[]): string | undefined {
  if (incident.status !== 'resolved') return undefined;
  if (incident.resolved_at) return incident.resolved_at;
  const resolves = entries.filter((entry) => entry.type === 'resolve_log_entry');
  return resolves.at(-1)?.created_at ?? incident.last_status_change_at ?? undefined;
}

function earliest(times: readonly string[]): string | undefined {
  return [...times].sort((a, b) => Date.parse(a) - Date.parse(b))[0];
}

function optionalInstant<K extends string>(name: K, instant: string | undefined): Partial<Record<K, string>> {
  return instant ? ({ [name]: toIso(instant) } as Record<K, string>) : {};
}
