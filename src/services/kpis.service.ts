/**
 * The KPI scorecard: every KPI of the catalog with its current value, target (workspace override or
 * default), status, trend over the last six review periods, owner and review frequency. A KPI with no
 * data says which source would feed it.
 */
import type { Viewer } from '../domain/privacy.js';
import type { KpiDefinition } from '../metrics/kpis.js';
import type { AppContext } from './context.js';

/** `withheld`: the viewer may not see it (people figures), or its group is under the minimum size. */
export type KpiStatus = 'on-target' | 'off-target' | 'no-data' | 'withheld';

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
  /** When status is no-data: the source that would feed this KPI. */
  needs: string | null;
  /** Records behind the current value (at most 50 ids). */
  recordIds: string[];
}

export interface KpiScorecard {
  asOf: string;
  kpis: KpiCard[];
  counts: Record<KpiStatus, number>;
}

export interface KpiScorecardOptions {
  /** The last local day to read (defaults to today in the workspace time zone). */
  asOf?: string;
  /** Only these KPI ids. */
  ids?: readonly string[];
}

export async function readKpiScorecard(
  _context: AppContext,
  _viewer: Viewer,
  _options: KpiScorecardOptions = {},
  _now: Date = new Date(),
): Promise<KpiScorecard> {
  throw new Error('not built yet');
}
