/**
 * Arithmetic on local calendar days written `YYYY-MM-DD` (day keys). A day key names a day, not an instant,
 * so it is shifted and compared as a UTC midnight: no time zone or daylight-saving change can move it.
 */
const DAY_MS = 86_400_000;

/** The day key `days` after `dateKey` (before it when negative). */
export function shiftDayKey(dateKey: string, days: number): string {
  return new Date(Date.parse(`${dateKey}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`; negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
