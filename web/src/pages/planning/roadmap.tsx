/**
 * The roadmap on a time axis: each initiative a bar from its start to its target date (an invisible bar
 * carries it to its start), colored and labelled by where it stands, with today marked. The table below
 * gives the same dates, the progress of its epics and the schedule verdict in words.
 */
import { addMonths, format, parseISO, startOfMonth } from 'date-fns';
import { useMemo } from 'react';
import { Chart, PALETTE } from '../../components/chart';
import { Status } from '../../components/section';
import { Table } from '../../components/table';
import { formatValue } from '../../format';
import type { Initiative, Roadmap } from './types';

const DAY = 86_400_000;

/** What a bar says and how it is colored: a slipping schedule outweighs the declared status. */
function standing(initiative: Initiative): { word: string; color: string } {
  if (initiative.schedule.kind === 'slipping') return { word: 'slipping', color: PALETTE[1] ?? '#b4462b' };
  if (initiative.status === 'done') return { word: 'done', color: PALETTE[2] ?? '#2e7d4f' };
  if (initiative.status === 'planned') return { word: 'planned', color: '#555f6d' };
  return { word: initiative.status.replace(/-/g, ' '), color: PALETTE[0] ?? '#1f5fa8' };
}

/** The first day of every month between two instants, every second month past a year, for the axis ticks. */
function monthStarts(min: number, max: number): number[] {
  const out: number[] = [];
  const cursor = startOfMonth(addMonths(new Date(min), 1));
  const step = max - min > 400 * DAY ? 2 : 1;
  for (let day = cursor; day.getTime() <= max; day = addMonths(day, step)) out.push(day.getTime());
  return out;
}

function progressText(initiative: Initiative): string {
  return initiative.progress.kind === 'value'
    ? formatValue(initiative.progress.ratio, 'fraction')
    : 'no items yet';
}

export function RoadmapView(props: {
  roadmap: Roadmap;
  scope: string | undefined;
  title: (ref: string) => string;
}) {
  const { roadmap, scope, title } = props;
  const initiatives = useMemo(
    () =>
      roadmap.themes
        .flatMap((theme) => theme.initiatives)
        .filter((initiative) => !scope || initiative.teams.includes(scope)),
    [roadmap, scope],
  );
  const dated = initiatives.filter((initiative) => initiative.start && initiative.target);
  const option = useMemo(() => {
    const starts = dated.map((initiative) => parseISO(initiative.start as string).getTime());
    const ends = dated.map((initiative) => parseISO(initiative.target as string).getTime());
    const today = parseISO(roadmap.asOf).getTime();
    const min = Math.min(today, ...starts) - 14 * DAY;
    const max = Math.max(today, ...ends) + 21 * DAY;
    const months = monthStarts(min, max);
    return {
      tooltip: { show: false },
      grid: { left: 260, right: 30, top: 30, bottom: 30 },
      xAxis: {
        type: 'value',
        min,
        max,
        position: 'top',
        axisTick: { customValues: months },
        axisLabel: {
          customValues: months,
          formatter: (value: number) => format(new Date(value), 'MMM yyyy'),
          hideOverlap: true,
        },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: dated.map((initiative) => initiative.title),
        axisLabel: { width: 240, overflow: 'break', lineHeight: 14 },
      },
      series: [
        {
          name: 'Before start',
          type: 'bar',
          stack: 'time',
          silent: true,
          itemStyle: { color: 'transparent' },
          data: starts,
        },
        {
          name: 'Start to target',
          type: 'bar',
          stack: 'time',
          barWidth: 22,
          data: dated.map((initiative, index) => ({
            value: (ends[index] ?? 0) - (starts[index] ?? 0),
            itemStyle: { color: standing(initiative).color },
            label: {
              show: true,
              position: 'insideLeft',
              color: '#ffffff',
              fontWeight: 600,
              formatter: `${standing(initiative).word} · ${progressText(initiative)}`,
            },
          })),
          markLine: {
            symbol: 'none',
            silent: true,
            data: [{ xAxis: today }],
            lineStyle: { color: '#1b2430', type: 'dashed', width: 2 },
            label: { formatter: `Today ${roadmap.asOf}`, position: 'end', color: '#1b2430' },
          },
        },
      ],
    };
  }, [dated, roadmap.asOf]);

  if (initiatives.length === 0)
    return (
      <p className="state state-empty">
        {scope
          ? `No initiative on the roadmap involves ${title(scope)}.`
          : 'No initiatives on the roadmap yet. Add themes and initiatives (owner, teams, start, target and the epics that deliver them) to roadmap.yaml in the workspace.'}
      </p>
    );
  return (
    <>
      {dated.length ? (
        <Chart
          option={option}
          label="Roadmap: each initiative from its start to its target date, with today marked"
          height={Math.max(160, 70 + dated.length * 40)}
        />
      ) : null}
      <Table
        caption="Initiatives"
        rows={initiatives}
        rowKey={(row) => row.id}
        columns={[
          { header: 'Initiative', cell: (row) => row.title },
          { header: 'Theme', cell: (row) => row.theme.title },
          { header: 'Owner', cell: (row) => row.owner?.name ?? '—' },
          { header: 'Teams', cell: (row) => row.teams.map(title).join(', ') || '—' },
          { header: 'Start', cell: (row) => <span className="nowrap">{row.start ?? '—'}</span> },
          { header: 'Target', cell: (row) => <span className="nowrap">{row.target ?? '—'}</span> },
          { header: 'Status', cell: (row) => <Status value={row.status} /> },
          {
            header: 'Progress',
            numeric: true,
            cell: (row) =>
              row.progress.kind === 'value'
                ? `${progressText(row)} (${row.progress.done} of ${row.progress.total})`
                : 'no items yet',
          },
          {
            header: 'Schedule',
            cell: (row) => (
              <>
                <Status value={row.schedule.kind} /> <span className="muted">{row.schedule.reason}</span>
              </>
            ),
          },
        ]}
      />
    </>
  );
}
