/**
 * Cognitive load per team: the latest self-assessment, intrinsic plus extraneous, against the capacity of
 * 10 (Team Topologies' scale). The chart stacks the two parts with the capacity as a line; the table
 * gives the same figures with the trend since the assessment before.
 */
import { useMemo } from 'react';
import { Chart, PALETTE } from '../../components/chart';
import { Status } from '../../components/section';
import { Table } from '../../components/table';
import { typeLabel } from './topology';
import type { Team } from './types';

function trendText(trend: number | null): string {
  if (trend === null) return 'first assessment';
  if (trend === 0) return 'unchanged';
  return trend > 0 ? `rising (+${trend})` : `falling (${trend})`;
}

export function CognitiveLoad(props: {
  teams: Team[];
  scope: string | undefined;
  title: (ref: string) => string;
}) {
  const { teams, scope, title } = props;
  const assessed = useMemo(() => teams.filter((team) => team.profile.latestLoad !== null), [teams]);
  const capacity = Math.max(10, ...assessed.map((team) => team.profile.latestLoad?.capacity ?? 0));
  const option = useMemo(() => {
    const names = assessed.map((team) => title(team.ref));
    const mark = (team: Team) =>
      scope === team.ref ? { borderColor: '#1b2430', borderWidth: 2 } : { borderWidth: 0 };
    return {
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 170, right: 60, top: 20, bottom: 50 },
      xAxis: {
        type: 'value',
        max: Math.max(capacity + 3, ...assessed.map((team) => team.profile.latestLoad?.total ?? 0)),
      },
      yAxis: {
        type: 'category',
        data: names,
        inverse: true,
        axisLabel: {
          formatter: (name: string) => (scope && name === title(scope) ? `{scoped|${name}}` : name),
          rich: { scoped: { fontWeight: 'bold', color: '#1b2430' } },
        },
      },
      series: [
        {
          name: 'Intrinsic (the domain itself)',
          type: 'bar',
          stack: 'load',
          data: assessed.map((team) => ({
            value: team.profile.latestLoad?.intrinsic,
            itemStyle: mark(team),
          })),
          itemStyle: { color: PALETTE[0] },
          markLine: {
            symbol: 'none',
            data: [{ xAxis: capacity, name: 'Capacity' }],
            lineStyle: { color: PALETTE[1], type: 'solid', width: 2 },
            label: { formatter: `Capacity ${capacity}`, color: PALETTE[1] },
          },
        },
        {
          name: 'Extraneous (friction around it)',
          type: 'bar',
          stack: 'load',
          data: assessed.map((team) => ({
            value: team.profile.latestLoad?.extraneous,
            itemStyle: mark(team),
          })),
          itemStyle: { color: PALETTE[5] },
          label: {
            show: true,
            position: 'right',
            color: '#1b2430',
            formatter: (params: { dataIndex: number }) => {
              const load = assessed[params.dataIndex]?.profile.latestLoad;
              return load ? `${load.total}/${load.capacity}` : '';
            },
          },
        },
      ],
    };
  }, [assessed, capacity, scope, title]);

  if (assessed.length === 0)
    return (
      <p className="state state-empty">
        No team has assessed its cognitive load yet. Add <code>cognitiveLoad:</code> assessments (date,
        intrinsic and extraneous, each scored by the team) to the teams in the workspace, once a quarter.
      </p>
    );
  return (
    <>
      <Chart
        option={option}
        label={`Cognitive load per team, latest assessment, against a capacity of ${capacity}`}
        height={Math.max(220, 60 + assessed.length * 34)}
      />
      <Table
        caption="Cognitive load per team"
        rows={teams}
        rowKey={(row) => row.ref}
        columns={[
          { header: 'Team', cell: (row) => title(row.ref) },
          { header: 'Type', cell: (row) => typeLabel(row.type) },
          { header: 'Assessed', cell: (row) => row.profile.latestLoad?.date ?? 'never' },
          {
            header: 'Intrinsic',
            numeric: true,
            cell: (row) => String(row.profile.latestLoad?.intrinsic ?? '—'),
          },
          {
            header: 'Extraneous',
            numeric: true,
            cell: (row) => String(row.profile.latestLoad?.extraneous ?? '—'),
          },
          {
            header: 'Total',
            numeric: true,
            cell: (row) =>
              row.profile.latestLoad
                ? `${row.profile.latestLoad.total} / ${row.profile.latestLoad.capacity}`
                : '—',
          },
          {
            header: 'Status',
            cell: (row) =>
              row.profile.latestLoad ? (
                <Status value={row.profile.latestLoad.status} />
              ) : (
                <Status value="no-data" />
              ),
          },
          {
            header: 'Trend',
            cell: (row) => (row.profile.latestLoad ? trendText(row.profile.loadTrend) : '—'),
          },
          { header: 'Services owned', numeric: true, cell: (row) => String(row.profile.services) },
        ]}
      />
    </>
  );
}
