/**
 * One document model for every report: builders fill it from the services' own results, renderers turn
 * it into Markdown, HTML (and, through HTML, PDF). Numbers stay numbers here, with their unit; renderers
 * format them with one formatter, so a report shows exactly the figures the API returns. Pure.
 */

import { REPORT_KINDS, type ReportKind } from '../domain/report-schedule.js';

export { REPORT_KINDS, type ReportKind };

/** Executive and team versions differ in depth (sections and rows), never in numbers. */
export const REPORT_AUDIENCES = ['exec', 'team'] as const;
export type ReportAudience = (typeof REPORT_AUDIENCES)[number];

export interface ReportPeriod {
  /** `2026-W47`, `2026-11`, `2026-Q4`, or `2026-09-01..2026-11-29`. */
  label: string;
  /** First and last local day, inclusive. */
  from: string;
  to: string;
  /** The period of the same length just before, for comparisons. */
  previous: { label: string; from: string; to: string };
}

/** A measured figure: a KPI tile or a number in the text. `value: null` is "no data", never 0. */
export interface ReportFigure {
  label: string;
  value: number | null;
  /** The unit as the metrics engine gives it: `fraction`, `seconds`, `count`, `per-week`, `days` … */
  unit: string;
  /** The figure of the previous period, for the change arrow. */
  previous?: number | null;
  target?: number | null;
  status?: 'on-target' | 'off-target' | 'no-data' | 'withheld';
  direction?: 'higher-is-better' | 'lower-is-better';
  /**
   * Where the number comes from: the API path with its query, and the JSON pointer of the same number in
   * its response (`{ path: '/api/kpis?asOf=2026-11-22', pointer: '/kpis/3/value' }`). The report tests
   * fetch every source and compare.
   */
  source?: { path: string; pointer: string };
  /** Shown instead of a value when there is none (`needs deployments from GitHub`). */
  note?: string;
}

export type ReportCell = string | number | null | { value: number | null; unit: string };

export interface ReportColumn {
  key: string;
  label: string;
  /** When set, number cells in this column are formatted in this unit. */
  unit?: string;
  align?: 'left' | 'right';
}

export interface ChartSeries {
  name: string;
  values: (number | null)[];
}

export interface ReportChart {
  kind: 'line' | 'bar' | 'stacked-bar';
  title: string;
  unit: string;
  /** Category labels along the x axis (`2026-W42` …). */
  x: string[];
  series: ChartSeries[];
  /** A horizontal target line. */
  target?: number;
}

export type ReportBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'figures'; items: ReportFigure[] }
  | {
      type: 'table';
      columns: ReportColumn[];
      rows: Record<string, ReportCell>[];
      caption?: string;
      empty?: string;
    }
  | { type: 'chart'; chart: ReportChart }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'callout'; tone: 'info' | 'warning' | 'critical'; text: string }
  /** Says plainly what data is missing and which source would bring it. */
  | { type: 'missing'; what: string; needs: string };

export interface ReportSection {
  id: string;
  title: string;
  blocks: ReportBlock[];
  /** `team`: only in the team version (the executive version leaves the section out). */
  depth?: 'team';
}

export interface ReportDocument {
  kind: ReportKind;
  title: string;
  subtitle?: string;
  org: string;
  audience: ReportAudience;
  period: ReportPeriod;
  /** ISO instant the report was built. */
  generatedAt: string;
  sections: ReportSection[];
}

/** The executive version: the same document without the team-depth sections. */
export function forAudience(document: ReportDocument, audience: ReportAudience): ReportDocument {
  if (audience === 'team') return { ...document, audience };
  return { ...document, audience, sections: document.sections.filter((section) => section.depth !== 'team') };
}
