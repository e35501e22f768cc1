/**
 * Which window an instant belongs to. Windows are half-open, `[from, to)`, so consecutive windows never
 * count the same instant twice.
 */
import type { Window } from './result.js';

/** Whether an instant (epoch milliseconds) falls in the half-open window `[from, to)`. */
export function isInWindow(instant: number, window: Window): boolean {
  return instant >= window.from.getTime() && instant < window.to.getTime();
}
