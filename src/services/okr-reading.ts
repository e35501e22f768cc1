/**
 * A key result's current value and history: a metric-linked one reads its metric over the quarter to date
 * (the quarter's first day to today, or to its last day once it is over) and states it in the key result's
 * unit; a manual one takes its latest check-in. Then its status against the progress expected by today.
 */
import type { KeyResult, OkrQuarter } from '../domain/okr.js';
import { convertToUnit } from '../domain/okr-units.js';
import {
  assessKeyResult,
  currentFromCheckIns,
  type KrAssessment,
  type KrCurrent,
} from '../governance/okr-status.js';
import type { AppContext } from './context.js';
import {
  type MetricReading,
  type MetricReadingQuery,
  readMetricHistory,
  readMetricValue,
} from './metric-reading.service.js';

export interface KeyResultEvidence {
  /** The window read, sample size and records behind a metric-linked value. */
  window: { from: string; to: string };
  n: number;
  recordIds: string[];
}

export interface KeyResultView {
  id: string;
  title: string;
  objective: string;
  owner: string;
  unit: string;
  baseline: number | null;
  target: number;
  source: 'metric' | 'check-ins';
  metric: KeyResult['metric'];
  /** The current value in the key result's unit, and the day it describes; null without one. */
  current: { value: number; asOf: string } | null;
  evidence: KeyResultEvidence | null;
  status: KrAssessment['status'];
  /** (current − baseline) ÷ (target − baseline); null without a current value or baseline. */
  progress: number | null;
  expected: number;
  /** Why there is no status figure (not started, too little data, no baseline). */
  why: string | null;
  checkIns: KeyResult['checkIns'];
  /** `file:line` where the key result is written. */
  at: string;
}

export interface HistoryPoint {
  to: string;
  value: number | null;
  n: number;
}

/** The window a key result reads on `today`: the quarter to date; null before the quarter starts. */
export function quarterToDate(quarter: OkrQuarter, today: string): { from: string; to: string } | null {
  if (today < quarter.from) return null;
  return { from: quarter.from, to: today < quarter.to ? today : quarter.to };
}

export async function viewKeyResult(
  context: AppContext | undefined,
  kr: KeyResult,
  quarter: OkrQuarter,
  today: string,
  now: Date,
): Promise<KeyResultView> {
  let current: KrCurrent;
  let evidence: KeyResultEvidence | null = null;
  if (kr.metric === null) {
    current = currentFromCheckIns(kr.checkIns, quarter, today);
  } else {
    const window = quarterToDate(quarter, today);
    if (!window) current = { kind: 'not-started', why: `the quarter starts on ${quarter.from}` };
    else if (!context) current = { kind: 'no-data', why: 'the metrics were not read' };
    else {
      const reading = await readMetricValue(context, toQuery(kr, window), now);
      evidence = { window: reading.window, n: reading.n, recordIds: reading.recordIds };
      current = toCurrent(kr, reading, window.to);
    }
  }
  const assessment = assessKeyResult({
    baseline: kr.baseline,
    target: kr.target,
    current,
    span: quarter,
    today,
  });
  return {
    id: kr.id,
    title: kr.title,
    objective: kr.objective,
    owner: kr.owner,
    unit: kr.unit,
    baseline: kr.baseline,
    target: kr.target,
    source: kr.metric ? 'metric' : 'check-ins',
    metric: kr.metric,
    current: current.kind === 'value' ? { value: current.value, asOf: current.asOf } : null,
    evidence,
    status: assessment.status,
    progress: 'progress' in assessment ? assessment.progress : null,
    expected: assessment.expected,
    why: 'why' in assessment ? assessment.why : null,
    checkIns: kr.checkIns,
    at: `${kr.at.file}:${kr.at.line}`,
  };
}

/** Weekly values over the quarter to date: the metric's cumulative figure, or the check-ins as recorded. */
export async function keyResultHistory(
  context: AppContext,
  kr: KeyResult,
  quarter: OkrQuarter,
  today: string,
  now: Date,
): Promise<HistoryPoint[]> {
  if (kr.metric === null)
    return kr.checkIns
      .filter((checkIn) => checkIn.date <= today)
      .map((checkIn) => ({ to: checkIn.date, value: checkIn.value, n: 1 }));
  const window = quarterToDate(quarter, today);
  if (!window) return [];
  const points = await readMetricHistory(context, { ...toQuery(kr, window), every: 'week' }, now);
  return points.map(({ to, reading }) => {
    const current = toCurrent(kr, reading, to);
    return { to, value: current.kind === 'value' ? current.value : null, n: reading.n };
  });
}

function toQuery(kr: KeyResult, window: { from: string; to: string }): MetricReadingQuery {
  const link = kr.metric;
  if (!link) throw new Error(`${kr.id} has no metric link`);
  return {
    metric: link.id,
    scope: link.scope,
    from: window.from,
    to: window.to,
    ...(link.statistic ? { statistic: link.statistic } : {}),
    ...(link.severity ? { severity: link.severity } : {}),
    ...(link.slo ? { slo: link.slo } : {}),
  };
}

function toCurrent(kr: KeyResult, reading: MetricReading, asOf: string): KrCurrent {
  if (reading.kind !== 'value') return { kind: 'no-data', why: `too little data: needs ${reading.needs}` };
  const value = convertToUnit(reading.value, reading.metric.unit, kr.unit);
  return { kind: 'value', value: round(value), asOf };
}

/** Readings are shown to 4 significant decimals, so 0.5 as a percent reads 50, not 50.00000000000001. */
function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}
