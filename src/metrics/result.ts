/**
 * The shape of every metric result. A result names its definition (id and version), the window and scope
 * it covers, its sample size and the ids of the records behind it, so any figure can be explained and
 * drilled into. Too little data is a result of its own, never a 0 or a NaN.
 */
import { percentileOfSorted, sortAscending } from './stats.js';

/** A half-open window `[from, to)`. */
export interface Window {
  from: Date;
  to: Date;
}

export type ScopeKind = 'org' | 'team' | 'service' | 'repository';

export type Scope = { kind: 'org' } | { kind: Exclude<ScopeKind, 'org'>; ref: string };

export interface MetricDefinition {
  id: string;
  version: number;
  title: string;
  /** What exactly is counted, in a sentence or two; shown by `sextant metrics explain`. */
  description: string;
  unit: 'seconds' | 'fraction' | 'count' | 'per-week' | 'lines' | 'ratio';
  /** Whether a higher value is better, worse, or neither. */
  direction: 'higher-is-better' | 'lower-is-better' | 'neutral';
}

interface ResultBase {
  metric: { id: string; version: number };
  window: { from: string; to: string };
  scope: Scope;
  /** How many observations the value rests on. */
  n: number;
  /** Ids (`source:key`) of the records behind the figure. */
  recordIds: string[];
}

export type ValueResult<V extends object> = ResultBase & { kind: 'value' } & V;

export type InsufficientData = ResultBase & {
  kind: 'insufficient-data';
  /** What would make the figure computable, e.g. "at least 1 production deployment in the window". */
  needs: string;
};

export type MetricResult<V extends object> = ValueResult<V> | InsufficientData;

/** Durations are seconds: the median and the 90th percentile. */
export type DurationValue = { median: number; p90: number };

/** A share: numerator ÷ denominator, as a fraction. */
export type RateValue = { value: number; numerator: number; denominator: number };

/** A plain number (a count, a per-week figure). */
export type NumberValue = { value: number };

export function describeWindow(window: Window): { from: string; to: string } {
  return { from: window.from.toISOString(), to: window.to.toISOString() };
}

function toResultBase(
  definition: MetricDefinition,
  window: Window,
  scope: Scope,
  n: number,
  recordIds: string[],
): ResultBase {
  return {
    metric: { id: definition.id, version: definition.version },
    window: describeWindow(window),
    scope,
    n,
    recordIds,
  };
}

export function toValueResult<V extends object>(
  definition: MetricDefinition,
  window: Window,
  scope: Scope,
  n: number,
  recordIds: string[],
  value: V,
): ValueResult<V> {
  return { kind: 'value', ...toResultBase(definition, window, scope, n, recordIds), ...value };
}

export function toInsufficientData(
  definition: MetricDefinition,
  window: Window,
  scope: Scope,
  n: number,
  recordIds: string[],
  needs: string,
): InsufficientData {
  return { kind: 'insufficient-data', ...toResultBase(definition, window, scope, n, recordIds), needs };
}

/** One observation of a duration-shaped metric: its size (seconds, or the metric's unit) and its record. */
export interface DurationSample {
  value: number;
  recordId: string;
}

/**
 * The median and type-7 p90 of the samples, one observation and one record id per sample; insufficient
 * data (n 0, no records) when there are none. `extra` adds figures read from the same sorted samples,
 * such as a p95.
 */
export function toDurationResult<E extends object = Record<never, never>>(
  definition: MetricDefinition,
  window: Window,
  scope: Scope,
  samples: readonly DurationSample[],
  needs: string,
  extra?: (percentileAt: (p: number) => number) => E,
): MetricResult<DurationValue & E> {
  if (samples.length === 0) return toInsufficientData(definition, window, scope, 0, [], needs);
  const sorted = sortAscending(samples.map((sample) => sample.value));
  const percentileAt = (p: number) => percentileOfSorted(sorted, p) as number;
  const recordIds = samples.map((sample) => sample.recordId);
  return toValueResult(definition, window, scope, samples.length, recordIds, {
    median: percentileAt(0.5),
    p90: percentileAt(0.9),
    ...(extra?.(percentileAt) as E),
  });
}

/**
 * Numerator ÷ denominator, where each thing counted in the denominator is one observation (so n is the
 * denominator); insufficient data (n 0, no records) when the denominator is 0.
 */
export function toRateResult<E extends object = Record<never, never>>(
  definition: MetricDefinition,
  window: Window,
  scope: Scope,
  rate: { numerator: number; denominator: number; recordIds: string[] },
  needs: string,
  extra?: E,
): MetricResult<RateValue & E> {
  const { numerator, denominator, recordIds } = rate;
  if (denominator === 0) return toInsufficientData(definition, window, scope, 0, [], needs);
  return toValueResult(definition, window, scope, denominator, recordIds, {
    value: numerator / denominator,
    numerator,
    denominator,
    ...(extra as E),
  });
}
