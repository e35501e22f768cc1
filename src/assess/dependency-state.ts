/**
 * Where one cross-team dependency stands on a given day.
 *
 * Rules and reasons:
 * - A dependency is open until it is `available`, `done` or `cancelled`: available means the consumer can
 *   integrate now, so it no longer holds anyone up.
 * - An open dependency is overdue when its needed-by date lies before "as of" (on the day itself it is
 *   still on time). A closed one is never overdue, however late it was delivered.
 * - Days are whole calendar days between two `YYYY-MM-DD` dates, so the answer does not depend on the hour
 *   or the time zone the question is asked in.
 */
import type { Dependency } from '../domain/dependency.js';
import { InputError } from '../domain/errors.js';

export const CLOSED_DEPENDENCY_STATUSES: readonly Dependency['status'][] = ['available', 'done', 'cancelled'];

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

export interface DependencyState {
  open: boolean;
  overdue: boolean;
  /** Days from "as of" to the needed-by date: positive ahead of it, 0 on it, negative past it; null without a date. */
  daysToNeededBy: number | null;
  /** Days past the needed-by date while open; null when not overdue. */
  daysOverdue: number | null;
}

/** A dependency with its state on the "as of" day; what every dependency view lists. */
export type AssessedDependency = Dependency & DependencyState;

export function isOpenDependency(dependency: Pick<Dependency, 'status'>): boolean {
  return !CLOSED_DEPENDENCY_STATUSES.includes(dependency.status);
}

/** An open blocking dependency: the consumer cannot start until it is delivered. */
export function isOpenBlocking(dependency: Pick<Dependency, 'status' | 'type'>): boolean {
  return dependency.type === 'blocking' && isOpenDependency(dependency);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((dayNumber(to, 'to') - dayNumber(from, 'from')) / DAY_MS);
}

export function assessDependency(dependency: Dependency, asOf: string): AssessedDependency {
  const open = isOpenDependency(dependency);
  const daysToNeededBy = dependency.neededBy === null ? null : daysBetween(asOf, dependency.neededBy);
  const overdue = open && daysToNeededBy !== null && daysToNeededBy < 0;
  return {
    ...dependency,
    open,
    overdue,
    daysToNeededBy,
    daysOverdue: overdue && daysToNeededBy !== null ? -daysToNeededBy : null,
  };
}

export function assessDependencies(dependencies: readonly Dependency[], asOf: string): AssessedDependency[] {
  return dependencies.map((dependency) => assessDependency(dependency, asOf));
}

/** Code-point order of references and names: stable across locales, and fast on large models. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Overdue first (most overdue on top), then open before closed, then by needed-by date (undated last). */
export function compareByUrgency(a: AssessedDependency, b: AssessedDependency): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.open !== b.open) return a.open ? -1 : 1;
  const aDays = a.daysToNeededBy ?? Number.POSITIVE_INFINITY;
  const bDays = b.daysToNeededBy ?? Number.POSITIVE_INFINITY;
  if (aDays !== bDays) return aDays < bDays ? -1 : 1;
  return compareText(a.ref, b.ref);
}

/** Parsed dates, kept because a large model repeats the same few hundred needed-by dates. */
const parsedDays = new Map<string, number>();

function dayNumber(text: string, field: string): number {
  const known = parsedDays.get(text);
  if (known !== undefined) return known;
  const ms = DATE_PATTERN.test(text) ? Date.parse(`${text}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== text) {
    throw new InputError('Invalid date', [
      { path: field, message: 'not a calendar date', found: JSON.stringify(text), expected: 'YYYY-MM-DD' },
    ]);
  }
  if (parsedDays.size > 10_000) parsedDays.clear();
  parsedDays.set(text, ms);
  return ms;
}
