/** The reliability answers as the Reliability page reads them. */
import type { MetricResult } from '../../components/metric-figure';
import type { ScopeAnswer, WindowAnswer } from '../records/scope-window-text';

export interface Incident {
  id: string;
  key: string;
  title: string;
  severity: string | null;
  status: string;
  service: string | null;
  startedAt: string;
  acknowledgedAt: string | null;
  mitigatedAt: string | null;
  resolvedAt: string | null;
  overdue?: { kind: string; description: string; overdueSeconds: number }[];
}

export interface IncidentList {
  items: Incident[];
  total: number;
  assessedAt?: string;
}

export type BySeverity = Record<string, MetricResult>;

export interface IncidentMetricsReport {
  scope: ScopeAnswer;
  window: WindowAnswer;
  results: {
    timeToAcknowledge: BySeverity;
    timeToResolve: BySeverity;
    recurrence: MetricResult;
    postmortemCompletion: MetricResult;
    actionItemsOnTime: MetricResult;
    maturity: MetricResult & {
      level?: number;
      name?: string;
      missingForNext?: { id: string; description: string; evidence: string; action: string }[];
    };
  };
}

export interface SloReport {
  service: string;
  serviceRef: string;
  slo: string;
  indicator: string;
  target: number;
  windowDays: number;
  status: null | {
    attainment: { kind: string; value?: number; needs?: string };
    budget: { kind: string; remaining?: number; consumed?: number; needs?: string };
    burnRates: Record<string, { kind: string; value?: number }>;
    alerts: { name: string; severity: string; firing: boolean }[];
    policy: { kind: string; state?: string; freeze?: boolean; reasons?: string[] };
  };
}

export interface OncallPerson {
  person: string;
  team: string | null;
  pages: number;
  pagesPerWeek: number;
  outOfHours: number;
  outOfHoursShare: number;
  sleepHours: number;
  overTarget: boolean;
}

export interface OncallTeam {
  group: string;
  pages: number;
  peoplePaged: number;
  busiest: string;
  busiestPages: number;
  share: number;
}

export interface OncallReport {
  window: { from: string; to: string };
  team: string | null;
  health:
    | {
        kind: 'value';
        weeks: number;
        target: number;
        pages: number;
        peoplePaged: number;
        pagesPerPersonWeek: number;
        outOfHoursShare: number;
        sleepHourPages: number;
        peopleOverTarget: string[];
        people: OncallPerson[];
        teams: OncallTeam[];
      }
    | { kind: 'insufficient-data'; needs: string; target: number };
  onCallNow: {
    at: string;
    shifts: {
      person: string | null;
      actor: string;
      actorName: string | null;
      rotation: string;
      level: string | null;
      until: string;
    }[];
  };
}

export interface ActionItem {
  id: string;
  title: string;
  owner: string | null;
  due: string | null;
  status: string;
  incident: string | null;
  file: string;
  daysOverdue?: number;
}
