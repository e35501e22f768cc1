/**
 * The DORA keys week by week: a small line per key and one table with every number, each number a link to
 * the records of that week. A week without enough data is a gap in the line and says so in the table.
 */
import { useMemo } from 'react';
import { Link } from 'react-router';
import { Chart, PALETTE } from '../../components/chart';
import { chooseScale, scaleValue } from '../../components/chart-scale';
import { formatMetric, type MetricResult, recordsPath } from '../../components/metric-figure';
import { ErrorView, Loading } from '../../components/states';
import { type Column, Table } from '../../components/table';
import { DORA_KEYS, type OverviewReport } from './types';
import { useWeeklyOverview, type Week } from './weekly';

type Entry = (typeof DORA_KEYS)[number];

interface WeekRow {
  week: Week;
  report: OverviewReport;
}

function weekValue(result: MetricResult | undefined, entry: Entry): number | null {
  if (result?.kind !== 'value') return null;
  return result[entry.statistic] ?? null;
}

export function WeeklyDora({ weeks, scope }: { weeks: Week[]; scope: string | undefined }) {
  const queries = useWeeklyOverview(scope, weeks);
  const failed = queries.find((query) => query.isError);
  if (failed?.error) return <ErrorView error={failed.error} retry={() => void failed.refetch()} />;
  if (queries.some((query) => query.isPending))
    return <Loading what={`${weeks.length} weeks of DORA figures`} />;
  const rows: WeekRow[] = weeks.map((week, index) => ({
    week,
    report: queries[index]?.data as OverviewReport,
  }));
  return <WeeklyView rows={rows} scope={scope} />;
}

function WeeklyView({ rows, scope }: { rows: WeekRow[]; scope: string | undefined }) {
  const columns: Column<WeekRow>[] = [
    { header: 'Week', cell: (row) => `${row.week.from} to ${row.week.to}` },
    ...DORA_KEYS.map(
      (entry): Column<WeekRow> => ({
        header: entry.label,
        numeric: true,
        cell: (row) => {
          const result = row.report.results.dora[entry.key];
          const value = weekValue(result, entry);
          if (value === null) return <span className="muted">not enough data</span>;
          const query = new URLSearchParams({ from: row.week.from, to: row.week.to });
          if (scope) query.set('scope', scope);
          return (
            <Link to={recordsPath(result.metric.id, `?${query.toString()}`)}>
              {formatMetric(value, entry.unit)}
            </Link>
          );
        },
      }),
    ),
  ];
  const drawable = rows.some((row) =>
    DORA_KEYS.some((entry) => weekValue(row.report.results.dora[entry.key], entry) !== null),
  );
  return (
    <>
      {drawable ? (
        <WeeklyCharts rows={rows} />
      ) : (
        <p className="state state-empty">
          No week of this window has enough production deployments to draw a trend; the figures above say what
          is missing.
        </p>
      )}
      <Table
        caption="DORA metrics by week"
        columns={columns}
        rows={rows}
        rowKey={(row) => row.week.from}
        pageSize={52}
      />
    </>
  );
}

function WeeklyCharts({ rows }: { rows: WeekRow[] }) {
  return (
    <div className="chart-grid">
      {DORA_KEYS.map((entry, index) => (
        <WeeklyChart
          key={entry.key}
          entry={entry}
          rows={rows}
          color={PALETTE[index % PALETTE.length] as string}
        />
      ))}
    </div>
  );
}

function WeeklyChart({ entry, rows, color }: { entry: Entry; rows: WeekRow[]; color: string }) {
  const option = useMemo(() => {
    const values = rows.map((row) => weekValue(row.report.results.dora[entry.key], entry));
    const scale = chooseScale(entry.unit, values);
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: number) => formatMetric(value * scale.divisor, entry.unit),
      },
      grid: { left: 44, right: 12, top: 30, bottom: 26 },
      xAxis: { type: 'category', data: rows.map((row) => row.week.label) },
      yAxis: { type: 'value', min: 0, name: scale.axisUnit },
      series: [
        {
          type: 'line',
          name: entry.label,
          data: values.map((value) => scaleValue(value, scale)),
          connectNulls: false,
          color,
          symbolSize: 6,
        },
      ],
    };
  }, [entry, rows, color]);
  return (
    <div>
      <h4 className="chart-title">{entry.label}</h4>
      <Chart option={option} label={`${entry.label} by week`} height={190} />
    </div>
  );
}
