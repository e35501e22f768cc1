/**
 * How the quarterly, board, risk-memo, decision-brief and assessment builders tie a number to the API.
 * A builder calls a service exactly as its API route does (same query, same as-of day), then reads each
 * figure out of that result with the JSON pointer it also records as the figure's `source`: the number in
 * the report and the number the API answers come from one read, so they cannot drift apart.
 */
import { toDayKey } from '../../metrics/calendar.js';
import type { ReportFigure } from '../../reports/document.js';
import type { AppContext } from '../context.js';
import type { ReportInput } from './types.js';

/** The value at an RFC 6901 pointer in a JSON-shaped result; undefined when the path does not exist. */
export function readPointer(document: unknown, pointer: string): unknown {
  if (pointer === '') return document;
  let here: unknown = document;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (here === null || typeof here !== 'object') return undefined;
    here = (here as Record<string, unknown>)[key];
  }
  return here;
}

/** `/api/x` with its query in a stable order, leaving out parameters without a value. */
export function apiPath(base: string, query: Record<string, string | number | undefined> = {}): string {
  const entries = Object.entries(query).filter(
    (entry): entry is [string, string | number] => entry[1] !== undefined,
  );
  if (entries.length === 0) return base;
  return `${base}?${entries.map(([key, value]) => `${key}=${encodeURIComponent(String(value))}`).join('&')}`;
}

export interface SourcedResult {
  /** The API path with its query that answers with `body`. */
  path: string;
  /** The service's answer, as the route sends it. */
  body: unknown;
}

/** A figure read from a result; a missing or non-numeric value is "no data" (null), never 0. */
export function figureAt(
  result: SourcedResult,
  pointer: string,
  figure: Omit<ReportFigure, 'value' | 'source'>,
): ReportFigure {
  const found = readPointer(result.body, pointer);
  const value = typeof found === 'number' && Number.isFinite(found) ? found : null;
  if (value === null) return { ...figure, value, status: figure.status ?? 'no-data' };
  return { ...figure, value, source: { path: result.path, pointer } };
}

/** The local day `now` falls on in the workspace time zone. */
export function workspaceDay(context: Pick<AppContext, 'workspace'>, now: Date): string {
  return toDayKey(now, context.workspace.config.timezone);
}

/** The day a report reads its registers on: the period's last day, or today while the period runs. */
export function reportAsOf(context: Pick<AppContext, 'workspace'>, input: ReportInput): string {
  const today = workspaceDay(context, input.now);
  // Day keys compare as text.
  if (input.period.to < today) return input.period.to;
  return today;
}

/** The last complete day of a report's window: the period's end, or yesterday while it runs. */
export function lastFullDay(context: Pick<AppContext, 'workspace'>, input: ReportInput): string {
  const today = workspaceDay(context, input.now);
  if (input.period.to < today) return input.period.to;
  return shiftDay(today, -1);
}

export function shiftDay(day: string, days: number): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Plain `a, b and c`. */
export function joinWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

/** `person:default/julia-taylor` → `julia-taylor`; other text unchanged. */
export function shortRef(ref: string): string {
  const slash = ref.lastIndexOf('/');
  return slash >= 0 ? ref.slice(slash + 1) : ref;
}
