/**
 * The KPI catalog: every KPI the leadership seeds name (the role's KPI table, the DX, release and platform
 * success metrics), each with its definition, unit, direction, default target and review frequency, and
 * the way it is computed. Targets are overridable in sextant.yaml (`kpiTargets`). Pure.
 */

export type KpiFrequency = 'weekly' | 'monthly' | 'quarterly';
/** Where in the seeds the KPI is named. */
export type KpiCatalogSection = 'leadership' | 'developer-experience' | 'release' | 'platform';

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
}

export const KPI_CATALOG: readonly KpiDefinition[] = [];

export function findKpi(id: string): KpiDefinition | undefined {
  return KPI_CATALOG.find((kpi) => kpi.id === id);
}
