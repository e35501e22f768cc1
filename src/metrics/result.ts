/**
 * The shape of every metric result. A result names its definition (id and version), the window and scope
 * it covers, its sample size and the ids of the records behind it, so any figure can be explained and
 * drilled into. Too little data is a result of its own, never a 0 or a NaN.
 */

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

export function toValueResult<V extends object>(
  definition: MetricDefinition,
  window: Window,
  scope: Scope,
  n: number,
  recordIds: string[],
  value: V,
): ValueResult<V> {
  return {
    kind: 'value',
    metric: { id: definition.id, version: definition.version },
    window: describeWindow(window),
    scope,
    n,
    recordIds,
    ...value,
  };
}

export function toInsufficientData(
  definition: MetricDefinition,
  window: Window,
  scope: Scope,
  n: number,
  recordIds: string[],
  needs: string,
): InsufficientData {
  return {
    kind: 'insufficient-data',
    metric: { id: definition.id, version: definition.version },
    window: describeWindow(window),
    scope,
    n,
    recordIds,
    needs,
  };
}
