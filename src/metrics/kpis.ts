/**
 * The KPI catalog: every KPI the leadership seeds name (the role's KPI table, the DX, release and platform
 * success metrics), each with its definition, unit, direction, default target and review frequency, and
 * the way it is computed. Targets are overridable in sextant.yaml (`kpiTargets`). Pure.
 */
import { LEADERSHIP_KPIS } from './kpis-leadership.js';
import { PRACTICE_KPIS } from './kpis-practice.js';

export type KpiFrequency = 'weekly' | 'monthly' | 'quarterly';
/** Where in the seeds the KPI is named. */
export type KpiCatalogSection = 'leadership' | 'developer-experience' | 'release' | 'platform';

export const KPI_SECTIONS: readonly KpiCatalogSection[] = [
  'leadership',
  'developer-experience',
  'release',
  'platform',
];

/**
 * How a KPI's value is found. `metric`: one figure of a catalog metric over the review period (the same
 * number `sextant metrics` gives). `service`: a figure a register or people service computes, named by a
 * reader id the scorecard service knows. `none`: Sextant has no source for it yet; the card says which
 * source would feed it.
 */
export type KpiReading =
  | { kind: 'metric'; metric: string; statistic?: 'median' | 'p90' | 'value'; severity?: string }
  | { kind: 'service'; reader: string }
  | { kind: 'none' };

export interface KpiDefinition {
  /** Stable id, e.g. `delivery.deployment-frequency`. */
  id: string;
  title: string;
  /** What exactly is measured, in one or two sentences (the formula when there is one). */
  definition: string;
  /** `fraction`, `seconds`, `count`, `per-week`, `ratio`, `score`, `days`, `currency` … */
  unit: string;
  direction: 'higher-is-better' | 'lower-is-better';
  /** The default target: the value is on target when it is at or beyond it in the KPI's direction. */
  target: number;
  /** The target as a leader would say it (`under 10%`). */
  targetText: string;
  /** How often the KPI is reviewed; trends are over six of these periods. */
  frequency: KpiFrequency;
  section: KpiCatalogSection;
  /** The framework concern it serves (`tech.reliability`). */
  concern: string;
  /** The role that owns the KPI when the workspace names no one (`VP of Engineering`). */
  ownerRole: string;
  /** The source that feeds it, named for a KPI with no data (`deployments from GitHub, GitLab or CI`). */
  source: string;
  /** How the value is computed. */
  reading: KpiReading;
  /** People figures: shown only to a viewer who may read people data, and never for a group under five. */
  people?: boolean;
}

export const KPI_CATALOG: readonly KpiDefinition[] = [...LEADERSHIP_KPIS, ...PRACTICE_KPIS];

export function findKpi(id: string): KpiDefinition | undefined {
  return KPI_CATALOG.find((kpi) => kpi.id === id);
}
