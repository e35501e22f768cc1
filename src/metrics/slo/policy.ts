/**
 * The error-budget policy's state for one SLO. Exhausted: nothing left (remaining ≤ 0), and under the
 * default policy releases freeze until the window rolls past enough bad minutes. At risk: less than the
 * policy's share left, or a burn-rate alert firing (the budget will run out if nothing changes). Ok
 * otherwise. Without valid events in the window there is no state to give.
 */
import type { ErrorBudgetPolicy } from '../../domain/slo.js';
import type { ErrorBudget } from './budget.js';
import type { BurnAlert } from './burn-rate.js';

export type BudgetState = 'ok' | 'at-risk' | 'exhausted';

export type PolicyDecision =
  | { kind: 'value'; state: BudgetState; freeze: boolean; reasons: string[] }
  | { kind: 'insufficient-data'; freeze: false; reasons: string[] };

export function decideBudgetPolicy(
  budget: ErrorBudget,
  alerts: readonly BurnAlert[],
  policy: ErrorBudgetPolicy,
): PolicyDecision {
  if (budget.kind !== 'value') {
    return { kind: 'insufficient-data', freeze: false, reasons: ['no valid events in the SLO window'] };
  }
  const percent = (share: number) => `${Number((share * 100).toFixed(2))}%`;
  if (budget.remaining <= 0) {
    const freeze = policy.onExhausted === 'release-freeze';
    return {
      kind: 'value',
      state: 'exhausted',
      freeze,
      reasons: [
        `error budget spent: ${percent(budget.consumed)} consumed`,
        ...(freeze ? ['the policy freezes releases while the budget is exhausted'] : []),
      ],
    };
  }
  const reasons: string[] = [];
  if (budget.remaining < policy.atRiskBelow) {
    reasons.push(`${percent(budget.remaining)} of the budget left, under ${percent(policy.atRiskBelow)}`);
  }
  for (const alert of alerts) {
    if (alert.firing) {
      reasons.push(
        `${alert.name} firing: burn rate ${alert.longBurnRate} over ${alert.long} and ${alert.shortBurnRate} over ${alert.short}, above ${alert.factor}`,
      );
    }
  }
  return { kind: 'value', state: reasons.length > 0 ? 'at-risk' : 'ok', freeze: false, reasons };
}
