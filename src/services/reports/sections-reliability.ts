/**
 * Reliability in reports: incidents by severity (the period's counts and a weekly chart), time to resolve
 * by severity, and SLO attainment with error budgets at the period's end. Each figure names the API
 * response that gives the same number.
 */
import { shiftDayKey } from '../../domain/day-keys.js';
import { SEVERITIES } from '../../domain/records/incident.js';
import { startOfLocalDay, toDayKey } from '../../metrics/calendar.js';
import type { ReportBlock, ReportFigure, ReportSection } from '../../reports/document.js';
import { listPeriods } from '../../reports/period.js';
import { type AppContext, remember } from '../context.js';
import { computeIncidentMetricsReport } from '../incident-metrics.service.js';
import { listIncidents } from '../incidents.service.js';
import { listSloReports } from '../slos.service.js';
import type { ReportInput } from './types.js';

interface Window {
  from: string;
  to: string;
}

export function incidentsPath(window: Window, severity?: string): string {
  return `/api/incidents?since=${window.from}&until=${window.to}${severity ? `&severity=${severity}` : ''}`;
}

async function readIncidents(context: AppContext, window: Window, now: Date) {
  return remember(context, `report:incidents:${window.from}:${window.to}`, () =>
    listIncidents(context, { since: window.from, until: window.to }, now),
  );
}

/** Incidents started in the period, one figure per severity, with the previous period's count. */
export async function readIncidentFigures(context: AppContext, input: ReportInput): Promise<ReportFigure[]> {
  const [current, previous] = await Promise.all([
    readIncidents(context, input.period, input.now),
    readIncidents(context, input.period.previous, input.now),
  ]);
  return SEVERITIES.map((severity) => ({
    label: `${severity} incidents`,
    value: current.items.filter((incident) => incident.severity === severity).length,
    previous: previous.items.filter((incident) => incident.severity === severity).length,
    unit: 'count',
    direction: 'lower-is-better' as const,
    source: { path: incidentsPath(input.period, severity), pointer: '/total' },
  }));
}

/** The period's incidents as a table, most recent first (team depth shows all, executive the severe ones). */
export async function buildIncidentTableBlocks(
  context: AppContext,
  input: ReportInput,
): Promise<ReportBlock[]> {
  const list = await readIncidents(context, input.period, input.now);
  const severe = new Set(['SEV-1', 'SEV-2']);
  const items =
    input.audience === 'team' ? list.items : list.items.filter((incident) => severe.has(incident.severity));
  return [
    {
      type: 'table',
      columns: [
        { key: 'id', label: 'Incident' },
        { key: 'severity', label: 'Severity' },
        { key: 'title', label: 'Title' },
        { key: 'service', label: 'Service' },
        { key: 'status', label: 'Status' },
      ],
      rows: items.map((incident) => ({
        id: incident.key ?? incident.id,
        severity: incident.severity,
        title: incident.title,
        service: incident.service ?? '—',
        status: incident.status,
      })),
      empty:
        input.audience === 'team'
          ? 'No incident started in the period.'
          : 'No SEV-1 or SEV-2 incident in the period.',
    },
  ];
}

/** Incidents per week by severity over `weeks` weeks ending with the period, as a stacked bar chart. */
export async function buildIncidentSeverityChart(
  context: AppContext,
  input: ReportInput,
  options: { weeks: number },
): Promise<ReportBlock> {
  const { timezone, fiscalYearStart } = context.workspace.config;
  const weeks = listPeriods('week', input.period.to, options.weeks, fiscalYearStart);
  const first = weeks[0]?.from ?? input.period.from;
  const last = weeks[weeks.length - 1]?.to ?? input.period.to;
  const list = await readIncidents(context, { from: first, to: last }, input.now);
  const days = list.items.map((incident) => ({
    severity: incident.severity,
    day: toDayKey(new Date(incident.startedAt), timezone),
  }));
  return {
    type: 'chart',
    chart: {
      kind: 'stacked-bar',
      title: 'Incidents per week by severity',
      unit: 'count',
      x: weeks.map((week) => week.label),
      series: SEVERITIES.map((severity) => ({
        name: severity,
        values: weeks.map(
          (week) =>
            days.filter((one) => one.severity === severity && one.day >= week.from && one.day <= week.to)
              .length,
        ),
      })),
    },
  };
}

