/**
 * The budget of the fiscal year: plan against actuals to date per category with the variance, and the
 * forecast for the year at the current run rate. A variance within the tolerance is on plan.
 */
import { useMemo } from 'react';
import { Chart, PALETTE } from '../../components/chart';
import { formatMoney, formatPercent } from '../../components/org-names';
import { Status } from '../../components/section';
import { Table } from '../../components/table';
import { titleCase } from '../../format';
import type { Budget, Variance } from './types';

function varianceCell(variance: Variance | null | undefined, currency: string) {
  if (!variance) return '—';
  return (
    <>
      {formatMoney(variance.amount, currency)} ({formatPercent(variance.percent, true)}){' '}
      <Status value={variance.flag} />
    </>
  );
}

export function BudgetPanel({ budget }: { budget: Budget }) {
  const { currency } = budget;
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: number) => formatMoney(value, currency),
      },
      legend: { bottom: 0 },
      grid: { left: 90, right: 20, top: 30, bottom: 50 },
      xAxis: { type: 'category', data: budget.categories.map((category) => titleCase(category.category)) },
      yAxis: {
        type: 'value',
        axisLabel: {
          formatter: (value: number) => new Intl.NumberFormat('en', { notation: 'compact' }).format(value),
        },
      },
      series: [
        {
          name: 'Plan to date',
          type: 'bar',
          data: budget.categories.map((category) => category.yearToDate.plan),
          itemStyle: { color: '#8792a1' },
        },
        {
          name: 'Actual to date',
          type: 'bar',
          data: budget.categories.map((category) => ({
            value: category.yearToDate.actual,
            itemStyle: { color: category.yearToDate.variance.flag === 'over' ? PALETTE[1] : PALETTE[0] },
          })),
          label: {
            show: true,
            position: 'top',
            color: '#1b2430',
            formatter: (params: { dataIndex: number }) =>
              formatPercent(budget.categories[params.dataIndex]?.yearToDate.variance.percent, true),
          },
        },
      ],
    }),
    [budget, currency],
  );
  const monthly = budget.closedMonths.map((month) => {
    const rows = budget.categories.map((category) =>
      category.months.find((candidate) => candidate.month === month),
    );
    return {
      month,
      plan: rows.reduce((sum, row) => sum + (row?.plan ?? 0), 0),
      actual: rows.reduce((sum, row) => sum + (row?.actual ?? 0), 0),
    };
  });
  return (
    <>
      <dl className="figures">
        <div>
          <dt>Plan for FY{budget.year}</dt>
          <dd>{formatMoney(budget.total.plan, currency)}</dd>
        </div>
        <div>
          <dt>Spent to date</dt>
          <dd>{formatMoney(budget.total.yearToDate.actual, currency)}</dd>
        </div>
        <div>
          <dt>Against the plan to date</dt>
          <dd>{formatPercent(budget.total.yearToDate.variance.percent, true)}</dd>
        </div>
        <div>
          <dt>Forecast for the year</dt>
          <dd>{budget.total.forecast ? formatMoney(budget.total.forecast.amount, currency) : '—'}</dd>
        </div>
      </dl>
      <p className="muted">
        Closed months up to {budget.closedMonths.at(-1) ?? 'none yet'}; a variance within ±{budget.tolerance}%
        counts as on plan. The labels give each category's variance to date.
      </p>
      <Chart
        option={option}
        label={`Budget FY${budget.year}: plan and actual spending to date per category`}
        height={300}
      />
      <Table
        caption={`Budget FY${budget.year} per category, in ${currency}`}
        rows={budget.categories}
        rowKey={(row) => row.category}
        columns={[
          { header: 'Category', cell: (row) => titleCase(row.category) },
          { header: 'Plan for the year', numeric: true, cell: (row) => formatMoney(row.plan, currency) },
          {
            header: 'Plan to date',
            numeric: true,
            cell: (row) => formatMoney(row.yearToDate.plan, currency),
          },
          {
            header: 'Actual to date',
            numeric: true,
            cell: (row) => formatMoney(row.yearToDate.actual, currency),
          },
          { header: 'Variance to date', cell: (row) => varianceCell(row.yearToDate.variance, currency) },
          { header: 'Forecast', numeric: true, cell: (row) => formatMoney(row.forecast?.amount, currency) },
          { header: 'Forecast against plan', cell: (row) => varianceCell(row.forecast?.variance, currency) },
          { header: 'Notes', cell: (row) => row.notes.join(' ') || '—' },
        ]}
      />
      <h3>Month by month</h3>
      <Table
        caption={`Plan and actual per closed month, all categories, in ${currency}`}
        rows={monthly}
        rowKey={(row) => row.month}
        empty="No month of this fiscal year is closed yet."
        columns={[
          { header: 'Month', cell: (row) => row.month },
          { header: 'Plan', numeric: true, cell: (row) => formatMoney(row.plan, currency) },
          { header: 'Actual', numeric: true, cell: (row) => formatMoney(row.actual, currency) },
          {
            header: 'Variance',
            numeric: true,
            cell: (row) =>
              `${formatMoney(row.actual - row.plan, currency)} (${formatPercent(row.plan ? ((row.actual - row.plan) / row.plan) * 100 : null, true)})`,
          },
        ]}
      />
    </>
  );
}
