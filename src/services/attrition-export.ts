/**
 * The attrition export: the same protected figures as the summary (whole scope, quarters, teams and
 * tenure bands, promotions), flattened to rows for a spreadsheet. A suppressed cell is a row saying so
 * with no figure in it; person references and individual rows are never exported.
 */
import type { Viewer } from '../domain/privacy.js';
import { mayRead } from './access.service.js';
import {
  type AttritionCell,
  type AttritionQuery,
  attritionSummary,
  promotionSummary,
} from './attrition.service.js';
import type { AppContext } from './context.js';

export const EXPORT_COLUMNS = [
  'section',
  'key',
  'label',
  'from',
  'to',
  'status',
  'average_headcount',
  'leavers',
  'attrition_rate',
  'regrettable',
  'regrettable_rate',
  'non_regrettable',
  'non_regrettable_rate',
  'voluntary',
  'voluntary_rate',
  'promotions',
  'promotion_rate',
] as const;
export type ExportRow = Record<(typeof EXPORT_COLUMNS)[number], string | number | null>;

export async function exportAttrition(
  context: Pick<AppContext, 'workspace' | 'store'>,
  viewer: Viewer,
  input: Pick<AttritionQuery, 'from' | 'to'>,
  today: string,
): Promise<ExportRow[]> {
  const query = { from: input.from, to: input.to };
  const byTeam = await attritionSummary(context, viewer, { ...query, by: 'team' }, today);
  // Tenure bands span the organization: a manager, who reads their own teams only, gets none.
  const byTenure = mayRead(viewer, 'people.aggregates')
    ? await attritionSummary(context, viewer, { ...query, by: 'tenure' }, today)
    : null;
  const promotions = await promotionSummary(context, viewer, query, today);
  const { from, to } = byTeam.window;
  const whole = byTeam.covers === 'organization' ? 'whole organization' : byTeam.covers;
  const rows: ExportRow[] = [
    attritionRow('scope', 'all', whole, byTeam.window, byTeam.scope),
    ...byTeam.trend.map((q) => attritionRow('quarter', q.quarter, q.quarter, q.window, q.figure)),
    ...(byTeam.breakdown?.cells ?? []).map((cell) =>
      attritionRow('team', cell.key, cell.label, byTeam.window, cell.figure),
    ),
    ...(byTenure?.breakdown?.cells ?? []).map((cell) =>
      attritionRow('tenure', cell.key, cell.label, byTeam.window, cell.figure),
    ),
    promotionRow('promotions', 'all', whole, { from, to }, promotions.scope),
    ...promotions.trend.map((q) =>
      promotionRow('promotions-quarter', q.quarter, q.quarter, q.window, q.figure),
    ),
  ];
  return rows;
}

function emptyRow(
  section: string,
  key: string,
  label: string,
  window: { from: string; to: string },
  status: string,
) {
  const row = Object.fromEntries(EXPORT_COLUMNS.map((column) => [column, null])) as ExportRow;
  return { ...row, section, key, label, from: window.from, to: window.to, status };
}

function attritionRow(
  section: string,
  key: string,
  label: string,
  window: { from: string; to: string },
  figure: AttritionCell['figure'],
): ExportRow {
  if (figure.kind !== 'shown') return emptyRow(section, key, label, window, figure.kind);
  const { leavers } = figure;
  return {
    ...emptyRow(section, key, label, window, 'shown'),
    average_headcount: round(figure.averageHeadcount),
    leavers: leavers.all.count,
    attrition_rate: round(leavers.all.annualizedRate),
    // The split by kind of departure only for viewers who may see it (see AttritionFigure).
    regrettable: leavers.regrettable?.count ?? null,
    regrettable_rate: round(leavers.regrettable?.annualizedRate),
    non_regrettable: leavers.nonRegrettable?.count ?? null,
    non_regrettable_rate: round(leavers.nonRegrettable?.annualizedRate),
    voluntary: leavers.voluntary?.count ?? null,
    voluntary_rate: round(leavers.voluntary?.annualizedRate),
  };
}

function promotionRow(
  section: string,
  key: string,
  label: string,
  window: { from: string; to: string },
  figure: Awaited<ReturnType<typeof promotionSummary>>['scope'],
): ExportRow {
  if (figure.kind !== 'shown') return emptyRow(section, key, label, window, figure.kind);
  return {
    ...emptyRow(section, key, label, window, 'shown'),
    average_headcount: round(figure.averageHeadcount),
    promotions: figure.promotions,
    promotion_rate: round(figure.annualizedRate),
  };
}

function round(value: number | undefined): number | null {
  if (value === undefined) return null;
  return Math.round(value * 10_000) / 10_000;
}

/** RFC 4180 CSV: a header line, fields quoted when they hold a comma, a quote or a line break. */
export function toCsv(rows: readonly ExportRow[]): string {
  const field = (value: string | number | null) => {
    const text = value === null ? '' : String(value);
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const lines = [
    EXPORT_COLUMNS.join(','),
    ...rows.map((row) => EXPORT_COLUMNS.map((c) => field(row[c])).join(',')),
  ];
  return `${lines.join('\r\n')}\r\n`;
}
