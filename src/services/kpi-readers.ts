/**
 * One KPI's figure over one review period. A KPI tied to a catalog metric is read through the metric engine
 * (`readMetricValue`), so the card shows the number `sextant metrics` gives for the same window; the others
 * through the service that owns their records (kpi-readers-*.ts).
 *
 * Rules and reasons:
 * - Too little data is a result: `no-data` with what is missing, never 0.
 * - A people figure the viewer may not read is `withheld` before anything is read, so no audit entry and no
 *   people record is touched for a viewer who would be refused; a group under the minimum size is
 *   `withheld` too (the people services guard it).
 */
import type { Capability, Viewer } from '../domain/privacy.js';
import type { KpiDefinition } from '../metrics/kpis.js';
import type { AppContext } from './context.js';
import { readKpiMetric } from './kpi-metric-reading.js';
import { PEOPLE_KPI_CAPABILITIES, PEOPLE_READERS } from './kpi-readers-people.js';
import { PLANNING_READERS } from './kpi-readers-planning.js';
import { RELIABILITY_KPI_READERS } from './kpi-readers-reliability.js';

export type KpiPeriodReading =
  | { kind: 'value'; value: number; n: number; recordIds: string[] }
  | { kind: 'no-data'; needs: string }
  | { kind: 'withheld'; reason: string };

export interface KpiReadPeriod {
  label: string;
  /** First and last local day, inclusive. */
  from: string;
  to: string;
  /** The latest period, whose records the card lists; earlier ones only need the figure. */
  current?: boolean;
}

export type KpiReader = (
  context: AppContext,
  viewer: Viewer,
  period: KpiReadPeriod,
  now: Date,
) => Promise<KpiPeriodReading>;

const SERVICE_READERS: Readonly<Record<string, KpiReader>> = {
  ...RELIABILITY_KPI_READERS,
  ...PLANNING_READERS,
  ...PEOPLE_READERS,
};

export function hasServiceReader(reader: string): boolean {
  return SERVICE_READERS[reader] !== undefined;
}

export async function readKpiPeriod(
  context: AppContext,
  viewer: Viewer,
  kpi: KpiDefinition,
  period: KpiReadPeriod,
  now: Date,
): Promise<KpiPeriodReading> {
  const { reading } = kpi;
  if (reading.kind === 'none') return { kind: 'no-data', needs: kpi.source };
  if (reading.kind === 'service') {
    const reader = SERVICE_READERS[reading.reader];
    if (!reader) throw new Error(`no KPI reader ${reading.reader} for ${kpi.id}`);
    return reader(context, viewer, period, now);
  }
  const result = await readKpiMetric(
    context,
    {
      metric: reading.metric,
      from: period.from,
      to: period.to,
      statistic: reading.statistic,
      severity: reading.severity,
      records: period.current ?? true,
    },
    now,
  );
  if (result.kind !== 'value') return { kind: 'no-data', needs: result.needs || kpi.source };
  return { kind: 'value', value: result.value, n: result.n, recordIds: result.recordIds };
}

/** The capability a KPI's data needs, for the KPIs that read people data; undefined for the others. */
export function peopleCapability(kpi: KpiDefinition): Capability | undefined {
  return kpi.reading.kind === 'service' ? PEOPLE_KPI_CAPABILITIES[kpi.reading.reader] : undefined;
}
