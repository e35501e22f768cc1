/**
 * The vulnerability metrics' definitions (docs/vulnerabilities.md, docs/metrics.md "Vulnerabilities"),
 * as `metrics explain` and the API describe them. A finding is due at its opening plus the remediation
 * SLA days of its severity (7, 30, 90 and 180 by default, overridden under `vulnerabilities.sla`).
 */
import type { MetricDefinition } from '../result.js';

export const remediationWithinSlaDefinition: MetricDefinition = {
  id: 'vulnerabilities.remediation-within-sla',
  version: 1,
  title: 'Remediation within SLA',
  description:
    'Per severity, of the findings whose SLA outcome was settled in the window, the share fixed on or before ' +
    'their due time (opened plus the SLA days of their severity). An outcome is settled when the finding is ' +
    'fixed in time, or at its due time when it was not (still open, fixed late, or dismissed after it was ' +
    'due); each finding counts once, in that window. Findings dismissed by their due time, and those not ' +
    'yet due, count nowhere.',
  unit: 'fraction',
  direction: 'higher-is-better',
};

export const timeToRemediateDefinition: MetricDefinition = {
  id: 'vulnerabilities.time-to-remediate',
  version: 1,
  title: 'Time to remediate',
  description:
    'Per severity, for the findings in state fixed whose fix falls in the window, fixed minus opened (a fix ' +
    'recorded before the opening counts as 0); median and p90. Dismissed findings were not remediated and ' +
    'are left out.',
  unit: 'seconds',
  direction: 'lower-is-better',
};

export const openByAgeDefinition: MetricDefinition = {
  id: 'vulnerabilities.open-by-age',
  version: 1,
  title: 'Open findings by age',
  description:
    "Findings open at the window's last instant, or now when that is earlier (opened by then, neither fixed " +
    'nor dismissed by then), counted by whole days open (0-7, 8-30, 31-90, 91-180, over 180) and severity. ' +
    'None open is insufficient data.',
  unit: 'count',
  direction: 'lower-is-better',
};

export const overdueDefinition: MetricDefinition = {
  id: 'vulnerabilities.overdue',
  version: 1,
  title: 'Overdue findings',
  description:
    'Findings open now whose due time has passed (opened plus the SLA days of their severity), by owning ' +
    'team (findings no team owns apart), the most overdue first, with whole days overdue; n is the findings ' +
    'open now. Reads now, not a window.',
  unit: 'count',
  direction: 'lower-is-better',
};

export const VULNERABILITY_METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  remediationWithinSlaDefinition,
  timeToRemediateDefinition,
  openByAgeDefinition,
  overdueDefinition,
];
