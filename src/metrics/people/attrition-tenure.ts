/**
 * Tenure bands for attrition: a person's tenure on a day is the whole years since their start date,
 * and a leaver is counted in the band of their last day. Bands are closed below and open above
 * (`1-2` holds tenures from the first anniversary up to the day before the second).
 */

import type { CellOf } from './attrition.js';
import { wholeYearsBetween } from './attrition-calendar.js';

export const TENURE_BANDS = ['under-1', '1-2', '2-5', '5-plus'] as const;
export type TenureBand = (typeof TENURE_BANDS)[number];

export const TENURE_BAND_LABELS: Record<TenureBand | 'unknown', string> = {
  'under-1': 'less than 1 year',
  '1-2': '1 to 2 years',
  '2-5': '2 to 5 years',
  '5-plus': '5 years or more',
  unknown: 'start date unknown',
};

/** The band of a tenure that started on `startDate`, on `day`; `unknown` without a start date. */
export function tenureBand(startDate: string | null, day: string): TenureBand | 'unknown' {
  if (!startDate) return 'unknown';
  const years = wholeYearsBetween(startDate, day);
  if (years < 1) return 'under-1';
  if (years < 2) return '1-2';
  if (years < 5) return '2-5';
  return '5-plus';
}

/** Breakdown by tenure band: each person-day in the band of that day. */
export const byTenureBand: CellOf = (person, day) => tenureBand(person.startDate, day);
