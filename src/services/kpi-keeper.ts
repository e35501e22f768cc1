/**
 * Keeps today's KPI scorecard stored while `sextant serve` runs. A check at start and every quarter hour
 * stores the cards when the stored ones no longer answer (a new day, a scheduled sync, a webhook, an
 * incident command), so the overview rarely waits for them to be computed. Checks never overlap; a failed
 * one is logged and the next one tries again.
 */
import type { AppContext } from './context.js';
import { storeScorecard } from './kpis.service.js';
import { type SchedulerClock, SYSTEM_CLOCK } from './scheduler.js';

export const KPI_CHECK_MS = 15 * 60_000;

export interface KpiKeeper {
  /** Resolves once the check in progress, if any, has finished. */
  idle(): Promise<void>;
  /** Stops checking and waits for the check in progress. */
  stop(): Promise<void>;
}

export function keepKpiScorecard(
  context: AppContext,
  options: { clock?: SchedulerClock; log?: (message: string) => void } = {},
): KpiKeeper {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const log = options.log ?? (() => {});
  let stopped = false;
  let timer: unknown;
  let running: Promise<void> = Promise.resolve();
  const check = () => {
    running = (async () => {
      try {
        const stored = await storeScorecard(context, { unlessCurrent: true }, clock.now());
        if (stored)
          log(
            `KPI scorecard for ${stored.asOf}: ${stored.cards} cards stored in ${(stored.ms / 1000).toFixed(1)} s`,
          );
      } catch (error) {
        log(`KPI scorecard not stored: ${(error as Error).message}; the next check tries again`);
      }
      if (!stopped) timer = clock.setTimer(check, KPI_CHECK_MS);
    })();
  };
  check();
  return {
    idle: () => running,
    stop: async () => {
      stopped = true;
      clock.clearTimer(timer);
      await running;
    },
  };
}
