/**
 * Calendar arithmetic for the demo: instants are epoch milliseconds in UTC; local clocks come from IANA
 * time zones through Intl (daylight saving included), so a Lisbon commit carries +00:00 in January and
 * +01:00 in July, as git would record it.
 */
import { InputError } from '../../domain/errors.js';
import type { Random } from './random.js';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/** The working day the demo schedules review and triage time in, local hours. */
const WORKDAY_START_HOUR = 9;
const WORKDAY_END_HOUR = 18;

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** Epoch milliseconds of `YYYY-MM-DD` at 00:00 UTC. */
export function parseDay(text: string): number {
  const ms = DATE_PATTERN.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || formatDay(ms) !== text) {
    throw new InputError(`asOf "${text}" is not a calendar date; expected YYYY-MM-DD`);
  }
  return ms;
}

export function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(day: string, days: number): string {
  return formatDay(parseDay(day) + days * DAY_MS);
}

/** Calendar dates by day number; formatting instants is the generator's hottest path. */
const dayTexts = new Map<number, string>();

/** An instant as ISO 8601 with seconds, in the given offset (`Z` for UTC). */
export function formatInstant(ms: number, offsetMinutes = 0): string {
  const local = Math.floor(ms / 1000) * 1000 + offsetMinutes * MINUTE_MS;
  const day = Math.floor(local / DAY_MS);
  let date = dayTexts.get(day);
  if (date === undefined) {
    date = formatDay(day * DAY_MS);
    dayTexts.set(day, date);
  }
  const seconds = (local - day * DAY_MS) / 1000;
  const time = `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
  if (offsetMinutes === 0) return `${date}T${time}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${date}T${time}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** ISO weekday of a UTC day start: 1 = Monday … 7 = Sunday. */
export function isoWeekday(dayMs: number): number {
  const day = new Date(dayMs).getUTCDay();
  return day === 0 ? 7 : day;
}

/** The Monday 00:00 UTC of the ISO week holding the given day start. */
export function startOfWeek(dayMs: number): number {
  return dayMs - (isoWeekday(dayMs) - 1) * DAY_MS;
}

export type OffsetLookup = (timeZone: string, ms: number) => number;

/** UTC offset in minutes of a time zone at an instant, cached per zone and UTC day. */
export function createOffsetLookup(): OffsetLookup {
  const zones = new Map<string, { formatter: Intl.DateTimeFormat; days: Map<number, number> }>();
  return (timeZone, ms) => {
    const day = Math.floor(ms / DAY_MS);
    let zone = zones.get(timeZone);
    if (!zone) {
      zone = {
        formatter: new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }),
        days: new Map(),
      };
      zones.set(timeZone, zone);
    }
    const cached = zone.days.get(day);
    if (cached !== undefined) return cached;
    const formatter = zone.formatter;
    // Noon UTC: daylight-saving switches happen at night, so noon gives the offset of the working day.
    const name = formatter
      .formatToParts(new Date(day * DAY_MS + 12 * HOUR_MS))
      .find((p) => p.type === 'timeZoneName');
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name?.value ?? '');
    const offset = match ? (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3])) : 0;
    zone.days.set(day, offset);
    return offset;
  };
}

/** The UTC instant of a local wall-clock time (minutes after local midnight) on a UTC day start. */
export function toUtc(dayMs: number, localMinutes: number, offsetMinutes: number): number {
  return dayMs + (localMinutes - offsetMinutes) * MINUTE_MS;
}

/**
 * A local time of day, in minutes, when engineers actually commit: mostly 9-18 with a lunch dip, a thin
 * tail into the evening and an early bird or two.
 */
const HOUR_WEIGHTS: readonly (readonly [number, number])[] = [
  [7, 1],
  [8, 4],
  [9, 9],
  [10, 12],
  [11, 12],
  [12, 5],
  [13, 8],
  [14, 12],
  [15, 12],
  [16, 11],
  [17, 8],
  [18, 4],
  [19, 2],
  [20, 1.5],
  [21, 1],
  [22, 0.5],
];

export function sampleWorkMinute(random: Random): number {
  return random.pickWeighted(HOUR_WEIGHTS) * 60 + random.nextInt(0, 59);
}

/**
 * Adds working hours (09-18 local, Monday to Friday) to an instant: a review requested on Friday at 17:00
 * with two hours of queue arrives on Monday at 10:00, as it would in an office.
 */
export function addWorkingHours(startMs: number, hours: number, offsetMinutes: number): number {
  let remaining = hours * HOUR_MS;
  let local = startMs + offsetMinutes * MINUTE_MS;
  for (let guard = 0; guard < 5000; guard += 1) {
    const dayStart = Math.floor(local / DAY_MS) * DAY_MS;
    const open = dayStart + WORKDAY_START_HOUR * HOUR_MS;
    const close = dayStart + WORKDAY_END_HOUR * HOUR_MS;
    if (isoWeekday(dayStart) >= 6 || local >= close) {
      local = dayStart + DAY_MS + WORKDAY_START_HOUR * HOUR_MS;
      continue;
    }
    if (local < open) local = open;
    if (remaining <= close - local) return local + remaining - offsetMinutes * MINUTE_MS;
    remaining -= close - local;
    local = dayStart + DAY_MS + WORKDAY_START_HOUR * HOUR_MS;
  }
  return local - offsetMinutes * MINUTE_MS;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
