/**
 * What a metric link must say beyond its id, for the figures that are not one number per scope and window:
 * response and remediation times are given per severity, SLO figures per SLO. Read by the workspace (to
 * check a link) and by the metric reading (to pick the figure). Figures with no single number (burn rate
 * per alert window, page concentration per group) cannot be linked.
 */

export const INCIDENT_SEVERITIES = ['SEV-1', 'SEV-2', 'SEV-3', 'SEV-4'] as const;
export const VULNERABILITY_SEVERITY_NAMES = ['critical', 'high', 'medium', 'low'] as const;

/** Metric ids read per severity, with the severities they know. */
export const PER_SEVERITY_METRICS: Readonly<Record<string, readonly string[]>> = {
  'incidents.time-to-acknowledge': INCIDENT_SEVERITIES,
  'incidents.time-to-resolve': INCIDENT_SEVERITIES,
  'vulnerabilities.remediation-within-sla': VULNERABILITY_SEVERITY_NAMES,
  'vulnerabilities.time-to-remediate': VULNERABILITY_SEVERITY_NAMES,
};

/** SLO figures: read for one named SLO of the service in the scope. */
export const PER_SLO_METRICS: ReadonlySet<string> = new Set([
  'slos.attainment',
  'slos.error-budget-remaining',
  'slos.burn-rate-alerts',
]);

/** Catalog metrics without a single number for a scope and window. */
export const UNLINKABLE_METRICS: Readonly<Record<string, string>> = {
  'slos.burn-rate': 'it has one value per alert window; link slos.error-budget-remaining instead',
  'oncall.concentration': 'it has one value per team and rotation',
};
