/**
 * Fiscal months. A fiscal year is named by the calendar year it starts in: with the year starting in
 * February, FY2026 is 2026-02 … 2027-01, and 2027-01 belongs to FY2026. With a January start the fiscal
 * year is the calendar year.
 */

/** The twelve months (`YYYY-MM`) of fiscal year `year`. */
export function fiscalMonths(year: number, fiscalYearStart: number): string[] {
  return Array.from({ length: 12 }, (_, index) => {
    const zeroBased = fiscalYearStart - 1 + index;
    return formatMonth(year + Math.floor(zeroBased / 12), (zeroBased % 12) + 1);
  });
}

/** The fiscal year a month (`YYYY-MM`) or day (`YYYY-MM-DD`) falls in. */
export function fiscalYearOf(monthOrDay: string, fiscalYearStart: number): number {
  const year = Number(monthOrDay.slice(0, 4));
  const month = Number(monthOrDay.slice(5, 7));
  return month >= fiscalYearStart ? year : year - 1;
}

export function formatMonth(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
