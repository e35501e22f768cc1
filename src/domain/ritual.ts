/**
 * Rituals (model/rituals.yaml): the recurring meetings of the leadership system, each with a cadence, an
 * owner, an audience, the report pack it needs and a standing agenda; and, pure, the dates they fall on.
 *
 * A cadence is local wall-clock time in its time zone: a 10:00 meeting stays at 10:00 across a daylight
 * saving change, so its UTC instant moves. Quarters follow the fiscal year (sextant.yaml
 * `fiscalYearStart`), so "first Monday of the quarter" means the first Monday of a fiscal quarter.
 */
import { TZDate } from '@date-fns/tz';
import { z } from 'zod';
import { durationSchema } from './decision-rights.js';
import { dateSchema, nameSchema, refTextSchema } from './primitives.js';

export const CADENCES = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;
export type CadenceKind = (typeof CADENCES)[number];

/** The report packs a ritual may need; `none` for a meeting that needs no pack. */
export const RITUAL_PACKS = [
  'weekly-staff',
  'ops-review',
  'monthly-exec',
  'quarterly',
  'board',
  'none',
] as const;
export type RitualPack = (typeof RITUAL_PACKS)[number];

export const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const isTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const cadenceSchema = z
  .strictObject({
    every: z.enum(CADENCES),
    day: z.enum(WEEKDAYS),
    /** Monthly and quarterly: which week of the month the day falls in, 1 to 4 or `last` (default 1). */
    week: z.union([z.number().int().min(1).max(4), z.literal('last')]).optional(),
    /** Quarterly: which month of the fiscal quarter, 1 to 3 (default 1). */
    month: z.number().int().min(1).max(3).optional(),
    time: z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'a local time as HH:MM, e.g. "09:30"'),
    /** How long it lasts, e.g. 45m or 1h30m (default 1h). */
    duration: durationSchema.optional(),
    /** IANA time zone; defaults to the workspace `timezone` in sextant.yaml. */
    timezone: z.string().refine(isTimeZone, 'an IANA time zone such as "Europe/Berlin" or "UTC"').optional(),
    /** First day the ritual may happen; a biweekly ritual counts its fortnights from this day's week. */
    starts: dateSchema.optional(),
    /** Last day the ritual may happen. */
    until: dateSchema.optional(),
  })
  .superRefine((cadence, context) => {
    const add = (path: string, message: string) =>
      context.addIssue({ code: 'custom', path: [path], message });
    if (cadence.week !== undefined && (cadence.every === 'weekly' || cadence.every === 'biweekly'))
      add('week', `no "week" for a ${cadence.every} ritual; it is for monthly and quarterly ones`);
    if (cadence.month !== undefined && cadence.every !== 'quarterly')
      add('month', `no "month" for a ${cadence.every} ritual; it is for quarterly ones`);
    if (cadence.every === 'biweekly' && cadence.starts === undefined)
      add('starts', 'a first day (YYYY-MM-DD) for a biweekly ritual, so its fortnights are fixed');
  });

/** An audience: `leadership`, or a party like decision rights have (`team:…`, `person:…`, a role). */
export const audienceSchema = z.string().min(1);

export const ritualSchema = z.strictObject({
  name: nameSchema,
  title: z.string().min(1),
  cadence: cadenceSchema,
  owner: refTextSchema,
  audience: z.array(audienceSchema).default([]),
  pack: z.enum(RITUAL_PACKS).default('none'),
  agenda: z.array(z.string().min(1)).default([]),
  notes: z.string().min(1).optional(),
});
export type RitualSpec = z.output<typeof ritualSchema>;

export interface Cadence {
  every: CadenceKind;
  day: Weekday;
  /** Monthly and quarterly rituals only. */
  week: number | 'last' | null;
  /** Quarterly rituals only: month of the fiscal quarter, 1 to 3. */
  month: number | null;
  time: string;
  durationMinutes: number;
  timezone: string;
  starts: string | null;
  until: string | null;
  /** First month of the fiscal year, 1 to 12: where quarters start. */
  fiscalYearStart: number;
}

export interface AudienceMember {
  kind: 'leadership' | 'role' | 'person' | 'team';
  /** `leadership`, the role name, or the full reference. */
  ref: string;
}

export interface Ritual {
  name: string;
  title: string;
  cadence: Cadence;
  /** Full person reference. */
  owner: string;
  audience: AudienceMember[];
  pack: RitualPack;
  agenda: string[];
  notes: string | null;
}

export interface Occurrence {
  ritual: string;
  start: Date;
  end: Date;
  /** Local date and time in the ritual's time zone. */
  date: string;
  time: string;
}

const DAY_MS = 86_400_000;

/**
 * Every occurrence of `ritual` starting in [from, to), in order. Local dates are walked in the ritual's
 * time zone, one day before and after the window so that no time-zone offset drops one at an edge.
 */
