/**
 * Rituals for the interfaces: the list with each one's next occurrence, the agenda of one week (every
 * ritual that meets that week, in order, with its standing agenda and the pack it needs), and the
 * iCalendar file (RFC 5545) produced through ical-generator. "Now" is an argument; only the loaded
 * workspace is read.
 */
import { TZDate, tzOffset, tzScan } from '@date-fns/tz';
import ical, { ICalEventRepeatingFreq, type ICalRepeatingOptions, ICalWeekday } from 'ical-generator';
import { InputError } from '../domain/errors.js';
import type { Person } from '../domain/person.js';
import { dateSchema } from '../domain/primitives.js';
import {
  describeCadence,
  expandOccurrences,
  nextOccurrence,
  type Occurrence,
  parseDateKey,
  type Ritual,
  type RitualPack,
  weekSpan,
} from '../domain/ritual.js';
import type { LoadedWorkspace } from './context.js';
import type { WorkspaceContext } from './workspace.service.js';

export interface OccurrenceView {
  date: string;
  time: string;
  start: string;
  end: string;
}

export interface RitualView {
  name: string;
  title: string;
  cadence: Ritual['cadence'] & { description: string };
  owner: { ref: string; name: string };
  audience: { kind: string; ref: string; label: string; people: number }[];
  pack: RitualPack;
  agenda: string[];
  notes: string | null;
}

export interface RitualListItem extends RitualView {
  next: OccurrenceView | null;
}

export interface AgendaItem extends RitualView {
  occurrence: OccurrenceView;
}

export interface WeekAgenda {
  /** The Monday starting the week, in the workspace time zone. */
  week: string;
  timezone: string;
  items: AgendaItem[];
  /** The packs the week's rituals need, each once, in the order first needed. */
  packs: RitualPack[];
}

export function listRituals(context: WorkspaceContext, now: Date): RitualListItem[] {
  const present = presenter(context.workspace);
  return context.workspace.rituals.map((ritual) => {
    const next = nextOccurrence(ritual, now);
    return { ...present(ritual), next: next ? toOccurrenceView(next) : null };
  });
}

/** The week holding `week` (any day of it, YYYY-MM-DD), or the current week in the workspace time zone. */
export function ritualAgenda(context: WorkspaceContext, week: string | undefined, now: Date): WeekAgenda {
  const { timezone } = context.workspace.config;
  if (week !== undefined && !dateSchema.safeParse(week).success) {
    throw new InputError('Invalid week', [
      { path: 'week', message: 'not a date', found: JSON.stringify(week), expected: 'a day as YYYY-MM-DD' },
    ]);
  }
  const day = week ?? localDate(now, timezone);
  const span = weekSpan(day, timezone);
  const present = presenter(context.workspace);
  const items = context.workspace.rituals
    .flatMap((ritual) =>
      expandOccurrences(ritual, span.from, span.to).map((occurrence) => ({
        ...present(ritual),
        occurrence: toOccurrenceView(occurrence),
        at: occurrence.start.getTime(),
      })),
    )
    .sort((a, b) => a.at - b.at || a.name.localeCompare(b.name))
    .map(({ at: _at, ...item }) => item);
  const packs = [...new Set(items.map((item) => item.pack).filter((pack) => pack !== 'none'))];
  return { week: span.monday, timezone, items, packs };
}

const WEEKDAY: Record<Ritual['cadence']['day'], ICalWeekday> = {
  monday: ICalWeekday.MO,
  tuesday: ICalWeekday.TU,
  wednesday: ICalWeekday.WE,
  thursday: ICalWeekday.TH,
  friday: ICalWeekday.FR,
  saturday: ICalWeekday.SA,
  sunday: ICalWeekday.SU,
};

