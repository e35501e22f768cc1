/**
 * Attainment and error budget over an SLO's window. Attainment is good ÷ valid events; the budget is the
 * share of valid events allowed to be bad, `1 - target`. Consumed is the bad share measured against that
 * allowance (1 means spent exactly, above 1 overspent); remaining is `1 - consumed` and goes negative when
 * overspent, so how far over is visible. The minutes equivalent reads the same figures as time at full
 * outage over the window's length: a 0.999 target over 28 days allows 40.32 minutes.
 */
import type { EventCounts } from './series.js';

export type SloFigure<V extends object> =
  | ({ kind: 'value' } & V)
  | { kind: 'insufficient-data'; needs: string; missingMinutes: number };

/** `1 - target`, rounded to 12 decimals so 1 - 0.999 is 0.001 and not 0.0010000000000000009. */
export function budgetFraction(target: number): number {
  return roundTo(1 - target, 12);
}

/** Rounds to `digits` decimals: figures compared with thresholds must not carry binary noise. */
export function roundTo(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

export type Attainment = SloFigure<{
  value: number;
  good: number;
  valid: number;
  bad: number;
  minutes: number;
  missingMinutes: number;
}>;

export function computeAttainment(counts: EventCounts): Attainment {
  if (counts.valid === 0) {
    return {
      kind: 'insufficient-data',
      needs: 'valid events in the window',
      missingMinutes: counts.missingMinutes,
    };
  }
  return {
    kind: 'value',
    value: counts.good / counts.valid,
    good: counts.good,
    valid: counts.valid,
    bad: counts.valid - counts.good,
    minutes: counts.minutes,
    missingMinutes: counts.missingMinutes,
  };
}

export type ErrorBudget = SloFigure<{
  /** The budget as a share of valid events, `1 - target`. */
  fraction: number;
  allowedBadEvents: number;
  badEvents: number;
  /** Share of the budget spent; above 1 when overspent. */
  consumed: number;
  /** `1 - consumed`; negative when overspent. */
  remaining: number;
  minutes: { total: number; consumed: number; remaining: number };
}>;

export function computeErrorBudget(counts: EventCounts, target: number, windowMinutes: number): ErrorBudget {
  const attainment = computeAttainment(counts);
  if (attainment.kind !== 'value') return attainment;
  const fraction = budgetFraction(target);
  const consumed = roundTo(attainment.bad / attainment.valid / fraction, 12);
  const total = fraction * windowMinutes;
  return {
    kind: 'value',
    fraction,
    allowedBadEvents: fraction * attainment.valid,
    badEvents: attainment.bad,
    consumed,
    remaining: roundTo(1 - consumed, 12),
    minutes: { total, consumed: consumed * total, remaining: (1 - consumed) * total },
  };
}
