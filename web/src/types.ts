/** The shapes of the API answers the pages read, as far as the pages use them. */

export interface KpiCard {
  id: string;
  title: string;
  section: string;
  unit: string;
  value: number | null;
  status: 'on-target' | 'off-target' | 'no-data' | 'withheld';
  target: { text: string; value: number | null; source: string } | null;
  trend: { label: string; from: string; to: string; value: number | null; n: number }[];
  trendDirection: string;
  period: { from: string; to: string; label: string } | null;
  definition: string;
  source: string;
  owner: string;
  concern: string;
  direction: string;
  frequency: string;
  needs: string | null;
  withheldReason: string | null;
  recordIds: string[];
  reading: { kind: 'metric'; metric: string } | { kind: 'service'; reader: string } | { kind: 'none' };
}

export interface KpiScorecard {
  asOf: string;
  kpis: KpiCard[];
  counts: Record<string, number>;
}

export interface Finding {
  id: string;
  rule: string;
  subject: string;
  severity: 'critical' | 'high' | 'medium' | 'low' | 'info' | string;
  title: string;
  summary: string;
  why: string;
  actions: string[];
  owner: string | null;
  evidence: { figures: { label: string; value: unknown; source?: string }[]; records: string[] };
  concern: string;
  status: string;
  firstSeen: string;
  lastSeen: string;
  snoozedUntil: string | null;
  note: string | null;
}

export interface Page<T> {
  items: T[];
  total: number;
}