/** Median time to resolve per severity in the period, against the previous period. */
export async function readRecoveryFigures(context: AppContext, input: ReportInput): Promise<ReportFigure[]> {
  const [current, previous] = await Promise.all([
    computeIncidentMetricsReport(context, { from: input.period.from, to: input.period.to }, input.now),
    computeIncidentMetricsReport(
      context,
      { from: input.period.previous.from, to: input.period.previous.to },
      input.now,
    ),
  ]);
  const median = (result: { kind: string; median?: number } | undefined) =>
    result?.kind === 'value' && typeof result.median === 'number' ? result.median : null;
  return SEVERITIES.map((severity) => {
    const result = current.results.timeToResolve[severity] as {
      kind: string;
      median?: number;
      needs?: string;
    };
    return {
      label: `Time to resolve ${severity} (median)`,
      value: median(result),
      previous: median(previous.results.timeToResolve[severity] as { kind: string; median?: number }),
      unit: 'seconds',
      direction: 'lower-is-better' as const,
      source: {
        path: `/api/metrics/incidents?from=${input.period.from}&to=${input.period.to}`,
        pointer: `/results/timeToResolve/${severity}/median`,
      },
      ...(result.kind !== 'value' && result.needs ? { note: result.needs } : {}),
    };
  });
}

/** The instant right after the period's last local day: SLOs are judged there. */
export function periodEnd(context: AppContext, input: ReportInput): Date {
  return startOfLocalDay(shiftDayKey(input.period.to, 1), context.workspace.config.timezone);
}

/**
 * SLOs at the period's end: tiles for each SLO under target or with its error budget at risk, then a
 * table of every SLO (team depth) or of the troubled ones (executive).
 */
export async function buildSloBlocks(context: AppContext, input: ReportInput): Promise<ReportBlock[]> {
  const at = periodEnd(context, input);
  const reports = await listSloReports(context, { now: at });
  if (reports.length === 0) {
    return [
      {
        type: 'missing',
        what: 'service level objectives',
        needs: 'SLOs declared in services.yaml and SLI data',
      },
    ];
  }
  // The API pages its lists; one page of the largest size holds every SLO an organization declares.
  const path = `/api/slos?at=${encodeURIComponent(at.toISOString())}&limit=1000`;
  const rows = reports.map((report, index) => {
    const attainment = report.status?.attainment.kind === 'value' ? report.status.attainment.value : null;
    const budget = report.status?.budget.kind === 'value' ? report.status.budget.remaining : null;
    const state = report.status?.policy.kind === 'value' ? report.status.policy.state : 'no data';
    return { report, index, attainment, budget, state };
  });
  const troubled = rows.filter(
    (row) =>
      (row.attainment !== null && row.attainment < row.report.target) ||
      (row.state !== 'ok' && row.state !== 'no data'),
  );
  const met = rows.filter((row) => row.attainment !== null && row.attainment >= row.report.target).length;
  const blocks: ReportBlock[] = [
    {
      type: 'paragraph',
      text: `${met} of ${rows.length} SLOs met their target over their window ending ${toDayKey(new Date(at.getTime() - 1), context.workspace.config.timezone)}; ${troubled.length} missed it or have their error budget at risk.`,
    },
  ];
  if (troubled.length > 0) {
    blocks.push({
      type: 'figures',
      items: troubled.map((row) => ({
        label: `${row.report.service} ${row.report.slo}`,
        value: row.attainment,
        unit: 'fraction',
        target: row.report.target,
        status: row.attainment !== null && row.attainment >= row.report.target ? 'on-target' : 'off-target',
        direction: 'higher-is-better' as const,
        source: { path, pointer: `/items/${row.index}/status/attainment/value` },
      })),
    });
  }
  const shown = input.audience === 'team' ? rows : troubled;
  blocks.push({
    type: 'table',
    caption: 'SLO attainment and error budget remaining',
    columns: [
      { key: 'slo', label: 'SLO' },
      { key: 'target', label: 'Target', unit: 'fraction', align: 'right' },
      { key: 'attainment', label: 'Attainment', unit: 'fraction', align: 'right' },
      { key: 'budget', label: 'Budget left', unit: 'fraction', align: 'right' },
      { key: 'state', label: 'Budget state' },
    ],
    rows: shown.map((row) => ({
      slo: `${row.report.service} ${row.report.slo}`,
      target: row.report.target,
      attainment: row.attainment,
      budget: row.budget,
      state: row.state,
    })),
    empty: 'Every SLO met its target with budget to spare.',
  });
  return blocks;
}

/** A section of the reliability figures most reports share: counts, time to resolve and SLOs. */
export async function buildReliabilitySection(
  context: AppContext,
  input: ReportInput,
  options: { id?: string; title?: string; weeks?: number } = {},
): Promise<ReportSection> {
  const [incidents, recovery, chart, slos] = await Promise.all([
    readIncidentFigures(context, input),
    readRecoveryFigures(context, input),
    buildIncidentSeverityChart(context, input, { weeks: options.weeks ?? 8 }),
    buildSloBlocks(context, input),
  ]);
  return {
    id: options.id ?? 'reliability',
    title: options.title ?? 'Reliability',
    blocks: [{ type: 'figures', items: incidents }, chart, { type: 'figures', items: recovery }, ...slos],
  };
}
