/**
 * The technical debt register, ranked by priority (impact, cost of delay and risk against effort), and
 * how much of each team's finished work went to debt against its target share.
 */
import { useMemo } from 'react';
import { Chart, PALETTE } from '../../components/chart';
import { formatPercent, personName } from '../../components/org-names';
import { ReviewDate, Status } from '../../components/section';
import { Table } from '../../components/table';
import { scopeNote } from './scope';
import type { DebtList, DebtSpend } from './types';

function spendOf(team: DebtSpend) {
  return team.total.kind === 'value'
    ? (team.total as { actual: number; debtItems: number; n: number })
    : null;
}

export function DebtPanel(props: {
  list: DebtList;
  scope: string | undefined;
  title: (ref: string) => string;
  /** How many items the whole register holds. */
  whole: number | undefined;
}) {
  const { list, scope, title } = props;
  const items = list.items;
  const spend = list.spend.teams.filter((team) => !scope || team.team === scope);
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: number) => `${value}%`,
      },
      legend: { bottom: 0 },
      grid: { left: 160, right: 90, top: 10, bottom: 50 },
      xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
      yAxis: { type: 'category', inverse: true, data: spend.map((team) => title(team.team)) },
      series: [
        {
          name: 'Share of finished work spent on debt',
          type: 'bar',
          data: spend.map((team) => spendOf(team)?.actual ?? null),
          itemStyle: { color: PALETTE[4] },
          label: { show: true, position: 'right', formatter: '{c}%', color: '#1b2430' },
        },
        {
          name: 'Target share',
          type: 'bar',
          data: spend.map((team) => team.target),
          itemStyle: { color: '#ffffff', borderColor: '#1b2430', borderWidth: 1, borderType: 'dashed' },
          label: { show: true, position: 'right', formatter: 'target {c}%', color: '#4d5866' },
        },
      ],
    }),
    [spend, title],
  );
  if (props.whole === 0 && list.spend.teams.length === 0)
    return (
      <p className="state state-empty">
        No technical debt recorded. Add items to <code>registers/debt.yaml</code> (what, owner, teams, impact,
        cost of delay, effort and risk, a review date) to rank them, and label debt work in the tracker to see
        its share.
      </p>
    );
  const note = scopeNote(items.length, props.whole, 'debt items', scope ? title(scope) : undefined);
  return (
    <>
      {note ? <p className="muted">{note}</p> : null}
      <Table
        caption="Technical debt, highest priority first"
        rows={[...items].sort(
          (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY),
        )}
        rowKey={(row) => row.id}
        columns={[
          { header: 'Rank', numeric: true, cell: (row) => (row.rank === null ? '—' : String(row.rank)) },
          { header: 'ID', cell: (row) => <span className="nowrap">{row.id}</span> },
          { header: 'Debt', cell: (row) => row.title },
          { header: 'Teams', cell: (row) => row.teams.map(title).join(', ') || '—' },
          { header: 'Owner', cell: (row) => row.ownerName ?? personName(row.owner) },
          { header: 'Status', cell: (row) => <Status value={row.status} /> },
          { header: 'Priority', numeric: true, cell: (row) => String(row.priority) },
          {
            header: 'Impact / delay / risk / effort',
            cell: (row) =>
              `${row.score.impact} / ${row.score.costOfDelay} / ${row.score.risk} / ${row.score.effort}`,
          },
          {
            header: 'Review',
            cell: (row) => <ReviewDate date={row.reviewDate} overdue={row.reviewOverdue} />,
          },
        ]}
      />
      <h3>Time spent on debt</h3>
      {spend.length === 0 ? (
        <p className="state state-empty">
          No finished work labelled as debt{scope ? ` for ${title(scope)}` : ''}. Map a label (such as{' '}
          <code>tech-debt</code>) to debt in the capacity plan to measure it.
        </p>
      ) : (
        <>
          <Chart
            option={option}
            label={`Share of finished work spent on debt per team, ${list.spend.window.from} to ${list.spend.window.to}, against each team's target`}
            height={Math.max(200, 70 + spend.length * 44)}
          />
          <Table
            caption={`Debt share of finished work, ${list.spend.window.from} to ${list.spend.window.to}`}
            rows={spend}
            rowKey={(row) => row.team}
            columns={[
              { header: 'Team', cell: (row) => title(row.team) },
              { header: 'Debt share', numeric: true, cell: (row) => formatPercent(spendOf(row)?.actual) },
              { header: 'Target', numeric: true, cell: (row) => formatPercent(row.target) },
              {
                header: 'Debt items of all finished',
                numeric: true,
                cell: (row) => {
                  const total = spendOf(row);
                  return total
                    ? `${total.debtItems} of ${total.n}`
                    : ((row.total as { needs?: string }).needs ?? '—');
                },
              },
            ]}
          />
        </>
      )}
    </>
  );
}
