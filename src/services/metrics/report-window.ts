/**
 * A report's window as it leaves the server: the instants `[from, to)`, and the local calendar days it
 * covers in the workspace's time zone, both inclusive (the last day is the one holding the last instant).
 */
import { toDayKey } from '../../metrics/calendar.js';
import type { Window } from '../../metrics/result.js';

export interface ReportWindow {
  from: string;
  to: string;
  firstDay: string;
  lastDay: string;
}

export function toReportWindow(window: Window, timeZone: string): ReportWindow {
  return {
    from: window.from.toISOString(),
    to: window.to.toISOString(),
    firstDay: toDayKey(window.from, timeZone),
    lastDay: toDayKey(new Date(window.to.getTime() - 1), timeZone),
  };
}
