/**
 * Charts as inline SVG, drawn by ECharts' server-side renderer (no DOM, no browser): line, bar and
 * stacked-bar series over category labels, with an optional dashed target line. Missing points stay gaps,
 * never zeros. Pure: the same chart gives the same SVG.
 */
import * as echarts from 'echarts';
import type { ReportChart } from './document.js';
import { formatValue } from './format.js';

const PALETTE = ['#2f5d8a', '#d9822b', '#3f8f5b', '#b8433f', '#7a5ca8', '#8c8c8c'];

export interface ChartSize {
  width: number;
  height: number;
}

/** The chart as a self-contained `<svg>` element. */
export function renderChartSvg(chart: ReportChart, size: ChartSize = { width: 640, height: 260 }): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, ...size });
  try {
    instance.setOption(toOption(chart));
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

function toOption(chart: ReportChart): echarts.EChartsCoreOption {
  const stacked = chart.kind === 'stacked-bar';
  const type = chart.kind === 'line' ? 'line' : 'bar';
  const series = chart.series.map((one, index) => ({
    name: one.name,
    type,
    data: one.values.map((value) => (value === null ? '-' : scale(value, chart.unit))),
    ...(stacked ? { stack: 'total' } : {}),
    ...(type === 'line' ? { connectNulls: false, symbolSize: 5 } : {}),
    ...(index === 0 && chart.target !== undefined
      ? {
          markLine: {
            silent: true,
            symbol: 'none',
            lineStyle: { type: 'dashed', color: '#b8433f' },
            label: {
              formatter: `target ${formatValue(chart.target, chart.unit)}`,
              position: 'insideEndTop',
              fontSize: 10,
            },
            data: [{ yAxis: scale(chart.target, chart.unit) }],
          },
        }
      : {}),
  }));
  return {
    animation: false,
    color: PALETTE,
    textStyle: { fontFamily: 'Helvetica, Arial, sans-serif', fontSize: 11 },
    legend: chart.series.length > 1 ? { top: 0, textStyle: { fontSize: 10 } } : { show: false },
    grid: { left: 56, right: 24, top: chart.series.length > 1 ? 28 : 12, bottom: 28 },
    xAxis: { type: 'category', data: chart.x, axisLabel: { fontSize: 10 } },
    yAxis: {
      type: 'value',
      name: axisName(chart.unit),
      nameTextStyle: { fontSize: 10 },
      axisLabel: { fontSize: 10 },
    },
    series,
  };
}

/** Axes show fractions as percentages and seconds as hours, the way the tables do. */
function scale(value: number, unit: string): number {
  if (unit === 'fraction') return Math.round(value * 10_000) / 100;
  if (unit === 'seconds') return Math.round((value / 3600) * 100) / 100;
  return value;
}

function axisName(unit: string): string {
  if (unit === 'fraction') return '%';
  if (unit === 'seconds') return 'hours';
  if (unit === 'count') return '';
  return unit;
}