/**
 * The rituals as an iCalendar file: one recurring event per ritual, its first occurrence from `starts`
 * (or from the start of the week of `now`) with an RRULE, in its own time zone (TZID) with a VTIMEZONE
 * from the earliest first occurrence (at the latest last year) to ten years ahead. UIDs are the ritual name and the organization, so a calendar that
 * subscribes to the file updates its events instead of duplicating them.
 */
export function ritualsCalendar(context: WorkspaceContext, now: Date): string {
  const { workspace } = context;
  const org = workspace.config.org.slug ?? slugify(workspace.config.org.name);
  const people = new Map(workspace.model.people.map((person) => [person.ref, person]));
  const present = presenter(workspace);
  const thisYear = new TZDate(now.getTime(), workspace.config.timezone).getFullYear();
  // Zones are written when the calendar is turned to text, after every event set the earliest year.
  let fromYear = thisYear - 1;
  const calendar = ical({
    name: `${workspace.config.org.name} rituals`,
    prodId: { company: 'Sextant', product: 'rituals', language: 'EN' },
    // No calendar-wide zone: each event carries its own TZID, and DTSTAMP stays in UTC as RFC 5545 asks.
    timezone: {
      name: null,
      generator: (tz) => buildVtimezone(tz, fromYear, thisYear + 10),
    },
  });
  for (const ritual of workspace.rituals) {
    const { timezone } = ritual.cadence;
    const anchor = weekSpan(ritual.cadence.starts ?? localDate(now, timezone), timezone).from;
    const first = nextOccurrence(ritual, anchor);
    if (!first) continue;
    fromYear = Math.min(fromYear, first.start.getUTCFullYear());
    const view = present(ritual);
    const owner = people.get(ritual.owner);
    const event = calendar.createEvent({
      id: `${ritual.name}@${org}.sextant`,
      start: new TZDate(first.start.getTime(), ritual.cadence.timezone),
      end: new TZDate(first.end.getTime(), ritual.cadence.timezone),
      timezone: ritual.cadence.timezone,
      stamp: now,
      summary: ritual.title,
      description: describe(view),
      repeating: toRepeating(ritual),
    });
    if (owner?.email) event.organizer({ name: owner.displayName, email: owner.email });
  }
  return calendar.toString();
}

function toRepeating(ritual: Ritual): ICalRepeatingOptions {
  const { cadence } = ritual;
  const day = WEEKDAY[cadence.day];
  // The end of the last day, as an instant: with a TZID start, RFC 5545 wants UNTIL in UTC.
  const until = cadence.until ? endOfLocalDay(cadence.until, cadence.timezone) : undefined;
  const base = { byDay: [day], ...(until ? { until } : {}) };
  switch (cadence.every) {
    case 'weekly':
      return { freq: ICalEventRepeatingFreq.WEEKLY, ...base };
    case 'biweekly':
      return { freq: ICalEventRepeatingFreq.WEEKLY, interval: 2, ...base };
    case 'monthly':
      return { freq: ICalEventRepeatingFreq.MONTHLY, bySetPos: [setPosition(cadence.week)], ...base };
    case 'quarterly':
      return {
        freq: ICalEventRepeatingFreq.MONTHLY,
        interval: 3,
        bySetPos: [setPosition(cadence.week)],
        ...base,
      };
  }
}

/** The nth weekday of the month as BYSETPOS: 1 to 4, or -1 for the last. */
function setPosition(week: number | 'last' | null): number {
  return week === 'last' ? -1 : (week ?? 1);
}

function describe(view: RitualView): string {
  const lines = [
    `Owner: ${view.owner.name}`,
    `Audience: ${view.audience.map((member) => member.label).join(', ') || 'not set'}`,
    `Pack: ${view.pack}`,
  ];
  if (view.agenda.length > 0)
    lines.push('Agenda:', ...view.agenda.map((item, index) => `${index + 1}. ${item}`));
  if (view.notes) lines.push('', view.notes);
  return lines.join('\n');
}

