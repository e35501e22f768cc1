/**
 * Declaring, updating and resolving Sextant's own incidents. Each call is one transaction: the incident
 * record (through the records upsert, with an ingest run so metrics and attribution see the change), its
 * timeline entries and its role spans are all written, or none is. Incidents imported from another
 * source are that source's to change; Sextant refuses to edit them.
 */

import { ConflictError, InputError, NotAllowedError, NotFoundError } from '../domain/errors.js';
import {
  checkEntryTime,
  checkTransition,
  findRoleHolders,
  type IncidentRole,
  type IncidentStatus,
  type RoleAssignment,
  type TimelineEntry,
  type TimelineKind,
  timelineEntryId,
} from '../domain/incident-lifecycle.js';
import { type Incident, incidentSchema, SEVERITIES } from '../domain/records/incident.js';
import {
  assignRole,
  findIncident,
  listRoles,
  listTimeline,
  lockIncidentWrites,
  readLastIncidentNumber,
  upsertTimelineEntries,
} from '../store/incident-lifecycle.repo.js';
import { recordIngestRun, type StoreSession, upsertRecords } from '../store/index.js';
import type { AppContext } from './context.js';
import {
  openIncidentSchema,
  parseIncidentInput,
  resolveIncidentSchema,
  type UpdateIncidentInput,
  updateIncidentSchema,
} from './incidents-input.js';
import { resolveDeclaredRef, SEXTANT_SOURCE, toIncidentId } from './incidents-refs.js';

/** How far ahead of the clock an entry may be stamped (clocks differ a little between machines). */
const CLOCK_SKEW_MS = 60_000;

/** Declares a new incident `INC-<n>`; returns its record id. */
export async function openIncident(context: AppContext, input: unknown, now: Date): Promise<string> {
  const parsed = parseIncidentInput(openIncidentSchema, input, 'incident');
  const { model } = context.workspace;
  const service = parsed.service
    ? resolveDeclaredRef(model, 'service', parsed.service, 'service')
    : undefined;
  const commander = parsed.commander
    ? resolveDeclaredRef(model, 'person', parsed.commander, 'commander')
    : undefined;
  const at = resolveAt(parsed.at, now);
  return context.store.transaction(async (tx) => {
    await lockIncidentWrites(tx, 'numbering');
    const key = `INC-${(await readLastIncidentNumber(tx, SEXTANT_SOURCE)) + 1}`;
    const id = `${SEXTANT_SOURCE}:${key}`;
    const record = incidentSchema.parse({
      source: SEXTANT_SOURCE,
      key,
      title: parsed.title,
      severity: parsed.severity,
      status: 'declared',
      startedAt: at.toISOString(),
      ...(service ? { service } : {}),
      ...(commander ? { commander } : {}),
      responders: [],
    });
    const entries = [entry(id, 1, at, 'declared', `Declared ${parsed.severity}: ${parsed.title}`)];
    if (commander) {
      entries.push(entry(id, 2, at, 'role', `commander: ${commander}`, { actor: commander }));
      await assignRole(tx, id, 'commander', commander, at);
    }
    await writeRecord(tx, record, now);
    await upsertTimelineEntries(tx, entries);
    return id;
  });
}

/** Records a status move, a note or update, role changes, a severity change or an acknowledgement. */
export async function updateIncident(context: AppContext, idText: string, input: unknown, now: Date) {
  const parsed = parseIncidentInput(updateIncidentSchema, input, 'incident update');
  return applyChange(context, toIncidentId(idText), parsed, now);
}

/** Moves the incident to resolved, with its root cause when known. */
export async function resolveIncident(context: AppContext, idText: string, input: unknown, now: Date) {
  const parsed = parseIncidentInput(resolveIncidentSchema, input, 'incident resolution');
  return applyChange(
    context,
    toIncidentId(idText),
    {
      status: 'resolved',
      ...(parsed.note ? { note: parsed.note } : {}),
      ...(parsed.at ? { at: parsed.at } : {}),
    },
    now,
    parsed.rootCause,
  );
}

