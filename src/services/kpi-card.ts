/**
 * One KPI's card: its six review periods read, the current one's value against the target, the trend, the
 * owner and what is missing. The scorecard (kpis.service.ts) and the stored scorecard (kpi-stored.ts) both
 * build cards here.
 */
import type { Viewer } from '../domain/privacy.js';
import type { KpiDefinition } from '../metrics/kpis.js';
import {
  type KpiPeriod,
  kpiTargetStatus,
  kpiTrendDirection,
  listKpiPeriods,
} from '../metrics/kpis-periods.js';
import type { AppContext } from './context.js';
import { type KpiPeriodReading, readKpiPeriod } from './kpi-readers.js';

/** `withheld`: the viewer may not see it (people figures), or its group is under the minimum size. */
export type KpiStatus = 'on-target' | 'off-target' | 'no-data' | 'withheld';
export const KPI_STATUSES: readonly KpiStatus[] = ['on-target', 'off-target', 'no-data', 'withheld'];

export interface KpiPeriodValue {
  /** `2026-W47`, `2026-11`, `2026-Q4`. */
  label: string;
  from: string;
  to: string;
  value: number | null;
  n: number;
}

export interface KpiCard extends Omit<KpiDefinition, 'target' | 'targetText'> {
  target: { value: number; text: string; source: 'default' | 'workspace' };
  /** The latest complete review period's value; null when there is no data. */
  value: number | null;
  period: { label: string; from: string; to: string };
  status: KpiStatus;
  /** Oldest first, six periods ending with `period`. */
  trend: KpiPeriodValue[];
  /** Whether the trend moves toward the target: improving, worsening, flat, or unknown with too few points. */
  trendDirection: 'improving' | 'worsening' | 'flat' | 'unknown';
  /** A person, team or role. */
  owner: string;
  /** Whether the owner comes from the workspace's `kpiOwners` or is the catalog's role. */
  ownerSource: 'default' | 'workspace';
  /** When status is no-data: the source that would feed this KPI. */
  needs: string | null;
  /** When status is withheld: why. */
  withheldReason: string | null;
  /** Records behind the current value (at most 50 ids). */
  recordIds: string[];
}

export const MAX_RECORD_IDS = 50;

export async function readKpiCard(
  context: AppContext,
  viewer: Viewer,
  kpi: KpiDefinition,
  asOf: string,
  now: Date,
): Promise<KpiCard> {
  const { config } = context.workspace;
  const periods = listKpiPeriods(kpi.frequency, asOf, config.fiscalYearStart);
  const readings: KpiPeriodReading[] = [];
  for (const [index, period] of periods.entries()) {
    const current = index === periods.length - 1;
    readings.push(await readKpiPeriod(context, viewer, kpi, { ...period, current }, now));
  }
  const current = readings.at(-1) as KpiPeriodReading;
  const period = periods.at(-1) as KpiPeriod;
  const override = config.kpiTargets[kpi.id];
  const target =
    override === undefined
      ? { value: kpi.target, text: kpi.targetText, source: 'default' as const }
      : { value: override, text: `${override} (set in sextant.yaml)`, source: 'workspace' as const };
  const owner = config.kpiOwners[kpi.id];
  const trend = periods.map((entry, index) => toPeriodValue(entry, readings[index] as KpiPeriodReading));
  const value = current.kind === 'value' ? current.value : null;
  const { target: _target, targetText: _text, ...definition } = kpi;
  return {
    ...definition,
    target,
    value,
    period,
    status: current.kind === 'withheld' ? 'withheld' : kpiTargetStatus(value, target.value, kpi.direction),
    trend,
    trendDirection: kpiTrendDirection(
      trend.map((point) => point.value),
      kpi.direction,
    ),
    owner: owner ?? kpi.ownerRole,
    ownerSource: owner === undefined ? 'default' : 'workspace',
    needs: current.kind === 'no-data' ? current.needs : null,
    withheldReason: current.kind === 'withheld' ? current.reason : null,
    recordIds: current.kind === 'value' ? current.recordIds.slice(0, MAX_RECORD_IDS) : [],
  };
}

function toPeriodValue(period: KpiPeriod, reading: KpiPeriodReading): KpiPeriodValue {
  return {
    ...period,
    value: reading.kind === 'value' ? reading.value : null,
    n: reading.kind === 'value' ? reading.n : 0,
  };
}