/**
 * A VTIMEZONE for `timeZone` covering `fromYear` to `toYear`: the offset in force at the start, then one
 * observance per change the time zone database knows of (DAYLIGHT when the offset grows). Each DTSTART
 * is the local time of the change in the offset before it, as RFC 5545 section 3.6.5 asks.
 */
export function buildVtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const start = new Date(Date.UTC(fromYear, 0, 1));
  const changes = tzScan(timeZone, { start, end: new Date(Date.UTC(toYear + 1, 0, 1)) });
  const initial = tzOffset(timeZone, start);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  const observance = (kind: 'STANDARD' | 'DAYLIGHT', at: Date, from: number, to: number) => {
    const local = new Date(at.getTime() + from * 60_000).toISOString();
    const stamp = `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
    lines.push(`BEGIN:${kind}`, `DTSTART:${stamp}`, `TZOFFSETFROM:${formatOffset(from)}`);
    lines.push(`TZOFFSETTO:${formatOffset(to)}`, `END:${kind}`);
  };
  const standard = Math.min(initial, ...changes.map((change) => change.offset));
  observance(initial > standard ? 'DAYLIGHT' : 'STANDARD', start, initial, initial);
  let offset = initial;
  for (const change of changes) {
    observance(change.offset > standard ? 'DAYLIGHT' : 'STANDARD', change.date, offset, change.offset);
    offset = change.offset;
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}${String(absolute % 60).padStart(2, '0')}`;
}

function toOccurrenceView(occurrence: Occurrence): OccurrenceView {
  return {
    date: occurrence.date,
    time: occurrence.time,
    start: occurrence.start.toISOString(),
    end: occurrence.end.toISOString(),
  };
}

function presenter(workspace: LoadedWorkspace) {
  const people = workspace.model.people;
  const names = new Map(people.map((person) => [person.ref, person.displayName]));
  const teams = new Map(workspace.model.teams.map((team) => [team.ref, team.title]));
  const leadership = findLeadership(people);
  const countFor = (kind: string, ref: string) => {
    if (kind === 'leadership') return leadership.length;
    if (kind === 'person') return 1;
    if (kind === 'team') return people.filter((person) => person.teams.some((t) => t.team === ref)).length;
    return people.filter((person) => person.role.toLowerCase() === ref.toLowerCase()).length;
  };
  return (ritual: Ritual): RitualView => ({
    name: ritual.name,
    title: ritual.title,
    cadence: { ...ritual.cadence, description: describeCadence(ritual.cadence) },
    owner: { ref: ritual.owner, name: names.get(ritual.owner) ?? ritual.owner },
    audience: ritual.audience.map((member) => ({
      kind: member.kind,
      ref: member.ref,
      label:
        member.kind === 'leadership'
          ? 'engineering leadership'
          : member.kind === 'person'
            ? (names.get(member.ref) ?? member.ref)
            : member.kind === 'team'
              ? (teams.get(member.ref) ?? member.ref)
              : member.ref,
      people: countFor(member.kind, member.ref),
    })),
    pack: ritual.pack,
    agenda: ritual.agenda,
    notes: ritual.notes,
  });
}

/**
 * The engineering leadership: the people at the top of the reporting lines (no manager) and those of
 * their direct reports who manage someone themselves.
 */
export function findLeadership(people: readonly Person[]): string[] {
  const managers = new Set(people.flatMap((person) => (person.manager ? [person.manager] : [])));
  const top = people.filter((person) => person.manager === null).map((person) => person.ref);
  const tops = new Set(top);
  const next = people
    .filter((person) => person.manager !== null && tops.has(person.manager) && managers.has(person.ref))
    .map((person) => person.ref);
  return [...top, ...next];
}

/** The first instant after the local day `day` in `timeZone`. */
function endOfLocalDay(day: string, timeZone: string): Date {
  const date = parseDateKey(day);
  const next = new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + 1, timeZone);
  return new Date(next.getTime() - 1000);
}

/** The local date of an instant in `timeZone`, YYYY-MM-DD. */
function localDate(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
