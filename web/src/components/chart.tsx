/**
 * One ECharts chart, drawn with only the chart kinds the dashboard uses so the bundle stays small. The
 * container is an image to assistive technology, named by `label`; ECharts' aria module adds a description
 * of the series, and every chart on a page sits beside a table or figures that carry the same numbers.
 */
import { BarChart, GraphChart, HeatmapChart, LineChart, ScatterChart, TreeChart } from 'echarts/charts';
import {
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import type { EChartsCoreOption } from 'echarts/core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { CHART_TEXT } from './chart-text';

echarts.use([
  BarChart,
  GraphChart,
  HeatmapChart,
  LineChart,
  ScatterChart,
  TreeChart,
  AriaComponent,
  DataZoomComponent,
  GridComponent,
  LegendComponent,
  MarkAreaComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapComponent,
  SVGRenderer,
]);

/** Colors with at least 4.5:1 contrast on white, in the order series take them. */
export const PALETTE = [
  '#1f5fa8',
  '#b4462b',
  '#2e7d4f',
  '#7a4fa3',
  '#8a6d00',
  '#0f6e7a',
  '#a03a6b',
  '#555f6d',
];

export function Chart(props: {
  option: EChartsCoreOption;
  label: string;
  height?: number;
  onClick?: (params: { name: string; data: unknown; seriesName?: string }) => void;
}) {
  const element = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const { option } = props;
  // The latest click handler, read when a click comes, so the chart need not be rebuilt when it changes.
  const onClick = useRef(props.onClick);
  onClick.current = props.onClick;

  useEffect(() => {
    if (!element.current) return;
    const instance = echarts.init(element.current, undefined, { renderer: 'svg' });
    chart.current = instance;
    instance.on('click', (params) => onClick.current?.(params as { name: string; data: unknown }));
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element.current);
    return () => {
      resize.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(
      {
        color: PALETTE,
        aria: { enabled: true },
        animation: false,
        textStyle: CHART_TEXT,
        ...option,
      },
      true,
    );
  }, [option]);

  return (
    <div
      ref={element}
      className="chart"
      role="img"
      aria-label={props.label}
      style={{ height: props.height ?? 260 }}
    />
  );
}
