/**
 * Internal promotion rate: promotions over a window per person on staff, annualized.
 *
 * Rules and reasons:
 * - A promotion is a level change recorded in people-private `promotions`, counted on its date when
 *   the date falls in the window `[from, to)`. Someone promoted twice in the window counts twice: the
 *   rate measures how much the organization grows its people, not how many people moved.
 * - The denominator is the same average daily headcount as attrition's, so the two rates compare.
 * - Annualized = promotions ÷ average headcount × 365 ÷ days in the window.
 * - No one on staff during the window is `insufficient-data`.
 */

import { annualize, computeAttrition, type StaffRecord } from './attrition.js';
import { type DayWindow, quartersOf, windowDays } from './attrition-calendar.js';

export interface PromotionFacts {
  staff: readonly StaffRecord[];
  /** Promotions by person reference. */
  promotions: ReadonlyMap<string, readonly { date: string; from: string; to: string }[]>;
}

export type PromotionResult =
  | {
      kind: 'value';
      window: DayWindow;
      days: number;
      averageHeadcount: number;
      people: number;
      promotions: number;
      annualizedRate: number;
      /** Person references of those promoted (once each): individual data. */
      refs: string[];
    }
  | { kind: 'insufficient-data'; window: DayWindow; n: 0; needs: string };

export function computePromotionRate(facts: PromotionFacts, window: DayWindow): PromotionResult {
  const headcount = computeAttrition({ staff: facts.staff, departures: new Map() }, window);
  if (headcount.kind !== 'value') return headcount;
  const days = windowDays(window);
  const refs = new Set<string>();
  let promotions = 0;
  for (const person of facts.staff)
    for (const promotion of facts.promotions.get(person.ref) ?? [])
      if (promotion.date >= window.from && promotion.date < window.to) {
        promotions += 1;
        refs.add(person.ref);
      }
  return {
    kind: 'value',
    window,
    days,
    averageHeadcount: headcount.averageHeadcount,
    people: headcount.people,
    promotions,
    annualizedRate: annualize(promotions, headcount.averageHeadcount, days),
    refs: [...refs].sort(),
  };
}

/** The rate in each calendar quarter the window touches, oldest first (part quarters clipped). */
export function promotionTrend(
  facts: PromotionFacts,
  window: DayWindow,
): { quarter: string; result: PromotionResult }[] {
  return quartersOf(window).map(({ quarter, window: part }) => ({
    quarter,
    result: computePromotionRate(facts, part),
  }));
}
