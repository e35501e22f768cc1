/**
 * On-call health for a window and, optionally, one team. Pages come from two places: those the incident
 * sources reported (PagerDuty assignments and acknowledgements, Opsgenie responders; the `oncall_pages`
 * table), and, for incidents no source reported pages for (imported files, the webhook, the demo), the
 * incident record's commander and responders, paged when the incident started. Each page's person is
 * found through people.yaml identities (DESIGN section 5); a page nobody matches is listed, never
 * assigned. A person's hours are read in the time zone of their `location`, else the workspace's.
 *
 * Shifts the sources reported (PagerDuty on-calls, Opsgenie schedule timelines) give each person's time
 * on call, which their pages per week divide by, and who is on call at `now`. The escalation section
 * lists each source service with its workspace service and policy, flagging the shapes that leave one
 * person holding a service (metrics/oncall/escalation.ts). With a team, only its people and the
 * services it owns are shown.
 */
import { z } from 'zod';
import { InputError, NotFoundError } from '../domain/errors.js';
import type { Person } from '../domain/person.js';
import { dateSchema } from '../domain/primitives.js';
import { type Incident, recordId } from '../domain/records/index.js';
import { toRefString } from '../domain/refs.js';
import { buildIdentityIndex, identitySystemOf, resolveActor } from '../metrics/identities.js';
import { assessEscalation, type ServiceEscalation } from '../metrics/oncall/escalation.js';
import {
  computeOncallHealth,
  type OncallHealth,
  type OncallPerson,
  type ResolvedPage,
} from '../metrics/oncall/health.js';
import { type OncallPage, pageId } from '../metrics/oncall/page.js';
import { listShiftsAt, type OncallShift } from '../metrics/oncall/shift.js';
import { resolveLocationTimeZone } from '../metrics/oncall/time-zone.js';
import { listEscalationPolicies, listOncallServices } from '../store/escalation.repo.js';
import { queryRecords } from '../store/index.js';
import { listPagedIncidentIds, listPages, listShifts } from '../store/oncall.repo.js';
import type { AppContext } from './context.js';
import { resolveWindow } from './metrics/query.js';
import { listOwnedServices } from './team-filter.js';

export const oncallQuerySchema = z.strictObject({
  team: z.string().min(1).optional(),
  from: dateSchema.optional(),
  to: dateSchema.optional(),
});

export type { EscalationRisk } from '../metrics/oncall/escalation.js';

export interface OncallReport {
  window: { from: string; to: string };
  timeZone: string;
  team: string | null;
  /** Where the pages came from: reported by a source, or read from incident records' responders. */
  pageOrigins: { sources: number; records: number };
  health: OncallHealth;
  /** Who holds a shift at `at`, as last synced from the sources. */
  onCallNow: { at: string; shifts: OnCallNow[] };
  /** Each source service with its escalation policy and the risks in its shape. */
  escalation: ServiceEscalation[];
}

export interface OnCallNow {
  person: string | null;
  system: string;
  actor: string;
  actorName: string | null;
  rotation: string;
  level: string | null;
  until: string;
}

export async function computeOncallReport(
  context: AppContext,
  input: unknown,
  now: Date,
): Promise<OncallReport> {
  const query = parseOncallQuery(input);
  const timeZone = context.workspace.config.timezone;
  const window = resolveWindow(query, now, timeZone);
  const team = query.team ? findTeam(context, query.team) : null;

  const stored = await listPages(context.store, window);
  const shifts = await listShifts(context.store, {
    from: new Date(Math.min(window.from.getTime(), now.getTime())),
    to: new Date(Math.max(window.to.getTime(), now.getTime() + 1)),
  });
  const incidents = await queryRecords(context.store, 'incident', { from: window.from, to: window.to });
  const reported = await listPagedIncidentIds(context.store, incidents.map(recordId));
  const fromRecords = incidents
    .filter((incident) => !reported.has(recordId(incident)))
    .flatMap(toRecordPages);

  const { people } = context.workspace.model;
  const index = buildIdentityIndex(people);
  const resolve = (page: OncallPage): ResolvedPage => {
    const resolution = resolveActorOrName(index, page);
    return {
      pageId: page.id,
      incidentId: page.incidentId,
      at: page.at,
      rotation: page.rotation,
      person: resolution,
      system: page.system,
      actor: page.actor,
      actorName: page.actorName,
    };
  };
  let keep = (_resolved: { person: string | null }) => true;
  if (team) {
    const members = new Set(
      people.filter((person) => person.teams.some((t) => t.team === team)).map((p) => p.ref),
    );
    keep = (resolved) => resolved.person === null || members.has(resolved.person);
  }
  const sourcePages = stored.map(resolve).filter(keep);
  const recordPages = fromRecords.map(resolve).filter(keep);
  const resolvedShifts = shifts
    .map((shift) => ({ ...shift, person: resolveActorOrName(index, shift) }))
    .filter(keep);
  return {
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
    timeZone,
    team,
    pageOrigins: { sources: sourcePages.length, records: recordPages.length },
    health: computeOncallHealth({
      window,
      pages: [...sourcePages, ...recordPages],
      shifts: resolvedShifts,
      people: describePeople(people, timeZone),
    }),
    onCallNow: {
      at: now.toISOString(),
      shifts: listShiftsAt(resolvedShifts, now).map((shift) => ({
        person: shift.person,
        system: shift.system,
        actor: shift.actor,
        actorName: shift.actorName,
        rotation: shift.rotation,
        level: shift.level,
        until: shift.endsAt.toISOString(),
      })),
    },
    escalation: await describeEscalation(context, team),
  };
}

