/**
 * The reliability families' figures as single numbers, read through their own services: incident metrics,
 * SLO attainment and error budget (one named SLO, at the end of the window), on-call load, vulnerability
 * remediation and release metrics. Each returns the result the metric engine computed, whole.
 */
import { InputError } from '../domain/errors.js';
import type { Scope } from '../metrics/result.js';
import type { AppContext } from './context.js';
import { computeIncidentMetricsReport } from './incident-metrics.service.js';
import { parseScope, resolveWindow } from './metrics/query.js';
import { computeOncallReport } from './oncall.service.js';
import { computeReleaseMetricsReport } from './releases.service.js';
import { listSloReports } from './slos.service.js';
import { computeVulnerabilitySla, listOverdueVulnerabilities } from './vulnerabilities.service.js';

/** A metric result as every family shapes it, with the figures a key result may read. */
export interface AnyResult {
  kind: string;
  scope: Scope;
  window: { from: string; to: string };
  n: number;
  recordIds: string[];
  needs?: string;
  median?: number;
  p90?: number;
  value?: number;
}

export interface ReliabilityQuery {
  metric: string;
  scope?: string;
  from: string;
  to: string;
  severity?: string;
  slo?: string;
}

type Reader = (context: AppContext, query: ReliabilityQuery, now: Date) => Promise<AnyResult>;

const window = (query: ReliabilityQuery) => ({
  ...(query.scope === undefined ? {} : { scope: query.scope }),
  from: query.from,
  to: query.to,
});

function needSeverity(query: ReliabilityQuery): string {
  if (query.severity === undefined)
    throw new InputError('Missing severity', [
      { path: 'severity', message: `${query.metric} is given per severity`, found: 'nothing' },
    ]);
  return query.severity;
}

function pick<T>(results: Record<string, T>, key: string, metric: string): T {
  const found = results[key];
  if (found === undefined)
    throw new InputError('Unknown severity', [
      {
        path: 'severity',
        message: `${metric} has no ${key}`,
        found: key,
        expected: Object.keys(results).join(', '),
      },
    ]);
  return found;
}

const readIncidents: Reader = async (context, query, now) => {
  const { results } = await computeIncidentMetricsReport(context, window(query), now);
  switch (query.metric) {
    case 'incidents.time-to-acknowledge':
      return pick(results.timeToAcknowledge, needSeverity(query), query.metric);
    case 'incidents.time-to-resolve':
      return pick(results.timeToResolve, needSeverity(query), query.metric);
    case 'incidents.recurrence':
      return results.recurrence;
    case 'incidents.postmortem-completion':
      return results.postmortemCompletion;
    case 'incidents.action-items-on-time':
      return results.actionItemsOnTime;
    default: {
      const maturity = results.maturity;
      return maturity.kind === 'value' ? { ...maturity, value: maturity.level } : maturity;
    }
  }
};

const readReleases: Reader = async (context, query, now) => {
  const { results } = await computeReleaseMetricsReport(context, window(query), now);
  const byId: Record<string, AnyResult> = {
    'releases.frequency': results.frequency,
    'releases.lead-time': results.leadTime,
    'releases.success-rate': results.successRate,
    'releases.rollback-rate': results.rollbackRate,
    'releases.hotfix-frequency': results.hotfixFrequency,
    'releases.flag-age': results.flagAge,
  };
  return pick(byId, query.metric, 'releases');
};

const readVulnerabilities: Reader = async (context, query, now) => {
  if (query.metric === 'vulnerabilities.overdue') {
    const scope = parseScope(query.scope);
    if (scope.kind !== 'org' && scope.kind !== 'team') throw scopeError(query, 'org or team:NAME');
    const team = scope.kind === 'team' ? { team: scope.ref } : {};
    return (await listOverdueVulnerabilities(context, team, now)).result;
  }
  const { results } = await computeVulnerabilitySla(context, window(query), now);
  if (query.metric === 'vulnerabilities.open-by-age') return results.openByAge;
  const bySeverity: Record<string, AnyResult> =
    query.metric === 'vulnerabilities.time-to-remediate'
      ? results.timeToRemediate
      : results.remediationWithinSla;
  return pick(bySeverity, needSeverity(query), query.metric);
};

const readOncall: Reader = async (context, query, now) => {
  const scope = parseScope(query.scope);
  if (scope.kind !== 'org' && scope.kind !== 'team') throw scopeError(query, 'org or team:NAME');
  const team = scope.kind === 'team' ? { team: scope.ref } : {};
  const report = await computeOncallReport(context, { ...team, from: query.from, to: query.to }, now);
  const { health } = report;
  const base = { scope, window: report.window };
  if (health.kind !== 'value')
    return { ...base, kind: 'insufficient-data', n: 0, recordIds: [], needs: health.needs };
  const values: Record<string, number> = {
    'oncall.pages-per-person-week': health.pagesPerPersonWeek,
    'oncall.out-of-hours-share': health.outOfHoursShare,
    'oncall.sleep-hour-pages': health.sleepHourPages,
  };
  const recordIds = [...new Set(health.people.flatMap((person) => person.incidentIds))].sort();
  return { ...base, kind: 'value', n: health.pages, recordIds, value: pick(values, query.metric, 'oncall') };
};

/** An SLO's figures at the end of the window (or now, if sooner), over the SLO's own rolling window. */
const readSlo: Reader = async (context, query, now) => {
  const scope = parseScope(query.scope);
  if (scope.kind !== 'service' || query.slo === undefined)
    throw scopeError(query, 'service:NAME with an slo');
  const end = resolveWindow(query, now, context.workspace.config.timezone).to;
  const at = new Date(Math.min(now.getTime(), end.getTime()));
  const reports = await listSloReports(context, { now: at, service: scope.ref });
  const report = reports.find((candidate) => candidate.slo === query.slo);
  if (!report)
    throw new InputError('Unknown SLO', [
      { path: 'slo', message: `no SLO ${query.slo} on ${scope.ref}`, found: query.slo },
    ]);
  const status = report.status;
  const recordIds = [`sli:${report.serviceRef}/${report.slo}`];
  if (!status)
    return {
      kind: 'insufficient-data',
      scope,
      window: { from: query.from, to: query.to },
      n: 0,
      recordIds: [],
      needs: `SLI data for ${report.service}/${report.slo} (sextant slos import)`,
    };
  const base = { scope, window: { from: status.window.from, to: status.window.to }, recordIds };
  const attainment = status.attainment;
  const n = attainment.kind === 'value' ? attainment.valid : 0;
  if (query.metric === 'slos.burn-rate-alerts')
    return { ...base, kind: 'value', n, value: status.alerts.filter((alert) => alert.firing).length };
  const figure = query.metric === 'slos.attainment' ? attainment : status.budget;
  if (figure.kind !== 'value') return { ...base, kind: 'insufficient-data', n, needs: figure.needs };
  const value = 'remaining' in figure ? figure.remaining : figure.value;
  return { ...base, kind: 'value', n, value };
};

function scopeError(query: ReliabilityQuery, expected: string): InputError {
  return new InputError('Unsupported scope', [
    {
      path: 'scope',
      message: `${query.metric} is read for ${expected}`,
      found: String(query.scope ?? 'org'),
      expected,
    },
  ]);
}

export const RELIABILITY_READERS: Readonly<Record<string, Reader>> = {
  incidents: readIncidents,
  releases: readReleases,
  vulnerabilities: readVulnerabilities,
  oncall: readOncall,
  slos: readSlo,
};
