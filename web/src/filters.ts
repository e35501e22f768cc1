/**
 * The scope and window every page reads, kept in the address so a view can be linked to: `?scope=team:…`
 * and `?from=YYYY-MM-DD&to=YYYY-MM-DD`. With no window the server's default applies (the 12 full weeks
 * before this one).
 */
import { format, startOfISOWeek, subDays, subWeeks } from 'date-fns';
import { useSearchParams } from 'react-router';

export interface Filters {
  scope: string | undefined;
  from: string | undefined;
  to: string | undefined;
}

export const WINDOW_PRESETS = [
  { id: '4w', label: 'Last 4 weeks', weeks: 4 },
  { id: '12w', label: 'Last 12 weeks', weeks: 12 },
  { id: '26w', label: 'Last 26 weeks', weeks: 26 },
  { id: '52w', label: 'Last 52 weeks', weeks: 52 },
] as const;

/** The last `weeks` full weeks (Monday to Sunday) before the week of `today`. */
export function presetWindow(weeks: number, today: Date): { from: string; to: string } {
  const thisMonday = startOfISOWeek(today);
  return {
    from: format(subWeeks(thisMonday, weeks), 'yyyy-MM-dd'),
    to: format(subDays(thisMonday, 1), 'yyyy-MM-dd'),
  };
}

export function useFilters(): [Filters, (next: Partial<Filters>) => void] {
  const [params, setParams] = useSearchParams();
  const filters: Filters = {
    scope: params.get('scope') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
  };
  const update = (next: Partial<Filters>) => {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged);
  };
  return [filters, update];
}

/** The team a scope names (`team:default/checkout`); undefined for the organization or a service. */
export function teamOf(scope: string | undefined): string | undefined {
  return scope?.startsWith('team:') ? scope : undefined;
}

/** The filters as query parameters for the API, leaving out what is unset. */
export function filterParams(filters: Filters): Record<string, string | undefined> {
  return { scope: filters.scope, from: filters.from, to: filters.to };
}

/** The current query string, for links that keep the reader's scope and window. */
export function useFilterSearch(): string {
  const [params] = useSearchParams();
  const kept = new URLSearchParams();
  for (const key of ['scope', 'from', 'to']) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
