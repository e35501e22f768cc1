/**
 * A KPI's recent periods as a line against its target, with the same numbers in a table: periods without
 * data stay gaps in the line and read "no data" in the table, never 0.
 */
import { useMemo } from 'react';
import { Chart, PALETTE } from '../../components/chart';
import { chooseScale, niceCeil, scaleValue } from '../../components/chart-scale';
import { formatMetric } from '../../components/metric-figure';
import { type Column, Table } from '../../components/table';
import { formatCount } from '../../format';
import type { KpiCard } from '../../types';

type Point = KpiCard['trend'][number];

export function KpiTrend({ card }: { card: KpiCard }) {
  const target = card.target?.value ?? null;
  const option = useMemo(() => {
    const values = card.trend.map((point) => point.value);
    const scale = chooseScale(card.unit, [...values, target]);
    const drawnTarget = scaleValue(target, scale);
    const drawn = values.map((value) => scaleValue(value, scale));
    const top = Math.max(0, drawnTarget ?? 0, ...drawn.filter((value): value is number => value !== null));
    return {
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: number) => formatMetric(value * scale.divisor, card.unit),
      },
      grid: { left: 56, right: 120, top: 32, bottom: 32 },
      xAxis: { type: 'category', data: card.trend.map((point) => point.label) },
      yAxis: { type: 'value', min: 0, max: niceCeil(top), name: scale.axisUnit },
      series: [
        {
          type: 'line',
          name: card.title,
          data: drawn,
          connectNulls: false,
          symbolSize: 7,
          ...(drawnTarget === null
            ? {}
            : {
                markLine: {
                  symbol: 'none',
                  silent: true,
                  lineStyle: { type: 'dashed', color: PALETTE[1], width: 2 },
                  label: { formatter: `Target ${formatMetric(target, card.unit)}`, color: PALETTE[1] },
                  data: [{ yAxis: drawnTarget, name: 'Target' }],
                },
              }),
        },
      ],
    };
  }, [card, target]);
  const columns: Column<Point>[] = [
    { header: 'Period', cell: (point) => point.label },
    { header: 'From', cell: (point) => point.from },
    { header: 'To', cell: (point) => point.to },
    {
      header: 'Value',
      numeric: true,
      cell: (point) => (point.value === null ? 'no data' : formatMetric(point.value, card.unit)),
    },
    { header: 'Observations', numeric: true, cell: (point) => formatCount(point.n) },
  ];
  const hasValues = card.trend.some((point) => point.value !== null);
  return (
    <>
      {hasValues ? (
        <Chart
          option={option}
          label={`${card.title} by ${card.frequency.replace(/ly$/, '')}${target === null ? '' : ', with the target as a dashed line'}`}
          height={280}
        />
      ) : null}
      <Table
        caption={`${card.title} by period`}
        columns={columns}
        rows={card.trend}
        rowKey={(point) => point.label}
        empty="No periods to show."
      />
    </>
  );
}
