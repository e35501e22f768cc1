/**
 * Which day the advisor reads. By default yesterday in the workspace time zone (today is not over yet, and
 * a finding about half a day would come and go within it), or the last day with observed records when
 * the data stops earlier (an export, the demo): findings about days with no data would all be "too quiet".
 */
import { InputError } from '../domain/errors.js';
import { dateSchema } from '../domain/primitives.js';
import { shiftDayKey, startOfLocalDay, toDayKey } from '../metrics/calendar.js';
import { recordSpan } from '../store/index.js';
import type { AppContext } from './context.js';

/** The record types whose latest instant marks the end of the data. */
const ACTIVITY_TYPES = ['commit', 'deployment', 'pull-request', 'incident'] as const;

export async function resolveAdvisorDay(
  context: AppContext,
  asOf: string | undefined,
  now: Date,
): Promise<string> {
  if (asOf !== undefined) {
    if (!dateSchema.safeParse(asOf).success)
      throw new InputError(`--as-of ${JSON.stringify(asOf)} is not a calendar date`, [
        { path: 'asOf', message: 'not a calendar date', found: JSON.stringify(asOf), expected: 'YYYY-MM-DD' },
      ]);
    return asOf;
  }
  const timezone = context.workspace.config.timezone;
  const yesterday = shiftDayKey(toDayKey(now, timezone), -1);
  const spans = await recordSpan(context.store, ACTIVITY_TYPES);
  const latest = Object.values(spans)
    .map((span) => toDayKey(new Date(span.to), timezone))
    .sort()
    .at(-1);
  return latest !== undefined && latest < yesterday ? latest : yesterday;
}

/** The last instant of a local day: what "now" is for a snapshot of that day. */
export function endOfDayInstant(day: string, timezone: string): Date {
  return new Date(startOfLocalDay(shiftDayKey(day, 1), timezone).getTime() - 1);
}

/** Today in the workspace time zone: a snooze must end after it. */
export function workspaceToday(context: AppContext, now: Date): string {
  return toDayKey(now, context.workspace.config.timezone);
}