export function expandOccurrences(ritual: Ritual, from: Date, to: Date): Occurrence[] {
  const { cadence } = ritual;
  const [hours = 0, minutes = 0] = cadence.time.split(':').map(Number);
  const first = localDay(from, cadence.timezone) - DAY_MS;
  const last = localDay(to, cadence.timezone) + DAY_MS;
  const occurrences: Occurrence[] = [];
  for (let day = first; day <= last; day += DAY_MS) {
    const date = new Date(day);
    if (!occursOn(cadence, date)) continue;
    const start = new TZDate(
      date.getUTCFullYear(),
      date.getUTCMonth(),
      date.getUTCDate(),
      hours,
      minutes,
      cadence.timezone,
    );
    const at = start.getTime();
    if (at < from.getTime() || at >= to.getTime()) continue;
    occurrences.push({
      ritual: ritual.name,
      start: new Date(at),
      end: new Date(at + cadence.durationMinutes * 60_000),
      date: toDateKey(date),
      time: cadence.time,
    });
  }
  return occurrences;
}

/** The first occurrence starting at or after `now`, within the next 400 days; null when there is none. */
export function nextOccurrence(ritual: Ritual, now: Date): Occurrence | null {
  return expandOccurrences(ritual, now, new Date(now.getTime() + 400 * DAY_MS))[0] ?? null;
}

/** The Monday-to-Monday span, in `timeZone`, of the week holding the local date `day` (YYYY-MM-DD). */
export function weekSpan(day: string, timeZone: string): { monday: string; from: Date; to: Date } {
  const date = parseDateKey(day);
  const back = (date.getUTCDay() + 6) % 7;
  const monday = new Date(date.getTime() - back * DAY_MS);
  const next = new Date(monday.getTime() + 7 * DAY_MS);
  const at = (d: Date) => new TZDate(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), timeZone);
  return {
    monday: toDateKey(monday),
    from: new Date(at(monday).getTime()),
    to: new Date(at(next).getTime()),
  };
}

/** Whether the cadence falls on the calendar date `date` (a UTC midnight standing for a local date). */
export function occursOn(cadence: Cadence, date: Date): boolean {
  const key = toDateKey(date);
  if (cadence.starts !== null && key < cadence.starts) return false;
  if (cadence.until !== null && key > cadence.until) return false;
  if (WEEKDAYS[(date.getUTCDay() + 6) % 7] !== cadence.day) return false;
  switch (cadence.every) {
    case 'weekly':
      return true;
    case 'biweekly': {
      const anchor = parseDateKey(cadence.starts ?? key);
      const weeks = Math.round((mondayOf(date) - mondayOf(anchor)) / (7 * DAY_MS));
      return weeks % 2 === 0;
    }
    case 'monthly':
      return inWeekOfMonth(date, cadence.week ?? 1);
    case 'quarterly': {
      const monthInYear = (date.getUTCMonth() + 12 - (cadence.fiscalYearStart - 1)) % 12;
      return monthInYear % 3 === (cadence.month ?? 1) - 1 && inWeekOfMonth(date, cadence.week ?? 1);
    }
  }
}

function inWeekOfMonth(date: Date, week: number | 'last'): boolean {
  const day = date.getUTCDate();
  if (week === 'last') {
    const daysInMonth = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    return day + 7 > daysInMonth;
  }
  return Math.ceil(day / 7) === week;
}

function mondayOf(date: Date): number {
  return date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY_MS;
}

/** The local calendar date of an instant in `timeZone`, as a UTC midnight. */
function localDay(instant: Date, timeZone: string): number {
  const local = new TZDate(instant.getTime(), timeZone);
  return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
}

export function parseDateKey(day: string): Date {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date));
}

function toDateKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** How often, in words: "every Monday", "first Monday of each month", "last Friday of each quarter". */
export function describeCadence(cadence: Cadence): string {
  const day = cadence.day[0]?.toUpperCase() + cadence.day.slice(1);
  const ordinal = (week: number | 'last' | null) =>
    week === 'last' ? 'last' : (['first', 'second', 'third', 'fourth'][(week ?? 1) - 1] ?? 'first');
  const when = `${cadence.time} ${cadence.timezone}`;
  switch (cadence.every) {
    case 'weekly':
      return `every ${day} at ${when}`;
    case 'biweekly':
      return `every other ${day} at ${when} (from ${cadence.starts})`;
    case 'monthly':
      return `${ordinal(cadence.week)} ${day} of each month at ${when}`;
    case 'quarterly': {
      const month = ['first', 'second', 'third'][(cadence.month ?? 1) - 1] ?? 'first';
      return `${ordinal(cadence.week)} ${day} of the ${month} month of each fiscal quarter at ${when}`;
    }
  }
}
