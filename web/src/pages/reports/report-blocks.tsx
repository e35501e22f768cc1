/**
 * A report's blocks drawn as page elements: paragraphs, figures, tables, charts (with their numbers in a
 * table beside them), lists, callouts and what is missing. Every text from the document is React text.
 */
import { useMemo } from 'react';
import { Chart } from '../../components/chart';
import { Table } from '../../components/table';
import { formatDuration, formatValue } from '../../format';
import type { ReportBlock, ReportCell, ReportChart, ReportFigure } from './types';

const whole = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** A number in a report's unit, as the server's renderers write it. */
export function reportValue(value: number | null | undefined, unit: string | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'per-week':
      return `${formatValue(value)} a week`;
    case 'per-day':
      return `${formatValue(value)} a day`;
    case 'eur':
    case 'currency':
      return `€${whole.format(value)}`;
    case 'usd':
      return `$${whole.format(value)}`;
    case 'seconds':
      return formatDuration(value);
    case 'count':
    case 'people':
      return whole.format(value);
    case 'score':
    case 'ratio':
      return decimal.format(value);
    default:
      return formatValue(value, unit);
  }
}

function cellText(cell: ReportCell | undefined, unit: string | undefined): string {
  if (cell === null || cell === undefined) return '—';
  if (typeof cell === 'number') return unit ? reportValue(cell, unit) : formatValue(cell);
  if (typeof cell === 'string') return cell;
  return reportValue(cell.value, cell.unit);
}

const TONE_WORDS = { info: 'Note', warning: 'Warning', critical: 'Critical' } as const;

export function ReportBlockView({ block, fallbackCaption }: { block: ReportBlock; fallbackCaption: string }) {
  switch (block.type) {
    case 'paragraph':
      return <p>{block.text}</p>;
    case 'figures':
      return <Figures items={block.items} />;
    case 'table':
      return (
        <Table
          caption={block.caption ?? fallbackCaption}
          rows={block.rows}
          rowKey={(_, index) => String(index)}
          empty={block.empty ?? 'Nothing to list for this period.'}
          columns={block.columns.map((column) => ({
            header: column.label,
            numeric: column.align === 'right' || column.unit !== undefined,
            cell: (row: Record<string, ReportCell>) => cellText(row[column.key], column.unit),
          }))}
        />
      );
    case 'chart':
      return <ReportChartView chart={block.chart} />;
    case 'list':
      return block.ordered ? (
        <ol>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ol>
      ) : (
        <ul>
          {block.items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      );
    case 'callout':
      return (
        <p className={`report-callout report-callout-${block.tone}`}>
          <strong>{TONE_WORDS[block.tone]}:</strong> {block.text}
        </p>
      );
    case 'missing':
      return (
        <p className="state state-empty">
          <strong>No data:</strong> {block.what}. Needs {block.needs}.
        </p>
      );
    default:
      return null;
  }
}

function change(figure: ReportFigure): string | null {
  if (figure.value === null || figure.previous === null || figure.previous === undefined) return null;
  const delta = figure.value - figure.previous;
  if (delta === 0) return 'no change on the previous period';
  const size =
    figure.unit === 'fraction'
      ? `${formatValue(Math.abs(delta) * 100)} pp`
      : reportValue(Math.abs(delta), figure.unit);
  return `${delta > 0 ? 'up' : 'down'} ${size} on the previous period (${reportValue(figure.previous, figure.unit)})`;
}

function Figures({ items }: { items: ReportFigure[] }) {
  return (
    <dl className="figures report-figures">
      {items.map((figure) => (
        <div key={figure.label}>
          <dt>{figure.label}</dt>
          <dd>{figure.status === 'withheld' ? 'withheld' : reportValue(figure.value, figure.unit)}</dd>
          {figure.value === null && figure.note ? <dd className="figure-note">{figure.note}</dd> : null}
          {change(figure) ? <dd className="figure-note">{change(figure)}</dd> : null}
          {figure.target !== null && figure.target !== undefined ? (
            <dd className="figure-note">Target {reportValue(figure.target, figure.unit)}</dd>
          ) : null}
          {figure.status && figure.status !== 'withheld' ? (
            <dd className="figure-note">
              <span className={`status status-${figure.status}`}>{figure.status.replace(/-/g, ' ')}</span>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

function ReportChartView({ chart }: { chart: ReportChart }) {
  const option = useMemo(() => {
    const stacked = chart.kind === 'stacked-bar';
    return {
      // A named font: ECharts measures text with it (`inherit` measures wrong and labels overlap).
      grid: { left: 70, right: 20, top: chart.series.length > 1 ? 40 : 20, bottom: 40 },
      legend: chart.series.length > 1 ? { top: 0 } : undefined,
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: number | null) => reportValue(value, chart.unit),
      },
      xAxis: { type: 'category', data: chart.x },
      yAxis: {
        type: 'value',
        axisLabel: { formatter: (value: number) => reportValue(value, chart.unit) },
      },
      series: chart.series.map((series, index) => ({
        name: series.name,
        type: chart.kind === 'line' ? 'line' : 'bar',
        stack: stacked ? 'total' : undefined,
        connectNulls: false,
        data: series.values,
        markLine:
          index === 0 && chart.target !== undefined
            ? {
                symbol: 'none',
                data: [{ yAxis: chart.target, name: 'Target' }],
                label: { formatter: 'Target' },
              }
            : undefined,
      })),
    };
  }, [chart]);
  return (
    <figure className="report-chart">
      <figcaption>{chart.title}</figcaption>
      <Chart option={option} label={chart.title} height={240} />
      <details>
        <summary>The numbers in this chart</summary>
        <Table
          caption={chart.title}
          rows={chart.x.map((label, index) => ({ label, index }))}
          rowKey={(row) => row.label}
          columns={[
            {
              header: chart.x.every((label) => /^\d{4}-/.test(label)) ? 'Period' : 'Group',
              cell: (row) => row.label,
            },
            ...chart.series.map((series) => ({
              header: series.name,
              numeric: true,
              cell: (row: { index: number }) => reportValue(series.values[row.index], chart.unit),
            })),
          ]}
        />
      </details>
    </figure>
  );
}
