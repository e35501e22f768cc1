/**
 * The SLO figures' definitions (docs/slos.md; docs/metrics.md "SLOs"), as `metrics explain` and the API
 * describe them. Every figure is of one SLO at one instant: the end of its latest SLI sample, never later
 * than now. Its window is the SLO's rolling `windowDays` (28 by default) ending there. A minute without a
 * sample adds nothing to good or valid events and is reported as a missing minute.
 */
import type { MetricDefinition } from '../result.js';

export const sloAttainmentDefinition: MetricDefinition = {
  id: 'slos.attainment',
  version: 1,
  title: 'SLO attainment',
  description:
    "Good events ÷ valid events of the SLO's indicator over its rolling window (windowDays, 28 by default) " +
    'ending at the end of the latest SLI sample, never later than now. Minutes without a sample count in ' +
    'neither and are reported as missing minutes; no valid event in the window is insufficient data.',
  unit: 'fraction',
  direction: 'higher-is-better',
};

export const errorBudgetRemainingDefinition: MetricDefinition = {
  id: 'slos.error-budget-remaining',
  version: 1,
  title: 'Error budget remaining',
  description:
    'The budget is the share of valid events allowed to be bad, 1 − target. Consumed is (bad ÷ valid) ÷ ' +
    '(1 − target) over the SLO window; remaining is 1 − consumed, negative when overspent; also as minutes of ' +
    'full outage, (1 − target) × window minutes. Policy state: exhausted at remaining ≤ 0 (releases freeze ' +
    'unless the policy only notifies); at risk under the policy share left (0.25 by default) or while a ' +
    'burn-rate alert fires; ok otherwise.',
  unit: 'fraction',
  direction: 'higher-is-better',
};

export const burnRateDefinition: MetricDefinition = {
  id: 'slos.burn-rate',
  version: 1,
  title: 'Error budget burn rate',
  description:
    'Over each of the windows 5m, 30m, 1h, 2h, 6h, 1d and 3d ending at the status instant: (bad ÷ valid) ÷ ' +
    '(1 − target). At 1 the budget lasts exactly the SLO window. A window without valid events is ' +
    'insufficient data.',
  unit: 'ratio',
  direction: 'lower-is-better',
};

export const burnRateAlertsDefinition: MetricDefinition = {
  id: 'slos.burn-rate-alerts',
  version: 1,
  title: 'Burn-rate alerts firing',
  description:
    'The multiwindow alerts of the SRE workbook firing at the status instant. One fires when the burn rate of ' +
    'both its long and its short window is above its factor (exactly at it does not fire; a window without ' +
    'data never fires): page at 1h and 5m above 14.4, or 6h and 30m above 6; ticket at 1d and 2h above 3, ' +
    'or 3d and 6h above 1.',
  unit: 'count',
  direction: 'lower-is-better',
};

export const SLO_METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  sloAttainmentDefinition,
  errorBudgetRemainingDefinition,
  burnRateDefinition,
  burnRateAlertsDefinition,
];
