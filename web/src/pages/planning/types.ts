/** The answers the planning page reads: OKRs (list and cascade), the roadmap and capacity allocation. */

export type OkrStatus = 'on-track' | 'at-risk' | 'off-track' | 'not-started' | 'no-data' | string;

export interface Quarter {
  quarter: string;
  from: string;
  to: string;
  expected: number;
}

export interface RollUp {
  status: OkrStatus;
  progress: number | null;
  expected: number;
  counts: Record<string, number>;
}

export interface TreeKeyResult {
  id: string;
  title: string;
  assessment: { status: OkrStatus; progress?: number | null; expected: number; why?: string | null };
}

export interface TreeObjective {
  id: string;
  title: string;
  quarter: string;
  level: string;
  owner: string | null;
  team: string | null;
  keyResults: TreeKeyResult[];
  rollUp: RollUp;
  children: TreeObjective[];
}

export interface OkrTree {
  today: string;
  quarters: Quarter[];
  roots: TreeObjective[];
}

export interface KeyResult {
  id: string;
  title: string;
  owner: string | null;
  unit: string | null;
  baseline: number | null;
  target: number | null;
  source: 'metric' | 'check-ins' | string;
  metric: { id: string; scope: string | null } | null;
  current: { value: number; asOf: string } | null;
  status: OkrStatus;
  progress: number | null;
  expected: number;
  why: string | null;
  checkIns: { date: string; value: number; note: string | null }[];
}

export interface Objective {
  id: string;
  title: string;
  teams: string[];
  keyResults: KeyResult[];
}

export interface OkrList {
  today: string;
  quarters: Quarter[];
  items: Objective[];
  total: number;
}

export type Progress =
  | { kind: 'value'; ratio: number; done: number; total: number; basis: string }
  | { kind: 'insufficient-data'; needs: string };

export interface Initiative {
  id: string;
  title: string;
  description: string | null;
  theme: { id: string; title: string };
  owner: { ref: string; name: string } | null;
  teams: string[];
  start: string | null;
  target: string | null;
  status: string;
  okrs: string[];
  progress: Progress;
  schedule: { kind: string; reason: string; forecast?: string; daysLate?: number };
}

export interface Roadmap {
  asOf: string;
  themes: { id: string; title: string; description: string | null; initiatives: Initiative[] }[];
  slipping: string[];
}

export interface CategoryShare {
  actual: number;
  target: number;
  deviation: number;
  items: number;
}

export type CapacityMonth =
  | { kind: 'value'; period: string; n: number; categories: Record<string, CategoryShare> }
  | { kind: 'insufficient-data'; period: string; n: number; needs: string };

export interface Capacity {
  window: { from: string; to: string };
  plan: { declared: boolean; minimumItems: number };
  months: string[];
  teams: {
    team: string;
    targets: Record<string, number>;
    ownTargets: boolean;
    months: CapacityMonth[];
    total: CapacityMonth;
  }[];
  unmapped: unknown[];
  withoutTeam: number;
}
