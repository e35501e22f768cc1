/**
 * Delivery sections for the quarterly review, the board page and the assessment: the four DORA keys over
 * the report's window (with their performance band), and a weekly trend chart read from the same
 * overview the API serves, one week per point.
 */
import type { ReportBlock, ReportChart, ReportFigure } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { computeOverview } from '../metrics.service.js';
import { apiPath, figureAt, type SourcedResult, shiftDay } from './kind-source.js';

export interface Window {
  from: string;
  to: string;
}

/** The DORA pointers in `/api/metrics/overview`, with how each reads. */
const DORA_KEYS = [
  {
    key: 'deploymentFrequency',
    pointer: '/results/dora/deploymentFrequency/perWeek',
    label: 'Deployments a week',
    unit: 'per-week',
    direction: 'higher-is-better',
  },
  {
    key: 'leadTime',
    pointer: '/results/dora/leadTime/median',
    label: 'Change lead time (median)',
    unit: 'seconds',
    direction: 'lower-is-better',
  },
  {
    key: 'changeFailureRate',
    pointer: '/results/dora/changeFailureRate/value',
    label: 'Change failure rate',
    unit: 'fraction',
    direction: 'lower-is-better',
  },
  {
    key: 'recoveryTime',
    pointer: '/results/dora/recoveryTime/median',
    label: 'Failed deployment recovery (median)',
    unit: 'seconds',
    direction: 'lower-is-better',
  },
] as const;

export async function readOverview(context: AppContext, window: Window, now: Date): Promise<SourcedResult> {
  const query = { from: window.from, to: window.to };
  return { path: apiPath('/api/metrics/overview', query), body: await computeOverview(context, query, now) };
}

/** The DORA band of one key (`elite`, `high` …), or null when the metric has none. */
export function doraBand(overview: SourcedResult, key: string): string | null {
  const body = overview.body as { results?: { dora?: Record<string, { band?: { level?: string } | null }> } };
  return body.results?.dora?.[key]?.band?.level ?? null;
}

/** The four keys over `current`, each with the previous window's value for the change arrow. */
export function doraFigures(current: SourcedResult, previous: SourcedResult | null): ReportFigure[] {
  return DORA_KEYS.map((key) => {
    const band = doraBand(current, key.key);
    const figure = figureAt(current, key.pointer, {
      label: key.label,
      unit: key.unit,
      direction: key.direction,
      ...(band ? { note: `${band} band` } : {}),
    });
    if (figure.value === null) return { ...figure, note: 'needs deployments and incidents from a connector' };
    const before = previous
      ? figureAt(previous, key.pointer, { label: key.label, unit: key.unit }).value
      : null;
    return { ...figure, previous: before };
  });
}

/** The Mondays of the `count` complete weeks ending on or before `lastDay`, oldest first. */
export function completeWeeks(lastDay: string, count: number): Window[] {
  const date = new Date(`${lastDay}T12:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7;
  // A week counts only once its Sunday is over.
  const lastSunday = weekday === 6 ? lastDay : shiftDay(lastDay, -(weekday + 1));
  const weeks: Window[] = [];
  for (let index = count - 1; index >= 0; index -= 1) {
    const to = shiftDay(lastSunday, -7 * index);
    weeks.push({ from: shiftDay(to, -6), to });
  }
  return weeks;
}

/** ISO week label of a Monday (`2026-W47`). */
export function weekLabel(monday: string): string {
  const date = new Date(`${monday}T12:00:00Z`);
  const thursday = new Date(date);
  thursday.setUTCDate(date.getUTCDate() + 3);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4, 12));
  firstThursday.setUTCDate(firstThursday.getUTCDate() + 3 - ((firstThursday.getUTCDay() + 6) % 7));
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** Weekly DORA trend charts (deployments a week, change failure rate, lead time) over `weeks`. */
export async function doraTrendBlocks(
  context: AppContext,
  weeks: Window[],
  now: Date,
): Promise<ReportBlock[]> {
  const overviews: SourcedResult[] = [];
  for (const week of weeks) overviews.push(await readOverview(context, week, now));
  const x = weeks.map((week) => weekLabel(week.from));
  const series = (pointer: string) =>
    overviews.map((overview) => figureAt(overview, pointer, { label: '', unit: '' }).value);
  const chart = (title: string, unit: string, pointer: string): ReportChart => ({
    kind: 'line',
    title,
    unit,
    x,
    series: [{ name: title, values: series(pointer) }],
  });
  const [frequency, leadTime, failures] = [DORA_KEYS[0], DORA_KEYS[1], DORA_KEYS[2]];
  return [
    { type: 'chart', chart: { ...chart(frequency.label, frequency.unit, frequency.pointer), kind: 'bar' } },
    { type: 'chart', chart: chart(failures.label, failures.unit, failures.pointer) },
    { type: 'chart', chart: chart(leadTime.label, leadTime.unit, leadTime.pointer) },
  ];
}
