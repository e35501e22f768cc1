/**
 * Budget variance in reports: the fiscal year holding the period's last day, plan against actuals year to
 * date and the forecast, and each category's variance for the months of the period. Source:
 * `/api/budget?year=`.
 */
import { NotFoundError } from '../../domain/errors.js';
import { fiscalYearOf } from '../../governance/budget-calendar.js';
import type { ReportBlock } from '../../reports/document.js';
import { showBudget } from '../budget.service.js';
import type { AppContext } from '../context.js';
import type { ReportInput } from './types.js';

export async function buildBudgetBlocks(context: AppContext, input: ReportInput): Promise<ReportBlock[]> {
  const year = fiscalYearOf(input.period.to, context.workspace.config.fiscalYearStart);
  let view: Awaited<ReturnType<typeof showBudget>>;
  try {
    view = await showBudget(context, { year, now: input.now });
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    return [
      {
        type: 'missing',
        what: `the budget of fiscal year ${year}`,
        needs: 'registers/budget.yaml and cost actuals',
      },
    ];
  }
  const path = `/api/budget?year=${year}`;
  const unit = view.currency === 'USD' ? 'usd' : 'currency';
  const months = new Set(
    view.months.filter(
      (month) => month >= input.period.from.slice(0, 7) && month <= input.period.to.slice(0, 7),
    ),
  );
  const rows = view.categories.flatMap((category) =>
    category.months
      .filter((month) => months.has(month.month))
      .map((month) => ({
        category: category.category,
        month: month.month,
        plan: month.plan,
        actual: month.actual,
        variance: month.variance ? month.variance.amount : null,
        flag: month.variance ? month.variance.flag : 'not closed',
      })),
  );
  return [
    {
      type: 'figures',
      items: [
        {
          label: 'Plan year to date',
          value: view.total.yearToDate.plan,
          unit,
          source: { path, pointer: '/total/yearToDate/plan' },
        },
        {
          label: 'Actual year to date',
          value: view.total.yearToDate.actual,
          unit,
          source: { path, pointer: '/total/yearToDate/actual' },
        },
        {
          label: 'Variance year to date',
          value: view.total.yearToDate.variance.amount,
          unit,
          source: { path, pointer: '/total/yearToDate/variance/amount' },
          note: view.total.yearToDate.variance.flag,
        },
        {
          label: 'Forecast variance (full year)',
          value: view.total.forecast.variance.amount,
          unit,
          source: { path, pointer: '/total/forecast/variance/amount' },
          note: view.total.forecast.variance.flag,
        },
      ],
    },
    {
      type: 'table',
      caption: `Budget by category for ${[...months].join(', ') || input.period.label} (${view.currency})`,
      columns: [
        { key: 'category', label: 'Category' },
        { key: 'month', label: 'Month' },
        { key: 'plan', label: 'Plan', unit, align: 'right' },
        { key: 'actual', label: 'Actual', unit, align: 'right' },
        { key: 'variance', label: 'Variance', unit, align: 'right' },
        { key: 'flag', label: 'Flag' },
      ],
      rows,
      empty: 'The budget has no month in this period.',
    },
  ];
}
