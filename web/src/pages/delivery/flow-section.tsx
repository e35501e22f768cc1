/**
 * How work flows through the teams: cycle time, throughput (with each week's count as bars), work in
 * progress and its ratio to throughput, the age of the work still open, and flow efficiency, which needs
 * the waiting statuses declared before it can be computed.
 */
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { MetricFigure } from '../../components/metric-figure';
import { type Column, Table } from '../../components/table';
import { formatCount } from '../../format';
import type { FlowResults } from './types';

type WeekCount = { week: string; count: number };

const WEEK_COLUMNS: Column<WeekCount>[] = [
  { header: 'Week starting', cell: (row) => row.week },
  { header: 'Work items completed', numeric: true, cell: (row) => formatCount(row.count) },
];

export function FlowSection({ flow, search }: { flow: FlowResults; search: string }) {
  const weeks = flow.throughput.kind === 'value' ? (flow.throughput.weeks ?? []) : [];
  return (
    <>
      <dl className="figures" aria-label="Flow metrics for the window">
        <MetricFigure
          label="Cycle time"
          result={flow.cycleTime}
          unit="seconds"
          statistic="median"
          search={search}
        />
        <MetricFigure label="Throughput" result={flow.throughput} unit="per-week" search={search} />
        <MetricFigure label="Work in progress" result={flow.workInProgress} unit="count" search={search} />
        <MetricFigure
          label="Work in progress ÷ weekly throughput"
          result={flow.wipToThroughput}
          unit="ratio"
          search={search}
        />
        <MetricFigure
          label="Work item age"
          result={flow.workItemAge}
          unit="seconds"
          statistic="median"
          search={search}
        />
        <MetricFigure label="Flow efficiency" result={flow.flowEfficiency} unit="fraction" search={search} />
      </dl>
      <h3>Throughput per week</h3>
      {weeks.length === 0 ? (
        <p className="state state-empty">
          No completed work items in this window. Throughput counts work items moved to done; connect Jira or
          import work items to see it.
        </p>
      ) : (
        <>
          <ThroughputChart weeks={weeks} />
          <Table
            caption="Work items completed per week"
            columns={WEEK_COLUMNS}
            rows={weeks}
            rowKey={(row) => row.week}
            pageSize={52}
          />
        </>
      )}
    </>
  );
}

function ThroughputChart({ weeks }: { weeks: WeekCount[] }) {
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 44, right: 16, top: 30, bottom: 28 },
      xAxis: { type: 'category', data: weeks.map((row) => row.week) },
      yAxis: { type: 'value', min: 0, name: 'items' },
      series: [
        { type: 'bar', name: 'Work items completed', data: weeks.map((row) => row.count), barMaxWidth: 36 },
      ],
    }),
    [weeks],
  );
  return <Chart option={option} label="Work items completed per week" height={220} />;
}
