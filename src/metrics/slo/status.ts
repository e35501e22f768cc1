/**
 * One SLO's status at an instant: attainment and error budget over its rolling window, the burn rate over
 * each alert window, the alerts that fire and the error-budget policy's state. The instant is an argument
 * (callers choose it; the service uses the end of the latest SLI data, never later than now).
 */
import { DEFAULT_ERROR_BUDGET_POLICY, type Slo } from '../../domain/slo.js';
import { type Attainment, computeAttainment, computeErrorBudget, type ErrorBudget } from './budget.js';
import {
  BURN_WINDOWS,
  type BurnAlert,
  type BurnRate,
  type BurnWindowLabel,
  computeBurnRate,
  evaluateBurnAlerts,
} from './burn-rate.js';
import { decideBudgetPolicy, type PolicyDecision } from './policy.js';
import { countEvents, MINUTE_MS, MINUTES_PER_DAY, type SliSeries } from './series.js';

export interface SloStatus {
  /** The instant the status describes, on a whole minute. */
  at: string;
  window: { from: string; to: string; days: number };
  attainment: Attainment;
  budget: ErrorBudget;
  burnRates: Record<BurnWindowLabel, BurnRate>;
  alerts: BurnAlert[];
  policy: PolicyDecision & { onExhausted: string; atRiskBelow: number };
}

export function computeSloStatus(
  slo: Pick<Slo, 'target' | 'windowDays' | 'policy'>,
  series: SliSeries,
  at: number,
): SloStatus {
  if (at % MINUTE_MS !== 0) throw new RangeError(`a status instant on a whole minute, got ${at}`);
  const windowMinutes = slo.windowDays * MINUTES_PER_DAY;
  const from = at - windowMinutes * MINUTE_MS;
  const counts = countEvents(series, from, at);
  const burnRates = Object.fromEntries(
    Object.entries(BURN_WINDOWS).map(([label, minutes]) => [
      label,
      computeBurnRate(countEvents(series, at - minutes * MINUTE_MS, at), slo.target),
    ]),
  ) as Record<BurnWindowLabel, BurnRate>;
  const budget = computeErrorBudget(counts, slo.target, windowMinutes);
  const alerts = evaluateBurnAlerts(burnRates, windowMinutes);
  const policy = slo.policy ?? DEFAULT_ERROR_BUDGET_POLICY;
  return {
    at: new Date(at).toISOString(),
    window: { from: new Date(from).toISOString(), to: new Date(at).toISOString(), days: slo.windowDays },
    attainment: computeAttainment(counts),
    budget,
    burnRates,
    alerts,
    policy: { ...decideBudgetPolicy(budget, alerts, policy), ...policy },
  };
}

/** The longest look-back any figure needs, in minutes: the SLO window or the longest burn window. */
export function lookBackMinutes(slo: Pick<Slo, 'windowDays'>): number {
  return Math.max(slo.windowDays * MINUTES_PER_DAY, ...Object.values(BURN_WINDOWS));
}