/** The source services (with a team: only those mapped to a workspace service it owns) and their risks. */
async function describeEscalation(context: AppContext, team: string | null): Promise<ServiceEscalation[]> {
  const services = await listOncallServices(context.store);
  const owned = team ? listOwnedServices(context.workspace, team) : new Set<string>();
  const shown = team ? services.filter((service) => service.service && owned.has(service.service)) : services;
  return assessEscalation(shown, await listEscalationPolicies(context.store));
}

/** The commander and the responders of an incident no source reported pages for, paged at its start. */
function toRecordPages(incident: Incident): OncallPage[] {
  const id = recordId(incident);
  const system = identitySystemOf(incident.source, 'incident');
  const actors = [...new Set([...(incident.commander ? [incident.commander] : []), ...incident.responders])];
  return actors.map((actor) => ({
    id: pageId(id, system, actor),
    incidentId: id,
    source: incident.source,
    system,
    actor,
    actorName: null,
    at: new Date(incident.startedAt),
    via: 'responder',
    rotation: null,
  }));
}

/**
 * The person a page's actor id names; for Opsgenie, whose people.yaml identity may be the user name (an
 * e-mail address) rather than the user id, the name is tried too. Ambiguous matches count as unmatched.
 */
function resolveActorOrName(
  index: ReturnType<typeof buildIdentityIndex>,
  page: Pick<OncallPage | OncallShift, 'system' | 'actor' | 'actorName'>,
): string | null {
  const system = page.system as Parameters<typeof resolveActor>[1]['system'];
  const byId = resolveActor(index, { system, id: page.actor });
  if (byId.kind === 'person') return byId.person;
  if (page.system === 'opsgenie' && page.actorName) {
    const byName = resolveActor(index, { system, id: page.actorName });
    if (byName.kind === 'person') return byName.person;
  }
  return null;
}

function describePeople(people: readonly Person[], workspaceZone: string): Map<string, OncallPerson> {
  return new Map(
    people.map((person) => {
      const main = [...person.teams].sort((a, b) => b.allocation - a.allocation)[0];
      return [
        person.ref,
        {
          ref: person.ref,
          timeZone: resolveLocationTimeZone(person.location) ?? workspaceZone,
          team: main?.team ?? null,
        },
      ];
    }),
  );
}

function findTeam(context: AppContext, name: string): string {
  let ref: string;
  try {
    ref = toRefString(name, 'team');
  } catch (error) {
    throw new InputError('Invalid team', [
      { path: 'team', message: (error as Error).message, found: JSON.stringify(name) },
    ]);
  }
  const known = context.workspace.model.teams.map((team) => team.ref);
  if (!known.includes(ref))
    throw new NotFoundError(`No team ${ref} in the workspace; known: ${known.join(', ') || 'none'}`);
  return ref;
}

function parseOncallQuery(input: unknown): z.output<typeof oncallQuerySchema> {
  const result = oncallQuerySchema.safeParse(input);
  if (result.success) return result.data;
  throw new InputError(
    'Invalid on-call query',
    result.error.issues.map((issue) => ({
      path: issue.path.join('.') || String((issue as { keys?: string[] }).keys ?? ''),
      message: issue.message,
      found: JSON.stringify((input as Record<string, unknown>)?.[String(issue.path[0])]),
      expected: 'team, from (YYYY-MM-DD), to (YYYY-MM-DD)',
    })),
  );
}
