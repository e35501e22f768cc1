/** Terminal text for `sextant attrition`: rates as percentages a year, suppressed figures said as such. */

import type {
  AttritionCell,
  AttritionSummary,
  Leaver,
  PromotionSummary,
} from '../../services/attrition.service.js';
import type { EquityReview, GroupReview } from '../../services/attrition-equity.service.js';
import { formatTable } from '../table.js';

const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

function withheld(figure: { kind: string; minimum?: number; needs?: string }): string {
  if (figure.kind === 'insufficient-data') return `no data (${figure.needs})`;
  return `suppressed (fewer than ${figure.minimum} people, or would reveal such a group)`;
}

function attritionColumns(figure: AttritionCell['figure']): string[] {
  if (figure.kind !== 'shown') return [withheld(figure), '', '', '', ''];
  const { leavers } = figure;
  return [
    figure.averageHeadcount.toFixed(1),
    `${leavers.all.count}`,
    percent(leavers.all.annualizedRate),
    leavers.regrettable
      ? `${leavers.regrettable.count} (${percent(leavers.regrettable.annualizedRate)})`
      : '-',
    leavers.nonRegrettable
      ? `${leavers.nonRegrettable.count} (${percent(leavers.nonRegrettable.annualizedRate)})`
      : '-',
  ];
}

const HEADER = ['headcount', 'leavers', 'attrition', 'regrettable', 'non-regrettable'];

export function formatSummary(summary: AttritionSummary): string {
  const rows = [
    ['whole organization', ...attritionColumns(summary.scope)],
    ...summary.trend.map((entry) => [entry.quarter, ...attritionColumns(entry.figure)]),
  ];
  const parts = [
    `Attrition ${summary.window.from} to ${summary.window.to} (excluded), annualized`,
    formatTable(['', ...HEADER], rows),
  ];
  if (summary.breakdown)
    parts.push(
      `By ${summary.breakdown.by}`,
      formatTable(
        [summary.breakdown.by, ...HEADER],
        summary.breakdown.cells.map((cell) => [cell.label, ...attritionColumns(cell.figure)]),
      ),
    );
  return parts.join('\n\n');
}

export function formatLeavers(list: { window: { from: string; to: string }; leavers: Leaver[] }): string {
  if (list.leavers.length === 0) return `No one left between ${list.window.from} and ${list.window.to}.`;
  return formatTable(
    ['last day', 'name', 'team', 'tenure', 'regrettable', 'kind', 'reason'],
    list.leavers.map((leaver) => [
      leaver.lastDay,
      leaver.name,
      leaver.team ?? '-',
      leaver.tenureBand,
      leaver.regrettable === null ? 'not recorded' : leaver.regrettable ? 'yes' : 'no',
      leaver.kind ?? '-',
      leaver.reason ?? '-',
    ]),
  );
}

export function formatPromotions(summary: PromotionSummary): string {
  const columns = (figure: PromotionSummary['scope']) =>
    figure.kind === 'shown'
      ? [figure.averageHeadcount.toFixed(1), `${figure.promotions}`, percent(figure.annualizedRate)]
      : [withheld(figure), '', ''];
  return [
    `Internal promotions ${summary.window.from} to ${summary.window.to} (excluded), annualized`,
    formatTable(
      ['', 'headcount', 'promotions', 'rate'],
      [
        ['whole organization', ...columns(summary.scope)],
        ...summary.trend.map((entry) => [entry.quarter, ...columns(entry.figure)]),
      ],
    ),
  ].join('\n\n');
}

function groupRow(review: GroupReview): string[] {
  if (review.kind !== 'analysed') return [review.group, `not analysed: ${reason(review.reason)}`, '', '', ''];
  const { promotion, pay } = review;
  return [
    review.group,
    `${percent(promotion.group.rate)} vs ${percent(promotion.rest.rate)}`,
    promotion.p.toFixed(3),
    pay.kind === 'analysed'
      ? `${(pay.medianGap * 100).toFixed(1)} points`
      : `not analysed: ${reason(pay.reason)}`,
    pay.kind === 'analysed' ? pay.p.toFixed(3) : '',
  ];
}

function reason(why: string): string {
  if (why === 'small-group') return 'fewer than the minimum';
  if (why === 'small-rest') return 'the rest is below the minimum';
  return 'would reveal a smaller group';
}

export function formatEquity(review: EquityReview): string {
  if (review.dimensions.length === 0) return 'No self-declared groups to review.';
  return [
    `Equity review ${review.window.from} to ${review.window.to} (excluded); each group against the rest`,
    ...review.dimensions.map((dimension) =>
      [
        dimension.dimension,
        formatTable(
          ['group', 'promoted (group vs rest)', 'Fisher p', 'pay vs level median, gap', 'Mann-Whitney p'],
          dimension.groups.map(groupRow),
        ),
      ].join('\n'),
    ),
  ].join('\n\n');
}
