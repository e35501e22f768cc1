/**
 * Reliability sections for the quarterly review and the assessment: incidents started in the window by
 * severity, time to resolve by severity, postmortem practice, and SLO attainment at the window's end.
 */

import { SEVERITIES } from '../../domain/records/index.js';
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import { computeIncidentMetricsReport } from '../incident-metrics.service.js';
import { listIncidents } from '../incidents.service.js';
import { listSloReports } from '../slos.service.js';
import type { Window } from './kind-delivery.js';
import { apiPath, figureAt, type SourcedResult } from './kind-source.js';

export interface ReliabilityReading {
  incidents: SourcedResult[];
  metrics: SourcedResult;
  slos: SourcedResult;
}

export async function readReliability(
  context: AppContext,
  window: Window,
  now: Date,
): Promise<ReliabilityReading> {
  const incidents: SourcedResult[] = [];
  for (const severity of SEVERITIES) {
    const query = { severity, since: window.from, until: window.to };
    incidents.push({
      path: apiPath('/api/incidents', query),
      body: await listIncidents(context, query, now),
    });
  }
  const metricQuery = { from: window.from, to: window.to };
  const metrics = {
    path: apiPath('/api/metrics/incidents', metricQuery),
    body: await computeIncidentMetricsReport(context, metricQuery, now),
  };
  // SLOs are judged at the start of the day after the window: their rolling window then ends with it.
  const at = endInstant(window.to);
  const slos = {
    // The API pages its lists; one page of the largest size holds every SLO an organization declares.
    path: apiPath('/api/slos', { at: at.toISOString(), limit: '1000' }),
    body: { items: await listSloReports(context, { now: at }) },
  };
  return { incidents, metrics, slos };
}

function endInstant(lastDay: string): Date {
  const date = new Date(`${lastDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date;
}

export function incidentCountFigures(reading: ReliabilityReading): ReportFigure[] {
  return reading.incidents.map((result, index) =>
    figureAt(result, '/total', {
      label: `${SEVERITIES[index]} incidents`,
      unit: 'count',
      direction: 'lower-is-better',
    }),
  );
}

export function resolveTimeFigures(reading: ReliabilityReading): ReportFigure[] {
  return SEVERITIES.map((severity) => {
    const figure = figureAt(reading.metrics, `/results/timeToResolve/${severity}/median`, {
      label: `Time to resolve ${severity} (median)`,
      unit: 'seconds',
      direction: 'lower-is-better',
    });
    return figure.value === null
      ? { ...figure, note: `no resolved ${severity} incident in the window` }
      : figure;
  });
}

export function postmortemFigures(reading: ReliabilityReading): ReportFigure[] {
  return [
    figureAt(reading.metrics, '/results/postmortemCompletion/value', {
      label: 'Postmortems published on time',
      unit: 'fraction',
      direction: 'higher-is-better',
    }),
    figureAt(reading.metrics, '/results/actionItemsOnTime/value', {
      label: 'Postmortem actions done on time',
      unit: 'fraction',
      direction: 'higher-is-better',
    }),
    figureAt(reading.metrics, '/results/recurrence/value', {
      label: 'Incidents repeating a known cause',
      unit: 'fraction',
      direction: 'lower-is-better',
    }),
  ];
}

interface SloRow {
  service: string;
  slo: string;
  target: number;
  status: { attainment?: { kind: string; value?: number } } | null;
}

/** SLO attainment: the SLOs under target as figures, every SLO in a table (team depth shows it). */
export function sloBlocks(reading: ReliabilityReading): { summary: ReportBlock[]; table: ReportBlock } {
  const slos = (reading.slos.body as { items: SloRow[] }).items;
  const measured = slos
    .map((slo, index) => ({ slo, index, value: slo.status?.attainment?.value ?? null }))
    .filter((row): row is { slo: SloRow; index: number; value: number } => row.value !== null);
  const below = measured.filter((row) => row.value < row.slo.target);
  const summary: ReportBlock[] = [];
  if (slos.length === 0) {
    summary.push({ type: 'missing', what: 'SLO attainment', needs: 'SLOs declared in the service catalog' });
  } else {
    summary.push({
      type: 'paragraph',
      text: `${measured.length - below.length} of ${measured.length} measured SLOs met their target over their window${
        slos.length > measured.length ? `; ${slos.length - measured.length} have no SLI data yet` : ''
      }.`,
    });
  }
  if (below.length > 0) {
    summary.push({
      type: 'figures',
      items: below.slice(0, 6).map((row) => ({
        ...figureAt(reading.slos, `/items/${row.index}/status/attainment/value`, {
          label: `${row.slo.service} ${row.slo.slo}`,
          unit: 'fraction',
          direction: 'higher-is-better',
        }),
        target: row.slo.target,
        status: 'off-target' as const,
      })),
    });
  }
  const table: ReportBlock = {
    type: 'table',
    caption: 'Every SLO at the end of the period',
    columns: [
      { key: 'service', label: 'Service' },
      { key: 'slo', label: 'SLO' },
      { key: 'target', label: 'Target', unit: 'fraction', align: 'right' },
      { key: 'attainment', label: 'Attainment', unit: 'fraction', align: 'right' },
    ],
    rows: slos.map((slo) => ({
      service: slo.service,
      slo: slo.slo,
      target: slo.target,
      attainment: slo.status?.attainment?.value ?? null,
    })),
    empty: 'No SLO is declared.',
  };
  return { summary, table };
}
