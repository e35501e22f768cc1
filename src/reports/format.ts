/**
 * One formatter for every number a report shows, chosen by the unit the metrics engine gives: so the same
 * figure reads the same in Markdown, HTML, PDF and in a chart's table. `null` is "no data", never 0. Pure.
 */

import type { ReportCell } from './document.js';

const DASH = '—';

/** A value in its unit as a leader reads it: `12.5%`, `3h 20m`, `4.2 a week`, `€12,400`. */
export function formatValue(value: number | null | undefined, unit: string): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return DASH;
  switch (unit) {
    case 'fraction':
      return `${trim(value * 100, Math.abs(value) < 0.1 ? 2 : 1)}%`;
    case 'percent':
      return `${trim(value, 1)}%`;
    case 'seconds':
      return formatDuration(value);
    case 'minutes':
      return formatDuration(value * 60);
    case 'hours':
      return formatDuration(value * 3600);
    case 'days':
      return `${trim(value, 1)} ${Math.abs(value) === 1 ? 'day' : 'days'}`;
    case 'per-week':
      return `${trim(value, 1)} a week`;
    case 'per-day':
      return `${trim(value, 1)} a day`;
    case 'currency':
    case 'eur':
      return `€${group(Math.round(value))}`;
    case 'usd':
      return `$${group(Math.round(value))}`;
    case 'count':
    case 'people':
      return group(value);
    case 'score':
    case 'ratio':
      return trim(value, 2);
    default:
      return group(value);
  }
}

/** A duration in seconds, in the two largest units that matter: `45s`, `12m`, `3h 05m`, `4d 6h`. */
export function formatDuration(seconds: number): string {
  const sign = seconds < 0 ? '-' : '';
  const abs = Math.abs(seconds);
  if (abs < 60) return `${sign}${Math.round(abs)}s`;
  const minutes = Math.round(abs / 60);
  if (minutes < 60) return `${sign}${minutes}m`;
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return `${sign}${hours}h ${String(minutes % 60).padStart(2, '0')}m`;
  return `${sign}${Math.floor(hours / 24)}d ${hours % 24}h`;
}

/** The change from `previous` to `value`, in the unit (percentage points for fractions). */
export function formatChange(
  value: number | null | undefined,
  previous: number | null | undefined,
  unit: string,
) {
  if (value == null || previous == null || !Number.isFinite(value) || !Number.isFinite(previous)) return '';
  const delta = value - previous;
  if (delta === 0) return '±0';
  const sign = delta > 0 ? '+' : '-';
  if (unit === 'fraction') return `${sign}${trim(Math.abs(delta) * 100, 1)} pp`;
  return `${sign}${formatValue(Math.abs(delta), unit)}`;
}

/** An arrow for the change, or an empty string when either side is missing. */
export function changeArrow(value: number | null | undefined, previous: number | null | undefined): string {
  if (value == null || previous == null) return '';
  return value > previous ? '▲' : value < previous ? '▼' : '▶';
}

function trim(value: number, digits: number): string {
  const fixed = value.toFixed(digits);
  const text = fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed;
  return text === '-0' ? '0' : text;
}

function group(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A table cell as text: strings as they are, numbers in the column's unit, `{value, unit}` in its own. */
export function formatCell(cell: ReportCell | undefined, unit?: string): string {
  if (cell === null || cell === undefined) return DASH;
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return formatValue(cell, unit ?? 'count');
  return formatValue(cell.value, cell.unit);
}
