/** `sextant kpis`, `kpis show <id>`, `kpis list`, as the local operator (docs/kpis.md). */
import type { Command } from 'commander';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import {
  getKpiDefinition,
  type KpiCard,
  type KpiDefinition,
  type KpiScorecard,
  listKpiCatalog,
  parseKpiScorecardQuery,
  readKpi,
  readKpiScorecard,
} from '../../services/kpis.service.js';
import { printData, printJson } from '../output.js';
import { formatTable } from '../table.js';
import { withContext } from '../with-context.js';

type ScorecardOptions = { asOf?: string; section?: string; status?: string; json?: boolean };

export async function runKpisScorecard(options: ScorecardOptions, command: Command) {
  const query = parseKpiScorecardQuery(definedOnly({ ...options, json: undefined }));
  await withContext(command, async (context) => {
    const scorecard = await readKpiScorecard(context, LOCAL_OPERATOR, query);
    if (options.json) printJson(scorecard);
    else printData(formatScorecard(scorecard));
  });
}

export async function runKpisShow(id: string, options: { asOf?: string; json?: boolean }, command: Command) {
  getKpiDefinition(id);
  const { asOf } = parseKpiScorecardQuery(definedOnly({ asOf: options.asOf }));
  await withContext(command, async (context) => {
    const card = await readKpi(context, LOCAL_OPERATOR, id, asOf === undefined ? {} : { asOf });
    if (options.json) printJson(card);
    else printData(formatCard(card));
  });
}

export async function runKpisList(options: { section?: string; json?: boolean }) {
  const { section } = parseKpiScorecardQuery(definedOnly({ section: options.section }));
  const catalog = listKpiCatalog(section);
  if (options.json) printJson({ kpis: catalog });
  else printData(formatCatalog(catalog));
}

function definedOnly(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined));
}

export function formatScorecard(scorecard: KpiScorecard): string {
  const rows = scorecard.kpis.map((card) => [
    card.title,
    formatKpiValue(card.value, card.unit),
    formatTarget(card.target.value, card),
    card.status,
    `${sparkline(card.trend.map((point) => point.value))} ${TREND_MARKS[card.trendDirection]}`,
    card.owner,
    card.frequency,
  ]);
  const counts = Object.entries(scorecard.counts)
    .map(([status, count]) => `${count} ${status}`)
    .join(', ');
  return [
    `KPI scorecard as of ${scorecard.asOf}: ${counts}`,
    '',
    formatTable(['KPI', 'value', 'target', 'status', 'trend', 'owner', 'frequency'], rows),
    '',
    'Trend: six review periods, oldest first (· no data); ▲ improving, ▼ worsening, = flat, ? too few points.',
  ].join('\n');
}

export function formatCard(card: KpiCard): string {
  const lines = [
    `${card.title} (${card.id})`,
    card.definition,
    '',
    `Value:     ${formatKpiValue(card.value, card.unit)} for ${card.period.label} (${card.period.from} to ${card.period.to})`,
    `Status:    ${card.status}${card.withheldReason ? ` (${card.withheldReason})` : ''}`,
    `Target:    ${formatTarget(card.target.value, card)}, ${card.target.text} [${card.target.source === 'workspace' ? 'sextant.yaml kpiTargets' : 'catalog default'}]`,
    `Trend:     ${card.trendDirection}`,
    `Owner:     ${card.owner}${card.ownerSource === 'workspace' ? ' (sextant.yaml kpiOwners)' : ''}`,
    `Reviewed:  ${card.frequency}; section ${card.section}; concern ${card.concern}`,
    `Source:    ${card.source}`,
  ];
  if (card.needs) lines.push(`Needs:     ${card.needs}`);
  lines.push(
    '',
    formatTable(
      ['period', 'from', 'to', 'value', 'n'],
      card.trend.map((point) => [
        point.label,
        point.from,
        point.to,
        formatKpiValue(point.value, card.unit),
        String(point.n),
      ]),
    ),
  );
  if (card.recordIds.length > 0) lines.push('', `Records: ${card.recordIds.join(', ')}`);
  return lines.join('\n');
}

export function formatCatalog(catalog: readonly KpiDefinition[]): string {
  return formatTable(
    ['id', 'KPI', 'target', 'frequency', 'section', 'owner'],
    catalog.map((kpi) => [
      kpi.id,
      kpi.title,
      formatTarget(kpi.target, kpi),
      kpi.frequency,
      kpi.section,
      kpi.ownerRole,
    ]),
  );
}

const TREND_MARKS: Record<KpiCard['trendDirection'], string> = {
  improving: '▲',
  worsening: '▼',
  flat: '=',
  unknown: '?',
};

function formatTarget(value: number, kpi: Pick<KpiDefinition, 'unit' | 'direction'>): string {
  return `${kpi.direction === 'higher-is-better' ? '≥' : '≤'} ${formatKpiValue(value, kpi.unit)}`;
}

/** A KPI's value in its unit: shares as percents, durations in minutes, hours or days. */
export function formatKpiValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  switch (unit) {
    case 'fraction':
      return `${round(value * 100, 1)}%`;
    case 'seconds':
      return formatDuration(value);
    case 'days':
      return `${round(value, 1)} d`;
    case 'per-week':
      return `${round(value, 1)}/wk`;
    case 'score':
      return `${round(value, 2)}/5`;
    case 'ratio':
      return round(value, 2);
    default:
      return round(value, 1);
  }
}

function formatDuration(seconds: number): string {
  if (seconds < 60) return `${round(seconds, 0)} s`;
  if (seconds < 3600) return `${round(seconds / 60, 1)} min`;
  if (seconds < 48 * 3600) return `${round(seconds / 3600, 1)} h`;
  return `${round(seconds / 86_400, 1)} d`;
}

function round(value: number, digits: number): string {
  return String(Number(value.toFixed(digits)));
}

const BARS = '▁▂▃▄▅▆▇█';

/** The values as bars from the lowest to the highest, `·` where a period has none. */
export function sparkline(values: readonly (number | null)[]): string {
  const known = values.filter((value): value is number => value !== null);
  const low = Math.min(...known);
  const span = Math.max(...known) - low;
  return values
    .map((value) => {
      if (value === null) return '·';
      const index = span === 0 ? 3 : Math.round(((value - low) / span) * (BARS.length - 1));
      return BARS[index];
    })
    .join('');
}
