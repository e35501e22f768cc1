/** A scheduler clock whose timers fire only when the test moves it (services/scheduler.ts SchedulerClock). */
import type { SchedulerClock } from '../../src/services/scheduler.js';

export function buildManualClock(start: string) {
  let now = Date.parse(start);
  let timers: { at: number; fn: () => void; id: number }[] = [];
  let nextId = 0;
  const clock: SchedulerClock = {
    now: () => new Date(now),
    setTimer: (fn, ms) => {
      nextId += 1;
      timers.push({ at: now + ms, fn, id: nextId });
      return nextId;
    },
    clearTimer: (id) => {
      timers = timers.filter((timer) => timer.id !== id);
    },
  };
  /** Fires the earliest timer due by `target`, if any; false when none is. */
  const fireNext = (target: number): boolean => {
    const due = timers.filter((timer) => timer.at <= target).sort((a, b) => a.at - b.at)[0];
    if (!due) return false;
    timers = timers.filter((timer) => timer !== due);
    now = due.at;
    due.fn();
    return true;
  };
  /** Moves to `instant`, firing every timer due on the way, without waiting between them. */
  const advanceTo = (instant: string) => {
    const target = Date.parse(instant);
    while (fireNext(target));
    now = target;
  };
  /** Moves `ms` ahead, letting the work each timer starts run before the next timer fires. */
  const advance = async (ms: number) => {
    const target = now + ms;
    while (fireNext(target)) await new Promise((resolve) => setImmediate(resolve));
    now = target;
  };
  return { clock, advance, advanceTo };
}
