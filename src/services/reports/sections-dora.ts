/**
 * Delivery figures for reports: the DORA four (deployments, lead time, change failure rate, time to
 * restore) for the report's period against the previous one, and their trend over several periods. Read
 * through the metrics overview, so each figure's source is `/api/metrics/overview?from=&to=`.
 */
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import { listPeriods, type PeriodGrain } from '../../reports/period.js';
import { type AppContext, remember } from '../context.js';
import { computeOverview } from '../metrics.service.js';
import type { ReportInput } from './types.js';

interface Window {
  from: string;
  to: string;
}

type Overview = Awaited<ReturnType<typeof computeOverview>>;
type Dora = Overview['results']['dora'];

interface DoraFigureSpec {
  key: keyof Dora;
  label: string;
  /** The field of the result that holds the figure. */
  field: 'value' | 'median';
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
}

export const DORA_FIGURES: readonly DoraFigureSpec[] = [
  {
    key: 'deploymentFrequency',
    label: 'Deployments',
    field: 'value',
    unit: 'count',
    direction: 'higher-is-better',
  },
  {
    key: 'leadTime',
    label: 'Lead time (median)',
    field: 'median',
    unit: 'seconds',
    direction: 'lower-is-better',
  },
  {
    key: 'changeFailureRate',
    label: 'Change failure rate',
    field: 'value',
    unit: 'fraction',
    direction: 'lower-is-better',
  },
  {
    key: 'recoveryTime',
    label: 'Time to restore (median)',
    field: 'median',
    unit: 'seconds',
    direction: 'lower-is-better',
  },
];

/** The API path that gives the overview of a window. */
export function overviewPath(window: Window): string {
  return `/api/metrics/overview?from=${window.from}&to=${window.to}`;
}

/** The overview of a window, read once per report (the report's read cache keeps it). */
export async function readOverview(context: AppContext, window: Window, now: Date): Promise<Overview> {
  return remember(context, `report:overview:${window.from}:${window.to}`, () =>
    computeOverview(context, { from: window.from, to: window.to }, now),
  );
}

function readField(dora: Dora, spec: DoraFigureSpec): number | null {
  const result = dora[spec.key] as unknown as Record<string, unknown>;
  if (result.kind !== 'value') return null;
  const value = result[spec.field];
  return typeof value === 'number' ? value : null;
}

function readNeeds(dora: Dora, spec: DoraFigureSpec): string | undefined {
  const result = dora[spec.key] as unknown as { kind: string; needs?: string };
  return result.kind === 'value' ? undefined : result.needs;
}

/** The DORA four for the period, each with the previous period's value and its API source. */
export async function readDeliveryFigures(context: AppContext, input: ReportInput): Promise<ReportFigure[]> {
  const [current, previous] = await Promise.all([
    readOverview(context, input.period, input.now),
    readOverview(context, input.period.previous, input.now),
  ]);
  return DORA_FIGURES.map((spec) => {
    const value = readField(current.results.dora, spec);
    const needs = readNeeds(current.results.dora, spec);
    return {
      label: spec.label,
      value,
      unit: spec.unit,
      previous: readField(previous.results.dora, spec),
      direction: spec.direction,
      source: { path: overviewPath(input.period), pointer: `/results/dora/${spec.key}/${spec.field}` },
      ...(value === null && needs ? { note: needs } : {}),
    };
  });
}

/**
 * Charts of the DORA four over `count` periods of `grain` ending with the report's period: deployments as
 * bars, lead time, change failure rate and time to restore as lines.
 */
export async function buildDoraTrendBlocks(
  context: AppContext,
  input: ReportInput,
  options: { grain: PeriodGrain; count: number; fiscalYearStart?: number },
): Promise<ReportBlock[]> {
  const fiscalYearStart = options.fiscalYearStart ?? context.workspace.config.fiscalYearStart;
  const spans = listPeriods(options.grain, input.period.to, options.count, fiscalYearStart);
  // One at a time: each reading is a handful of store queries, and parallel readings only contend.
  const overviews: Overview[] = [];
  for (const span of spans) overviews.push(await readOverview(context, span, input.now));
  const x = spans.map((span) => span.label);
  const seriesOf = (spec: DoraFigureSpec) =>
    overviews.map((overview) => readField(overview.results.dora, spec));
  const [deployments, leadTime, failureRate, restore] = DORA_FIGURES as [
    DoraFigureSpec,
    DoraFigureSpec,
    DoraFigureSpec,
    DoraFigureSpec,
  ];
  return [
    {
      type: 'chart',
      chart: {
        kind: 'bar',
        title: 'Deployments to production',
        unit: 'count',
        x,
        series: [{ name: 'Deployments', values: seriesOf(deployments) }],
      },
    },
    {
      type: 'chart',
      chart: {
        kind: 'line',
        title: 'Lead time and time to restore (median)',
        unit: 'seconds',
        x,
        series: [
          { name: 'Lead time', values: seriesOf(leadTime) },
          { name: 'Time to restore', values: seriesOf(restore) },
        ],
      },
    },
    {
      type: 'chart',
      chart: {
        kind: 'line',
        title: 'Change failure rate',
        unit: 'fraction',
        x,
        series: [{ name: 'Change failure rate', values: seriesOf(failureRate) }],
      },
    },
  ];
}
