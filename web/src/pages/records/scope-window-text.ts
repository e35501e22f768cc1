/** A metric answer's scope and window in words: "team checkout", "31 Aug 2026 to 22 Nov 2026". */
import { format, parseISO } from 'date-fns';
import { shortRef } from '../../format';

export type ScopeAnswer = { kind: 'org' } | { kind: string; ref?: string };

export interface WindowAnswer {
  from: string;
  to: string;
  firstDay?: string;
  lastDay?: string;
}

export function describeScope(scope: ScopeAnswer): string {
  if (scope.kind === 'org' || !('ref' in scope) || !scope.ref) return 'the whole organization';
  const name = shortRef(scope.ref).replace(/^[a-z-]+:/, '');
  return `${scope.kind} ${name}`;
}

const DAY = 'd MMM yyyy';

/**
 * The day a window boundary falls on. The API's instants are the workspace's midnights; half a day later is
 * still that day in UTC for every time zone from UTC−12 to UTC+12, which is all the answer lets us know.
 */
function dayOf(instant: string, shiftDays = 0): string {
  const date = new Date(new Date(instant).getTime() + 12 * 3600_000 + shiftDays * 86400_000);
  return format(parseISO(date.toISOString().slice(0, 10)), DAY);
}

/** The window's first and last day; `to` is exclusive, so without `lastDay` it is the day before it. */
export function describeWindow(window: WindowAnswer): string {
  const first = window.firstDay ? format(parseISO(window.firstDay), DAY) : dayOf(window.from);
  const last = window.lastDay ? format(parseISO(window.lastDay), DAY) : dayOf(window.to, -1);
  return `${first} to ${last}`;
}
