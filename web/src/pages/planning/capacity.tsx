/**
 * Capacity allocation: the share of finished work in each category (feature, reliability, debt,
 * security, other) against the target split. For the whole organization a bar per team; for one team a
 * bar per month. The target is a bar of its own, so the comparison is by position, not by color.
 */
import { useMemo } from 'react';
import { Chart, PALETTE } from '../../components/chart';
import { formatPercent } from '../../components/org-names';
import { Table } from '../../components/table';
import { titleCase } from '../../format';
import type { Capacity, CapacityMonth } from './types';

const CATEGORIES = ['feature', 'reliability', 'debt', 'security', 'other'];
const COLORS = [PALETTE[0], PALETTE[2], PALETTE[4], PALETTE[3], PALETTE[7]];

interface Row {
  key: string;
  label: string;
  /** The shares, or why there are none. */
  reading: CapacityMonth | { kind: 'target'; targets: Record<string, number> };
}

function shareOf(row: Row, category: string): number | null {
  if (row.reading.kind === 'target') return row.reading.targets[category] ?? 0;
  if (row.reading.kind === 'value') return row.reading.categories[category]?.actual ?? 0;
  return null;
}

export function rowsOf(capacity: Capacity, scope: string | undefined, title: (ref: string) => string): Row[] {
  const teams = scope ? capacity.teams.filter((team) => team.team === scope) : capacity.teams;
  const shared = capacity.teams.find((team) => !team.ownTargets)?.targets;
  const rows: Row[] = [];
  if (shared && !scope)
    rows.push({ key: 'target', label: 'Target split', reading: { kind: 'target', targets: shared } });
  for (const team of teams) {
    if (scope) {
      rows.push({
        key: `${team.team}|target`,
        label: 'Target split',
        reading: { kind: 'target', targets: team.targets },
      });
      for (const month of team.months)
        rows.push({ key: `${team.team}|${month.period}`, label: month.period, reading: month });
      rows.push({ key: `${team.team}|total`, label: 'Whole window', reading: team.total });
    } else {
      if (team.ownTargets)
        rows.push({
          key: `${team.team}|target`,
          label: `${title(team.team)} target`,
          reading: { kind: 'target', targets: team.targets },
        });
      rows.push({ key: team.team, label: title(team.team), reading: team.total });
    }
  }
  return rows;
}

export function CapacityView(props: {
  capacity: Capacity;
  scope: string | undefined;
  title: (ref: string) => string;
}) {
  const { capacity, scope, title } = props;
  const rows = useMemo(() => rowsOf(capacity, scope, title), [capacity, scope, title]);
  const option = useMemo(
    () => ({
      tooltip: {
        trigger: 'axis',
        axisPointer: { type: 'shadow' },
        valueFormatter: (value: number) => `${value}%`,
      },
      legend: { bottom: 0 },
      grid: { left: 170, right: 30, top: 10, bottom: 50 },
      xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
      yAxis: {
        type: 'category',
        inverse: true,
        data: rows.map((row) => row.label),
        axisLabel: {
          formatter: (label: string) =>
            label.endsWith('Target split') || label.endsWith(' target') ? `{target|${label}}` : label,
          rich: { target: { fontStyle: 'italic', color: '#4d5866' } },
        },
      },
      series: CATEGORIES.map((category, index) => ({
        name: titleCase(category),
        type: 'bar',
        stack: 'share',
        barWidth: 18,
        itemStyle: { color: COLORS[index] },
        data: rows.map((row) => {
          const share = shareOf(row, category);
          return row.reading.kind === 'target'
            ? {
                value: share,
                itemStyle: {
                  color: COLORS[index],
                  decal: {
                    symbol: 'rect',
                    dashArrayX: [1, 0],
                    dashArrayY: [3, 3],
                    color: 'rgba(255,255,255,0.45)',
                  },
                },
              }
            : share;
        }),
        label: {
          show: true,
          color: '#ffffff',
          formatter: (params: { value: number }) => (params.value >= 8 ? `${Math.round(params.value)}%` : ''),
        },
      })),
    }),
    [rows],
  );
  if (capacity.teams.length === 0)
    return (
      <p className="state state-empty">
        No finished work to allocate yet. Connect the issue tracker (Jira, GitHub or GitLab issues) and
        declare in the capacity plan which issue types and labels count as feature, reliability, debt or
        security work.
      </p>
    );
  const shown = scope ? capacity.teams.filter((team) => team.team === scope) : capacity.teams;
  if (shown.length === 0)
    return <p className="state state-empty">No finished work by {title(scope ?? '')} in this window.</p>;
  return (
    <>
      <p className="muted">
        Finished work items from {capacity.window.from} to {capacity.window.to}; a month needs at least{' '}
        {capacity.plan.minimumItems} finished items to be judged. Striped bars are the targets.
      </p>
      <Chart
        option={option}
        label={`Capacity allocation ${scope ? `of ${title(scope)} by month` : 'per team'}: share of finished work per category against the target split`}
        height={Math.max(200, 70 + rows.length * 30)}
      />
      <Table
        caption={`Share of finished work per category${scope ? ` for ${title(scope)}` : ''}, actual against target`}
        rows={rows.filter((row) => row.reading.kind !== 'target')}
        rowKey={(row) => row.key}
        columns={[
          { header: scope ? 'Month' : 'Team', cell: (row) => row.label },
          {
            header: 'Items',
            numeric: true,
            cell: (row) => (row.reading.kind === 'target' ? '—' : String(row.reading.n)),
          },
          ...CATEGORIES.map((category) => ({
            header: titleCase(category),
            numeric: true,
            cell: (row: Row) => {
              const reading = row.reading;
              if (reading.kind === 'insufficient-data')
                return category === CATEGORIES[0] ? (
                  <span className="muted">Not judged: {reading.needs}</span>
                ) : (
                  ''
                );
              if (reading.kind !== 'value') return '—';
              const share = reading.categories[category];
              if (!share) return '—';
              return (
                <>
                  {formatPercent(share.actual)}{' '}
                  <span className="muted">of {formatPercent(share.target)}</span>
                  <br />
                  <span className={Math.abs(share.deviation) >= 5 ? 'deviation-far' : 'muted'}>
                    {formatPercent(share.deviation, true)}
                  </span>
                </>
              );
            },
          })),
        ]}
      />
    </>
  );
}
