/**
 * Report periods: `2026-W47` (ISO week, Monday to Sunday), `2026-11` (calendar month), `2026-Q4` (fiscal
 * quarter, see domain/okr-quarter.ts) and `FROM..TO` (any run of local days). Each comes with the period
 * of the same length just before it, so every report can compare with the previous one. Days are local
 * calendar dates in the workspace time zone; "now" is an argument. Pure.
 */
import { daysBetween, shiftDayKey } from '../domain/day-keys.js';
import { InputError } from '../domain/errors.js';
import { quarterOf, quarterSpan } from '../domain/okr-quarter.js';
import type { ReportPeriod } from './document.js';

export type PeriodGrain = 'week' | 'month' | 'quarter';

interface Span {
  label: string;
  from: string;
  to: string;
}

const WEEK = /^(\d{4})-W(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const RANGE = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/;

/** Parses a period as a user writes it; throws InputError naming the accepted forms. */
export function parsePeriod(text: string, fiscalYearStart: number): ReportPeriod {
  const trimmed = text.trim();
  const span = parseSpan(trimmed, fiscalYearStart);
  if (!span) {
    throw new InputError('Invalid period', [
      {
        path: 'period',
        message: 'not a period',
        found: JSON.stringify(text),
        expected: '2026-W47, 2026-11, 2026-Q4 or 2026-09-01..2026-11-29',
      },
    ]);
  }
  return { ...span, previous: previousSpan(span, fiscalYearStart) };
}

/** The grain a period label is written in, or null for a `FROM..TO` range. */
export function grainOf(label: string): PeriodGrain | null {
  if (WEEK.test(label)) return 'week';
  if (MONTH.test(label)) return 'month';
  if (QUARTER.test(label)) return 'quarter';
  return null;
}

/** The last complete week, month or fiscal quarter before `today` (a local day, `YYYY-MM-DD`). */
export function defaultPeriod(grain: PeriodGrain, today: string, fiscalYearStart: number): ReportPeriod {
  const label =
    grain === 'week'
      ? weekLabel(shiftDayKey(mondayOf(today), -7))
      : grain === 'month'
        ? monthLabel(shiftDayKey(`${today.slice(0, 7)}-01`, -1))
        : quarterOf(
            shiftDayKey(quarterSpan(quarterOf(today, fiscalYearStart), fiscalYearStart).from, -1),
            fiscalYearStart,
          );
  return parsePeriod(label, fiscalYearStart);
}

/** The `count` periods of the grain ending with the one holding `lastDay`, oldest first (for trends). */
export function listPeriods(
  grain: PeriodGrain,
  lastDay: string,
  count: number,
  fiscalYearStart: number,
): Span[] {
  const spans: Span[] = [];
  let label =
    grain === 'week'
      ? weekLabel(mondayOf(lastDay))
      : grain === 'month'
        ? monthLabel(lastDay)
        : quarterOf(lastDay, fiscalYearStart);
  for (let index = 0; index < count; index++) {
    const span = parseSpan(label, fiscalYearStart) as Span;
    spans.unshift(span);
    label = previousSpan(span, fiscalYearStart).label;
  }
  return spans;
}

function parseSpan(text: string, fiscalYearStart: number): Span | null {
  const week = WEEK.exec(text);
  if (week) {
    const number = Number(week[2]);
    if (number < 1 || number > weeksInIsoYear(Number(week[1]))) return null;
    const from = shiftDayKey(firstIsoMonday(Number(week[1])), (number - 1) * 7);
    return { label: text, from, to: shiftDayKey(from, 6) };
  }
  const month = MONTH.exec(text);
  if (month) {
    const number = Number(month[2]);
    if (number < 1 || number > 12) return null;
    const from = `${text}-01`;
    return { label: text, from, to: shiftDayKey(nextMonthStart(from), -1) };
  }
  if (QUARTER.test(text)) {
    const span = quarterSpan(text, fiscalYearStart);
    return { label: text, from: span.from, to: span.to };
  }
  const range = RANGE.exec(text);
  if (range) {
    const [from, to] = [range[1] as string, range[2] as string];
    if (!isDay(from) || !isDay(to) || to < from) return null;
    return { label: text, from, to };
  }
  return null;
}

function previousSpan(span: Span, fiscalYearStart: number): Span {
  const grain = grainOf(span.label);
  if (grain === 'week') {
    const from = shiftDayKey(span.from, -7);
    return { label: weekLabel(from), from, to: shiftDayKey(span.from, -1) };
  }
  if (grain === 'month') {
    const to = shiftDayKey(span.from, -1);
    return { label: monthLabel(to), from: `${to.slice(0, 7)}-01`, to };
  }
  if (grain === 'quarter') {
    const label = quarterOf(shiftDayKey(span.from, -1), fiscalYearStart);
    const previous = quarterSpan(label, fiscalYearStart);
    return { label, from: previous.from, to: previous.to };
  }
  const days = daysBetween(span.from, span.to) + 1;
  const from = shiftDayKey(span.from, -days);
  const to = shiftDayKey(span.from, -1);
  return { label: `${from}..${to}`, from, to };
}

/** The ISO week label (`2026-W47`) of the week starting on Monday `monday`. */
function weekLabel(monday: string): string {
  // The ISO year is the year of the week's Thursday.
  const thursday = shiftDayKey(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor(daysBetween(firstIsoMonday(year), monday) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function monthLabel(day: string): string {
  return day.slice(0, 7);
}

/** The Monday of ISO week 1: the week holding 4 January. */
function firstIsoMonday(year: number): string {
  return mondayOf(`${year}-01-04`);
}

function mondayOf(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return shiftDayKey(day, -((weekday + 6) % 7));
}

function weeksInIsoYear(year: number): number {
  return daysBetween(firstIsoMonday(year), firstIsoMonday(year + 1)) / 7;
}

function nextMonthStart(first: string): string {
  const [year, month] = first.split('-').map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
}

function isDay(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return Number.isFinite(time) && new Date(time).toISOString().slice(0, 10) === text;
}