async function applyChange(
  context: AppContext,
  id: string,
  change: UpdateIncidentInput,
  now: Date,
  rootCause?: string,
): Promise<string> {
  const { model } = context.workspace;
  const roleChanges = Object.entries(change.roles ?? {}).map(([role, person]) => ({
    role: role as IncidentRole,
    person: resolveDeclaredRef(model, 'person', person as string, `roles.${role}`),
  }));
  const at = resolveAt(change.at, now);
  return context.store.transaction(async (tx) => {
    await lockIncidentWrites(tx, id);
    const incident = await findIncident(tx, id);
    if (!incident)
      throw new NotFoundError(`No incident ${id}; \`sextant incidents list\` shows the ones there are`);
    if (incident.source !== SEXTANT_SOURCE) {
      throw new NotAllowedError(
        `${id} was imported from ${incident.source}; change it there, Sextant records only the incidents it declared`,
      );
    }
    assertOpenFor(incident, change);
    const timeline = await listTimeline(tx, id);
    let roles = await listRoles(tx, id);
    const declaredAt = new Date(incident.startedAt);
    const next: Incident = { ...incident };
    const entries: TimelineEntry[] = [];
    const add = (kind: TimelineKind, text: string, extra: Partial<TimelineEntry> = {}) => {
      const check = checkEntryTime(declaredAt, [...timeline, ...entries], at, kind);
      if (!check.ok)
        throw new InputError(`Cannot record this on ${id}`, [{ path: 'at', message: check.reason }]);
      entries.push(entry(id, timeline.length + entries.length + 1, at, kind, text, extra));
    };

    if (change.acknowledge && !incident.acknowledgedAt) {
      next.acknowledgedAt = at.toISOString();
      add('acknowledged', 'Acknowledged');
    }
    if (change.severity && change.severity !== incident.severity) {
      const raised = SEVERITIES.indexOf(change.severity) < SEVERITIES.indexOf(incident.severity);
      add(raised ? 'escalated' : 'note', `Severity ${incident.severity} → ${change.severity}`);
      next.severity = change.severity;
    }
    for (const { role, person } of roleChanges) {
      if (findRoleHolders(roles, at)[role] === person) continue;
      add('role', `${role}: ${person}`, { actor: person });
      await assignRole(tx, id, role, person, at);
      roles = await listRoles(tx, id);
    }
    if (change.status) applyStatus(next, change.status, at, add, rootCause);
    if (change.note) {
      if (change.audience) add('update', change.note, { audience: change.audience });
      else add('note', change.note);
    }
    if (entries.length === 0) {
      throw new ConflictError(`Nothing changed on ${id}: it already has what the update asks for`);
    }
    Object.assign(next, summarizeRoles(roles, incident));
    await writeRecord(tx, incidentSchema.parse(next), now);
    await upsertTimelineEntries(tx, entries);
    return id;
  });
}

/** A closed incident takes no more updates; the one move left to a resolved incident is to reviewed. */
function assertOpenFor(incident: Incident, change: UpdateIncidentInput): void {
  const status = incident.status as IncidentStatus;
  if (status !== 'resolved' && status !== 'reviewed') return;
  const onlyReview =
    change.status === 'reviewed' &&
    !change.severity &&
    !change.acknowledge &&
    !change.audience &&
    !change.roles;
  if (status === 'resolved' && onlyReview) return;
  const left = status === 'resolved' ? 'the only change left is --status reviewed' : 'it is final';
  throw new ConflictError(
    `${incident.source}:${incident.key} is ${status} and takes no more updates; ${left}`,
  );
}

function applyStatus(
  next: Incident,
  status: IncidentStatus,
  at: Date,
  add: (kind: TimelineKind, text: string) => void,
  rootCause: string | undefined,
): void {
  const check = checkTransition(next.status as IncidentStatus, status);
  if (!check.ok) throw new ConflictError(check.reason);
  const stamp = at.toISOString();
  if (status !== 'reviewed') next.acknowledgedAt ??= stamp;
  if (status === 'mitigated' || status === 'resolved') next.mitigatedAt ??= stamp;
  if (status === 'resolved') {
    next.resolvedAt = stamp;
    if (rootCause) next.rootCause = rootCause;
  }
  add(
    status === 'resolved' ? 'resolved' : 'status',
    `${next.status} → ${status}${rootCause ? ` (root cause: ${rootCause})` : ''}`,
  );
  next.status = status;
}

/** The record's `commander` is whoever holds the role now; `responders` everyone else who held a role. */
function summarizeRoles(
  roles: readonly RoleAssignment[],
  incident: Incident,
): Pick<Incident, 'commander' | 'responders'> {
  if (roles.length === 0) return { commander: incident.commander, responders: incident.responders };
  const open = roles.filter((span) => span.until === null);
  const commander = open.find((span) => span.role === 'commander')?.person;
  const responders = [...new Set(roles.map((span) => span.person))].filter((person) => person !== commander);
  return { commander, responders };
}

function resolveAt(text: string | undefined, now: Date): Date {
  if (!text) return now;
  const at = new Date(text);
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    throw new InputError('An incident entry cannot be in the future', [
      {
        path: 'at',
        message: 'the time is later than now',
        found: text,
        expected: `at most ${now.toISOString()}`,
      },
    ]);
  }
  return at;
}

function entry(
  incidentId: string,
  sequence: number,
  at: Date,
  kind: TimelineKind,
  text: string,
  extra: Partial<TimelineEntry> = {},
): TimelineEntry {
  return {
    id: timelineEntryId(incidentId, String(sequence).padStart(4, '0')),
    incidentId,
    at,
    kind,
    audience: null,
    actor: null,
    text,
    source: SEXTANT_SOURCE,
    ...extra,
  };
}

async function writeRecord(tx: StoreSession, record: Incident, now: Date): Promise<void> {
  const counts = await upsertRecords(tx, 'incident', [record]);
  await recordIngestRun(tx, {
    source: SEXTANT_SOURCE,
    type: 'incident',
    file: null,
    read: 1,
    ...counts,
    startedAt: now,
    finishedAt: now,
  });
}
