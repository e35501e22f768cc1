/**
 * KPIs read from delivery and reliability figures that are not one catalog metric: SLO attainment over
 * every SLO, incident notification for the paging severities, remediation within SLA for the severities the
 * seed names, and the merge-to-deploy stage of lead time.
 *
 * Rules and reasons:
 * - A share over several severities is recombined from the per-severity shares and their counts (share × n
 *   is the count within SLA), so it equals what counting the findings directly would give.
 * - Medians cannot be recombined: incident notification takes the slower of the SEV-1 and SEV-2 medians,
 *   since both must be under the target.
 * - SLO figures are over each SLO's own rolling window at the end of the period (or now, if sooner).
 */

import { shiftDayKey } from '../domain/day-keys.js';
import { startOfLocalDay } from '../metrics/calendar.js';
import type { AppContext } from './context.js';
import { readDeployStageSummary } from './dx-metrics.service.js';
import type { KpiPeriodReading, KpiReader, KpiReadPeriod } from './kpi-readers.js';
import { readMetricValue } from './metric-reading.service.js';
import { listSloReports } from './slos.service.js';

const MINUTE_MS = 60_000;

/** The instant a period ends, or now when that is sooner, on a whole minute. */
export function periodEnd(context: AppContext, period: KpiReadPeriod, now: Date): Date {
  const end = startOfLocalDay(shiftDayKey(period.to, 1), context.workspace.config.timezone).getTime();
  const at = Math.min(end, now.getTime());
  return new Date(at - (at % MINUTE_MS));
}

const readSloAttainment: KpiReader = async (context, _viewer, period, now) => {
  const reports = await listSloReports(context, { now: periodEnd(context, period, now) });
  const measured = reports.flatMap((report) =>
    report.status?.attainment.kind === 'value'
      ? [
          {
            id: `sli:${report.serviceRef}/${report.slo}`,
            met: report.status.attainment.value >= report.target,
          },
        ]
      : [],
  );
  if (measured.length === 0)
    return {
      kind: 'no-data',
      needs:
        reports.length === 0
          ? 'SLOs declared in the service catalog'
          : 'SLI data for the declared SLOs (sextant slos import)',
    };
  return {
    kind: 'value',
    value: measured.filter((slo) => slo.met).length / measured.length,
    n: measured.length,
    recordIds: measured.filter((slo) => !slo.met).map((slo) => slo.id),
  };
};

const readIncidentNotification: KpiReader = async (context, _viewer, period, now) => {
  const readings = await Promise.all(
    ['SEV-1', 'SEV-2'].map((severity) =>
      readMetricValue(
        context,
        {
          metric: 'incidents.time-to-acknowledge',
          severity,
          from: period.from,
          to: period.to,
          statistic: 'median',
        },
        now,
      ),
    ),
  );
  const values = readings.flatMap((reading) => (reading.kind === 'value' ? [reading] : []));
  if (values.length === 0)
    return { kind: 'no-data', needs: 'SEV-1 or SEV-2 incidents with acknowledgement times' };
  return {
    kind: 'value',
    value: Math.max(...values.map((reading) => reading.value)),
    n: values.reduce((sum, reading) => sum + reading.n, 0),
    recordIds: values.flatMap((reading) => reading.recordIds),
  };
};

const readVulnerabilityRemediation: KpiReader = async (context, _viewer, period, now) => {
  const readings = await Promise.all(
    ['critical', 'high'].map((severity) =>
      readMetricValue(
        context,
        { metric: 'vulnerabilities.remediation-within-sla', severity, from: period.from, to: period.to },
        now,
      ),
    ),
  );
  const values = readings.flatMap((reading) => (reading.kind === 'value' && reading.n > 0 ? [reading] : []));
  const settled = values.reduce((sum, reading) => sum + reading.n, 0);
  if (settled === 0)
    return { kind: 'no-data', needs: 'critical or high findings fixed or past their SLA in the period' };
  const within = values.reduce((sum, reading) => sum + reading.value * reading.n, 0);
  return {
    kind: 'value',
    value: within / settled,
    n: settled,
    recordIds: values.flatMap((reading) => reading.recordIds),
  };
};

const readMergeToProduction: KpiReader = async (context, _viewer, period, now): Promise<KpiPeriodReading> => {
  // From the first shipments in the metric facts, as the DX scorecard reads it (no walk of the history).
  const stage = await readDeployStageSummary(
    context,
    { scope: 'org', from: period.from, to: period.to },
    now,
  );
  if (stage.kind !== 'value') return { kind: 'no-data', needs: stage.needs };
  return { kind: 'value', value: stage.median, n: stage.n, recordIds: stage.recordIds };
};

export const RELIABILITY_KPI_READERS: Readonly<Record<string, KpiReader>> = {
  'slo-attainment': readSloAttainment,
  'incident-notification': readIncidentNotification,
  'vulnerability-remediation': readVulnerabilityRemediation,
  'merge-to-production': readMergeToProduction,
};
