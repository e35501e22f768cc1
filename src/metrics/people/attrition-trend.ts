/** Attrition per calendar quarter of a window, each quarter clipped to the window and annualized. */

import { type AttritionFacts, type AttritionResult, computeAttrition } from './attrition.js';
import { type DayWindow, quartersOf } from './attrition-calendar.js';

export function attritionTrend(
  facts: AttritionFacts,
  window: DayWindow,
): { quarter: string; result: AttritionResult }[] {
  return quartersOf(window).map(({ quarter, window: part }) => ({
    quarter,
    result: computeAttrition(facts, part),
  }));
}
