/**
 * KPI tiles for reports, straight from the KPI scorecard as of the report period's last day: value,
 * target, status and the previous review period's value. Each tile's source is `/api/kpis?asOf=` and the
 * pointer of the KPI in that response, so a report never shows a KPI the scorecard does not.
 */
import type { ReportBlock, ReportFigure } from '../../reports/document.js';
import { type AppContext, remember } from '../context.js';
import { type KpiCard, type KpiScorecard, readKpiScorecard } from '../kpis.service.js';
import type { ReportInput } from './types.js';

export function kpisPath(asOf: string): string {
  return `/api/kpis?asOf=${asOf}`;
}

/** The scorecard as of the period's last day, read once per report. */
export async function readReportScorecard(context: AppContext, input: ReportInput): Promise<KpiScorecard> {
  return remember(context, `report:kpis:${input.viewer.role}:${input.period.to}`, () =>
    readKpiScorecard(context, input.viewer, { asOf: input.period.to }, input.now),
  );
}

/** One KPI as a tile; `index` is its place in the scorecard response. */
export function toKpiFigure(card: KpiCard, index: number, asOf: string): ReportFigure {
  const previous = card.trend.length >= 2 ? (card.trend[card.trend.length - 2]?.value ?? null) : null;
  return {
    label: card.title,
    value: card.value,
    unit: card.unit,
    previous,
    target: card.target.value,
    status: card.status,
    direction: card.direction,
    source: { path: kpisPath(asOf), pointer: `/kpis/${index}/value` },
    ...(card.value === null && card.needs ? { note: `needs ${card.needs}` } : {}),
    ...(card.status === 'withheld' ? { note: 'withheld for your role or a group under five people' } : {}),
  };
}

/**
 * KPI tiles: all KPIs, only those off target, or the named ones (in the order given). A scorecard that
 * cannot be read becomes a `missing` block rather than failing the whole report.
 */
export async function buildKpiTilesBlocks(
  context: AppContext,
  input: ReportInput,
  options: { filter?: 'all' | 'off-target'; ids?: readonly string[] } = {},
): Promise<ReportBlock[]> {
  const scorecard = await readReportScorecard(context, input);
  const indexed = scorecard.kpis.map((card, index) => ({ card, index }));
  const chosen = options.ids
    ? options.ids.flatMap((id) => indexed.filter((entry) => entry.card.id === id))
    : indexed.filter((entry) => options.filter !== 'off-target' || entry.card.status === 'off-target');
  if (chosen.length === 0) {
    if (options.filter === 'off-target' && scorecard.kpis.length > 0) {
      return [{ type: 'paragraph', text: `Every KPI with data is on target as of ${scorecard.asOf}.` }];
    }
    return [{ type: 'missing', what: 'KPI values', needs: 'the sources named by `sextant kpis`' }];
  }
  return [
    { type: 'figures', items: chosen.map(({ card, index }) => toKpiFigure(card, index, scorecard.asOf)) },
  ];
}

/** The scorecard in one sentence of counts, then every KPI as a table row (value, target, trend, owner). */
export async function buildKpiSummaryBlocks(context: AppContext, input: ReportInput): Promise<ReportBlock[]> {
  const scorecard = await readReportScorecard(context, input);
  const { counts } = scorecard;
  const path = kpisPath(scorecard.asOf);
  return [
    {
      type: 'figures',
      items: [
        countFigure('KPIs on target', counts['on-target'], path, '/counts/on-target'),
        countFigure('KPIs off target', counts['off-target'], path, '/counts/off-target'),
        countFigure('KPIs without data', counts['no-data'], path, '/counts/no-data'),
      ],
    },
    {
      type: 'table',
      caption: `KPI scorecard as of ${scorecard.asOf}`,
      columns: [
        { key: 'kpi', label: 'KPI' },
        { key: 'value', label: 'Value', align: 'right' },
        { key: 'target', label: 'Target' },
        { key: 'status', label: 'Status' },
        { key: 'trend', label: 'Trend' },
        { key: 'owner', label: 'Owner' },
      ],
      rows: scorecard.kpis.map((card) => ({
        kpi: card.title,
        value: { value: card.value, unit: card.unit },
        target: card.target.text,
        status: card.status.replace('-', ' '),
        trend: card.trendDirection,
        owner: card.owner,
      })),
      empty: 'The KPI catalog is empty.',
    },
  ];
}

function countFigure(label: string, value: number, path: string, pointer: string): ReportFigure {
  return { label, value, unit: 'count', source: { path, pointer } };
}
