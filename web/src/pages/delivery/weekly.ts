/**
 * Week-by-week delivery figures for a trend. No endpoint answers a weekly series, so the window is cut into
 * weeks (Monday to Sunday when the window starts on a Monday, as the presets do) and the overview, which is
 * read from the facts kept at ingest and answers in milliseconds, is asked once per week.
 */
import { useQueries } from '@tanstack/react-query';
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { ApiError, apiGet } from '../../api';
import type { OverviewReport } from './types';

export interface Week {
  from: string;
  to: string;
  label: string;
}

/** The most weeks a trend asks for; a longer window shows its last 52. */
export const MAX_WEEKS = 52;

export function splitWeeks(firstDay: string, lastDay: string): Week[] {
  const start = parseISO(firstDay);
  const end = parseISO(lastDay);
  const weeks: Week[] = [];
  for (let from = start; differenceInCalendarDays(end, from) >= 0; from = addDays(from, 7)) {
    const to = differenceInCalendarDays(end, addDays(from, 6)) >= 0 ? addDays(from, 6) : end;
    weeks.push({
      from: format(from, 'yyyy-MM-dd'),
      to: format(to, 'yyyy-MM-dd'),
      label: format(from, 'd MMM'),
    });
  }
  return weeks.slice(-MAX_WEEKS);
}

export function useWeeklyOverview(scope: string | undefined, weeks: Week[]) {
  return useQueries({
    queries: weeks.map((week) => {
      const params = { scope, from: week.from, to: week.to };
      return {
        queryKey: ['/api/metrics/overview', params],
        queryFn: ({ signal }: { signal: AbortSignal }) =>
          apiGet<OverviewReport>('/api/metrics/overview', params, signal),
        retry: (count: number, error: Error) =>
          count < 1 && !(error instanceof ApiError && error.status < 500),
        staleTime: 5 * 60_000,
      };
    }),
  });
}
