/**
 * The evidence of a finding: the figures the advisor's rule read (each linked to the records behind it when
 * its metric is one the records page explains) and the records it names.
 */
import { Link } from 'react-router';
import { formatMetric, hasRecordsPage, recordsPath } from '../../components/metric-figure';
import { type Column, Table } from '../../components/table';
import { formatCount, formatValue, shortRef } from '../../format';

export interface EvidenceFigure {
  label: string;
  value: unknown;
  unit?: string;
  n?: number;
  threshold?: number;
  metric?: string;
  scope?: string;
  window?: { from: string; to: string };
  source?: string;
}

const METRIC_UNITS = [
  'fraction',
  'seconds',
  'days',
  'hours',
  'minutes',
  'percent',
  'per-week',
  'ratio',
  'count',
];

/** A figure with its unit: the metric units format as elsewhere, any other unit is written after the number. */
export function formatFigure(value: unknown, unit: string | undefined): string {
  if (typeof value !== 'number') return value === null || value === undefined ? '—' : String(value);
  if (!unit || unit === 'value' || unit === 'score') return formatValue(value);
  if (unit === '%') return `${formatValue(value)}%`;
  if (METRIC_UNITS.includes(unit)) return formatMetric(value, unit);
  return `${formatValue(value)} ${unit}`;
}

/** The records page of the figure's metric for its scope and window, when that page can show it. */
function figureRecordsPath(figure: EvidenceFigure): string | null {
  if (!figure.metric || !hasRecordsPage(figure.metric)) return null;
  const scope = figure.scope ?? 'org';
  if (!/^(org|team:|service:|repo:)/.test(scope)) return null;
  const query = new URLSearchParams();
  if (scope !== 'org') query.set('scope', scope);
  if (figure.window) {
    query.set('from', figure.window.from);
    query.set('to', figure.window.to);
  }
  const text = query.toString();
  return recordsPath(figure.metric, text ? `?${text}` : '');
}

const FIGURE_COLUMNS: Column<EvidenceFigure>[] = [
  { header: 'Figure', cell: (figure) => figure.label },
  { header: 'Value', numeric: true, cell: (figure) => formatFigure(figure.value, figure.unit) },
  {
    header: 'Threshold',
    numeric: true,
    cell: (figure) => (figure.threshold === undefined ? '—' : formatFigure(figure.threshold, figure.unit)),
  },
  {
    header: 'Observations',
    numeric: true,
    cell: (figure) => (figure.n === undefined ? '—' : formatCount(figure.n)),
  },
  { header: 'About', cell: (figure) => (figure.scope ? shortRef(figure.scope) : 'the organization') },
  {
    header: 'Window',
    cell: (figure) => (figure.window ? `${figure.window.from} to ${figure.window.to}` : '—'),
  },
  {
    header: 'Records',
    cell: (figure) => {
      const path = figureRecordsPath(figure);
      return path ? (
        <Link to={path}>
          Records<span className="visually-hidden"> behind {figure.label}</span>
        </Link>
      ) : (
        '—'
      );
    },
  },
];

const RECORD_COLUMNS: Column<string>[] = [{ header: 'Record', cell: (id) => <code>{id}</code> }];

export function FindingEvidence(props: { figures: EvidenceFigure[]; records: string[] }) {
  return (
    <>
      <Table
        caption="Figures behind this finding"
        columns={FIGURE_COLUMNS}
        rows={props.figures}
        rowKey={(figure, index) => `${figure.label}-${index}`}
        empty="The rule named no figures for this finding."
      />
      <h3>Records</h3>
      <Table
        caption="Records behind this finding"
        columns={RECORD_COLUMNS}
        rows={props.records}
        rowKey={(id) => id}
        empty="The rule named no individual records for this finding; its figures above are the evidence."
      />
    </>
  );
}
