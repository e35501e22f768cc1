/**
 * The twelve months the demo's observed data covers, and the calendar habits every activity generator
 * shares: people work from their start date, take holiday weeks and slow down over the year-end break.
 */
import type { DemoPerson } from './people.js';
import { DAY_MS, HOUR_MS, parseDay } from './time.js';

export interface DemoWindow {
  asOf: string;
  /** 00:00 UTC of the first day (asOf minus 364 days). */
  startMs: number;
  /**
   * Exclusive end: asOf at 21:00 UTC. Still asOf in every zone the demo's people live in (Berlin is at
   * most +02:00, Toronto at least -05:00), so no instant reads as a later day anywhere.
   */
  endMs: number;
  days: number;
  weeks: number;
}

export const WINDOW_DAYS = 365;

export function buildWindow(asOf: string): DemoWindow {
  const asOfMs = parseDay(asOf);
  const startMs = asOfMs - (WINDOW_DAYS - 1) * DAY_MS;
  return {
    asOf,
    startMs,
    endMs: asOfMs + 21 * HOUR_MS,
    days: WINDOW_DAYS,
    weeks: Math.ceil(WINDOW_DAYS / 7),
  };
}

/** Day starts of every day in the window, oldest first. */
export function listDays(window: DemoWindow): number[] {
  return Array.from({ length: window.days }, (_, index) => window.startMs + index * DAY_MS);
}

const startDays = new Map<string, number>();

/** Whether the person is employed and not on holiday that day. */
export function isAtWork(person: DemoPerson, dayMs: number, window: DemoWindow): boolean {
  let start = startDays.get(person.startDate);
  if (start === undefined) {
    start = parseDay(person.startDate);
    startDays.set(person.startDate, start);
  }
  if (dayMs < start || !isEmployed(person, dayMs)) return false;
  const week = Math.floor((dayMs - window.startMs) / (7 * DAY_MS));
  return !person.holidayWeeks.includes(week);
}

/** Whether the person had not yet left at `ms` (they work through their end date). */
export function isEmployed(person: DemoPerson, ms: number): boolean {
  return person.endDate === undefined || ms < parseDay(person.endDate) + DAY_MS;
}

/** Share of normal activity on a day: the year-end break and August are quiet. */
export function measureSeason(dayMs: number): number {
  const date = new Date(dayMs);
  const month = date.getUTCMonth() + 1;
  const day = date.getUTCDate();
  if ((month === 12 && day >= 23) || (month === 1 && day <= 1)) return 0.2;
  if (month === 8) return 0.8;
  return 1;
}
