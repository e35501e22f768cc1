/** The shapes of /api/reports and of one report's JSON document, as far as the Reports page reads them. */

export type Grain = 'week' | 'month' | 'quarter';
export type Audience = 'exec' | 'team';

export interface PeriodInfo {
  label: string;
  from: string;
  to: string;
}

export interface ReportKindInfo {
  kind: string;
  title: string;
  grain: Grain;
  /** What `item` names, for the kinds about one risk or one decision. */
  item: 'risk' | 'decision' | null;
  audience: Audience;
  defaultPeriod: PeriodInfo & { previous: PeriodInfo };
}

export interface ReportKinds {
  kinds: ReportKindInfo[];
  formats: string[];
  audiences: Audience[];
}

/** What a reader picks for one report; everything left unset takes the kind's default. */
export interface ReportChoice {
  period: string | undefined;
  audience: Audience | undefined;
  item: string | undefined;
}

export interface ReportFigure {
  label: string;
  value: number | null;
  unit: string;
  previous?: number | null;
  target?: number | null;
  status?: 'on-target' | 'off-target' | 'no-data' | 'withheld';
  direction?: 'higher-is-better' | 'lower-is-better';
  note?: string;
}

export type ReportCell = string | number | null | { value: number | null; unit: string };

export interface ReportChart {
  kind: 'line' | 'bar' | 'stacked-bar';
  title: string;
  unit: string;
  x: string[];
  series: { name: string; values: (number | null)[] }[];
  target?: number;
}

export type ReportBlock =
  | { type: 'paragraph'; text: string }
  | { type: 'figures'; items: ReportFigure[] }
  | {
      type: 'table';
      columns: { key: string; label: string; unit?: string; align?: 'left' | 'right' }[];
      rows: Record<string, ReportCell>[];
      caption?: string;
      empty?: string;
    }
  | { type: 'chart'; chart: ReportChart }
  | { type: 'list'; items: string[]; ordered?: boolean }
  | { type: 'callout'; tone: 'info' | 'warning' | 'critical'; text: string }
  | { type: 'missing'; what: string; needs: string };

export interface ReportDocument {
  kind: string;
  title: string;
  subtitle?: string;
  org: string;
  audience: Audience;
  period: PeriodInfo & { previous: PeriodInfo };
  generatedAt: string;
  sections: { id: string; title: string; blocks: ReportBlock[]; depth?: 'team' }[];
}
