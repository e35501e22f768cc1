/**
 * Burn rate and the multiwindow, multi-burn-rate alerts of the SRE workbook. A burn rate is how fast the
 * budget is spent relative to spending it evenly over the SLO window: the bad share of valid events in a
 * window divided by the budget fraction (1 means the budget lasts exactly the window). An alert fires when
 * both its long window and its short window burn faster than its factor; the short window makes it stop
 * soon after the burning stops. Exactly at the factor it does not fire (the workbook's rules use `>`).
 */
import { budgetFraction, roundTo, type SloFigure } from './budget.js';
import type { EventCounts } from './series.js';

export interface BurnWindow {
  label: string;
  minutes: number;
}

export const BURN_WINDOWS = {
  '5m': 5,
  '30m': 30,
  '1h': 60,
  '2h': 120,
  '6h': 360,
  '1d': 1_440,
  '3d': 4_320,
} as const;
export type BurnWindowLabel = keyof typeof BURN_WINDOWS;

export interface BurnAlertRule {
  name: string;
  severity: 'page' | 'ticket';
  long: BurnWindowLabel;
  short: BurnWindowLabel;
  factor: number;
}

/** The workbook's recommended pairs: two that page, two that open a ticket. */
export const BURN_ALERT_RULES: readonly BurnAlertRule[] = [
  { name: 'page-1h', severity: 'page', long: '1h', short: '5m', factor: 14.4 },
  { name: 'page-6h', severity: 'page', long: '6h', short: '30m', factor: 6 },
  { name: 'ticket-1d', severity: 'ticket', long: '1d', short: '2h', factor: 3 },
  { name: 'ticket-3d', severity: 'ticket', long: '3d', short: '6h', factor: 1 },
];

export type BurnRate = SloFigure<{
  value: number;
  good: number;
  valid: number;
  bad: number;
  missingMinutes: number;
}>;

/** Rounded to 9 decimals, so a rate meant to be 14.4 is 14.4 when compared with a factor. */
export function computeBurnRate(counts: EventCounts, target: number): BurnRate {
  if (counts.valid === 0) {
    return {
      kind: 'insufficient-data',
      needs: 'valid events in the window',
      missingMinutes: counts.missingMinutes,
    };
  }
  const bad = counts.valid - counts.good;
  return {
    kind: 'value',
    value: roundTo(bad / counts.valid / budgetFraction(target), 9),
    good: counts.good,
    valid: counts.valid,
    bad,
    missingMinutes: counts.missingMinutes,
  };
}

export interface BurnAlert extends BurnAlertRule {
  longBurnRate: number | null;
  shortBurnRate: number | null;
  /** Share of the whole budget the long window spends when burning exactly at the factor. */
  budgetSpentAtFactor: number;
  firing: boolean;
}

/** Every rule, evaluated on the burn rates of its two windows; no data in a window never fires. */
export function evaluateBurnAlerts(
  rates: Readonly<Record<BurnWindowLabel, BurnRate>>,
  windowMinutes: number,
): BurnAlert[] {
  return BURN_ALERT_RULES.map((rule) => {
    const long = rates[rule.long];
    const short = rates[rule.short];
    const longBurnRate = long.kind === 'value' ? long.value : null;
    const shortBurnRate = short.kind === 'value' ? short.value : null;
    return {
      ...rule,
      longBurnRate,
      shortBurnRate,
      budgetSpentAtFactor: roundTo((rule.factor * BURN_WINDOWS[rule.long]) / windowMinutes, 9),
      firing:
        longBurnRate !== null &&
        shortBurnRate !== null &&
        longBurnRate > rule.factor &&
        shortBurnRate > rule.factor,
    };
  });
}
