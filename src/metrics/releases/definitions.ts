/** The release metrics, as `metrics explain` and the API describe them. Targets come from the playbook. */
import type { MetricDefinition } from '../result.js';

export const releaseFrequencyDefinition: MetricDefinition = {
  id: 'releases.frequency',
  version: 1,
  title: 'Release frequency',
  description:
    'Releases (production deployments that are not rollbacks, whatever their result) finishing in the window, per week of the window. Target: at least one a week.',
  unit: 'per-week',
  direction: 'higher-is-better',
};

export const releaseLeadTimeDefinition: MetricDefinition = {
  id: 'releases.lead-time',
  version: 1,
  title: 'Release lead time',
  description:
    'For each release in the window with measured changes: deployment finished minus the commit time of the newest commit it carried (code complete to production). Median and p90. Target: under a day.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export const releaseSuccessRateDefinition: MetricDefinition = {
  id: 'releases.success-rate',
  version: 1,
  title: 'Release success rate',
  description:
    'Releases in the window that reached production and were not rolled back, divided by all releases in the window (a failed deployment counts as unsuccessful). Target: above 95%.',
  unit: 'fraction',
  direction: 'higher-is-better',
};

export const rollbackRateDefinition: MetricDefinition = {
  id: 'releases.rollback-rate',
  version: 1,
  title: 'Rollback rate',
  description:
    'Releases in the window that reached production and were later rolled back (their result, an explicit rollback, a redeploy of an older commit or a revert), divided by the releases in the window that reached production. Target: under 5%.',
  unit: 'fraction',
  direction: 'lower-is-better',
};

export const hotfixFrequencyDefinition: MetricDefinition = {
  id: 'releases.hotfix-frequency',
  version: 1,
  title: 'Hotfix frequency',
  description:
    'Hotfix releases (a deployment repairing an earlier one, or marked unplanned) finishing in the window, per 30 days of the window. Target: fewer than one a month.',
  unit: 'count',
  direction: 'lower-is-better',
};

export const flagAgeDefinition: MetricDefinition = {
  id: 'releases.flag-age',
  version: 1,
  title: 'Feature flag age',
  description:
    'Age at the end of the window of every imported feature flag created before it and not yet removed; median and p90, with the flags older than 30 days counted as stale. Target: cleaned up within 30 days.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export const RELEASE_METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  releaseFrequencyDefinition,
  releaseLeadTimeDefinition,
  releaseSuccessRateDefinition,
  rollbackRateDefinition,
  hotfixFrequencyDefinition,
  flagAgeDefinition,
];
