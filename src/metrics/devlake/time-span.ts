/**
 * DevLake's `computeTimeSpan` (plugins/dora/tasks/change_lead_time_calculator.go): the span between two
 * instants in whole minutes, rounded UP (`math.Ceil(span.Minutes())`), and missing when either end is
 * missing or the rounded span is negative. Because the rounding comes first, a span between -1 and 0
 * minutes rounds to 0 and is kept; anything earlier is dropped rather than clamped, so a review that predates
 * its PR simply has no pickup time.
 */
export function devLakeMinutesBetween(start: Date | null, end: Date | null): number | null {
  if (start === null || end === null) return null;
  const minutes = Math.ceil((end.getTime() - start.getTime()) / 60_000);
  if (minutes < 0) return null;
  // Math.ceil(-0.5) is -0; Go's int64 has no negative zero.
  return minutes === 0 ? 0 : minutes;
}
