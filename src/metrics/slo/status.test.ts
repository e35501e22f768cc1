import { describe, expect, it } from 'vitest';
import { computeErrorBudget } from './budget.js';
import { checkSliSamples } from './samples.js';
import { MINUTE_MS, type SliSeries, toSliSeries } from './series.js';
import { computeSloStatus } from './status.js';

const START = Date.parse('2026-11-01T00:00:00Z');
const DAY_MINUTES = 1_440;

/** Per-minute samples from START; `at(i)` gives minute i's [good, valid]. */
function buildSeries(minutes: number, at: (i: number) => [number, number]): SliSeries {
  const timestamps = Array.from({ length: minutes }, (_, i) => START + i * MINUTE_MS);
  const counts = timestamps.map((_, i) => at(i));
  const result = checkSliSamples(
    { timestamps, good: counts.map(([good]) => good), valid: counts.map(([, valid]) => valid) },
    (index) => ({ line: index + 2 }),
  );
  if (result.kind !== 'ok') throw new Error(JSON.stringify(result.issues));
  return toSliSeries(result.checked.days);
}

const slo = (target: number, policy?: { onExhausted: 'release-freeze' | 'notify'; atRiskBelow: number }) => ({
  target,
  windowDays: 28,
  ...(policy ? { policy } : {}),
});

describe('error budget', () => {
  it('gives attainment and the budget consumed and left, in events and in minutes', () => {
    // 1% bad against a 2% budget: half spent. 28 days × 1,440 minutes × 0.02 = 806.4 budget minutes.
    const budget = computeErrorBudget(
      { good: 9_900, valid: 10_000, minutes: 60, missingMinutes: 0 },
      0.98,
      28 * DAY_MINUTES,
    );
    expect(budget).toMatchObject({
      kind: 'value',
      fraction: 0.02,
      badEvents: 100,
      consumed: 0.5,
      remaining: 0.5,
    });
    if (budget.kind !== 'value') throw new Error('expected a value');
    expect(budget.allowedBadEvents).toBeCloseTo(200, 9);
    expect(budget.minutes.total).toBeCloseTo(806.4, 9);
    expect(budget.minutes.consumed).toBeCloseTo(403.2, 9);
  });

  it('goes negative when overspent, so how far over is visible', () => {
    const budget = computeErrorBudget(
      { good: 997, valid: 1_000, minutes: 1, missingMinutes: 0 },
      0.999,
      DAY_MINUTES,
    );
    expect(budget).toMatchObject({ consumed: 3, remaining: -2 });
  });

  it('is insufficient data without valid events, never a 0', () => {
    expect(
      computeErrorBudget({ good: 0, valid: 0, minutes: 10, missingMinutes: 10 }, 0.999, DAY_MINUTES),
    ).toEqual({
      kind: 'insufficient-data',
      needs: 'valid events in the window',
      missingMinutes: 10,
    });
  });
});

describe('SLO status', () => {
  const threeDays = 3 * DAY_MINUTES;
  const at = START + threeDays * MINUTE_MS;

  it('computes burn rates as the bad share over the budget fraction', () => {
    // 10 bad of 10,000 a minute is 0.1%, the whole budget of a 0.999 target: burn rate 1.
    const status = computeSloStatus(
      slo(0.999),
      buildSeries(threeDays, () => [9_990, 10_000]),
      at,
    );
    expect(status.burnRates['1h']).toMatchObject({ kind: 'value', value: 1, bad: 600, valid: 600_000 });
    expect(status.burnRates['3d']).toMatchObject({ kind: 'value', value: 1, bad: 43_200 });
    expect(status.attainment).toMatchObject({
      kind: 'value',
      value: 0.999,
      missingMinutes: 25 * DAY_MINUTES,
    });
  });

  it('does not fire an alert whose burn rate equals its factor, and fires just above it', () => {
    // 144 bad of 10,000 is a burn rate of exactly 14.4 for 0.999; 145 is 14.5.
    const atFactor = computeSloStatus(
      slo(0.999),
      buildSeries(threeDays, () => [9_856, 10_000]),
      at,
    );
    expect(atFactor.burnRates['5m']).toMatchObject({ value: 14.4 });
    const firing = (status: typeof atFactor) => status.alerts.filter((a) => a.firing).map((a) => a.name);
    expect(firing(atFactor)).toEqual(['page-6h', 'ticket-1d', 'ticket-3d']);
    const above = computeSloStatus(
      slo(0.999),
      buildSeries(threeDays, () => [9_855, 10_000]),
      at,
    );
    expect(firing(above)).toEqual(['page-1h', 'page-6h', 'ticket-1d', 'ticket-3d']);
    expect(above.alerts[0]).toMatchObject({ longBurnRate: 14.5, shortBurnRate: 14.5, factor: 14.4 });
  });

  it('stops paging once the short window is clean, however bad the long window was', () => {
    // The hour before `at`: 55 minutes at 20% bad, then 5 clean minutes.
    const series = buildSeries(threeDays, (i) =>
      i >= threeDays - 60 && i < threeDays - 5 ? [8_000, 10_000] : [10_000, 10_000],
    );
    const status = computeSloStatus(slo(0.999), series, at);
    const page = status.alerts.find((alert) => alert.name === 'page-1h');
    // 55 × 2,000 bad of 60 × 10,000 valid = 18.33…% over a 0.1% budget.
    expect(page?.longBurnRate).toBeCloseTo(183.333333333, 6);
    expect(page).toMatchObject({ shortBurnRate: 0, firing: false });
  });

  it('exhausts the budget and freezes releases under the default policy, not under notify', () => {
    const series = buildSeries(threeDays, () => [9_900, 10_000]);
    const frozen = computeSloStatus(slo(0.99), series, at);
    expect(frozen.budget).toMatchObject({ consumed: 1, remaining: 0 });
    expect(frozen.policy).toMatchObject({ kind: 'value', state: 'exhausted', freeze: true });
    const notify = computeSloStatus(slo(0.99, { onExhausted: 'notify', atRiskBelow: 0.25 }), series, at);
    expect(notify.policy).toMatchObject({ state: 'exhausted', freeze: false });
  });

  it('is at risk when less than the policy share of the budget is left', () => {
    // 8 bad of 10,000 against a 0.999 target: 80% consumed, 20% left, under the default 25%.
    const status = computeSloStatus(
      slo(0.999),
      buildSeries(threeDays, () => [9_992, 10_000]),
      at,
    );
    expect(status.budget).toMatchObject({ consumed: 0.8, remaining: 0.2 });
    expect(status.policy).toMatchObject({ state: 'at-risk', freeze: false });
    const relaxed = computeSloStatus(
      slo(0.999, { onExhausted: 'release-freeze', atRiskBelow: 0.1 }),
      buildSeries(threeDays, () => [9_992, 10_000]),
      at,
    );
    expect(relaxed.policy).toMatchObject({ state: 'ok' });
  });

  it('gives no policy state without valid events in the window', () => {
    const status = computeSloStatus(
      slo(0.999),
      buildSeries(10, () => [0, 0]),
      at,
    );
    expect(status.attainment.kind).toBe('insufficient-data');
    expect(status.policy).toMatchObject({ kind: 'insufficient-data', freeze: false });
    expect(status.alerts.every((alert) => !alert.firing)).toBe(true);
  });
});
