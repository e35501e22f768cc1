/**
 * Runs each declared source on its interval while the server is up. A source never runs twice at once;
 * a failed run is retried with exponential backoff (1, 2, 4 … minutes, never later than the source's own
 * interval), and every source's state is readable at any time for `/api/health`.
 */
import type { SourceConfig } from '../domain/sources.js';

export interface SourceStatus {
  name: string;
  type: SourceConfig['type'];
  everyMs: number | null;
  state: 'scheduled' | 'running' | 'succeeded' | 'failed';
  lastStartedAt: string | null;
  lastSucceededAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  nextRunAt: string | null;
  lastCounts: Record<string, number> | null;
}

export interface SchedulerClock {
  now(): Date;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export const SYSTEM_CLOCK: SchedulerClock = {
  now: () => new Date(),
  setTimer: (fn, ms) => setTimeout(fn, ms).unref(),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export const RETRY_BASE_MS = 60_000;

export interface Scheduler {
  statuses(): SourceStatus[];
  /** Stops scheduling and waits for runs in progress. */
  stop(): Promise<void>;
}

export type SourceRunner = (source: SourceConfig) => Promise<Record<string, number>>;

export function startScheduler(
  sources: readonly SourceConfig[],
  run: SourceRunner,
  options: { clock?: SchedulerClock; log?: (message: string) => void } = {},
): Scheduler {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const statuses = new Map<string, SourceStatus>();
  const timers = new Map<string, unknown>();
  const running = new Set<Promise<void>>();
  let stopped = false;

  const schedule = (source: SourceConfig, delayMs: number) => {
    const status = statuses.get(source.name) as SourceStatus;
    status.nextRunAt = new Date(clock.now().getTime() + delayMs).toISOString();
    timers.set(
      source.name,
      clock.setTimer(() => {
        const done = execute(source);
        running.add(done);
        void done.finally(() => running.delete(done));
      }, delayMs),
    );
  };

  const execute = async (source: SourceConfig) => {
    if (stopped) return;
    const status = statuses.get(source.name) as SourceStatus;
    status.state = 'running';
    status.nextRunAt = null;
    status.lastStartedAt = clock.now().toISOString();
    try {
      status.lastCounts = await run(source);
      status.state = 'succeeded';
      status.lastSucceededAt = clock.now().toISOString();
      status.lastError = null;
      status.consecutiveFailures = 0;
    } catch (error) {
      status.state = 'failed';
      status.lastError = error instanceof Error ? error.message : String(error);
      status.consecutiveFailures += 1;
      options.log?.(
        `Source ${source.name} failed (attempt ${status.consecutiveFailures}): ${status.lastError}`,
      );
    }
    if (stopped || source.every === undefined) return;
    const retry = RETRY_BASE_MS * 2 ** (status.consecutiveFailures - 1);
    schedule(source, status.consecutiveFailures > 0 ? Math.min(retry, source.every) : source.every);
  };

  for (const source of sources) {
    statuses.set(source.name, {
      name: source.name,
      type: source.type,
      everyMs: source.every ?? null,
      state: 'scheduled',
      lastStartedAt: null,
      lastSucceededAt: null,
      lastError: null,
      consecutiveFailures: 0,
      nextRunAt: null,
      lastCounts: null,
    });
    if (source.every !== undefined) schedule(source, 0);
  }

  return {
    statuses: () => [...statuses.values()].map((status) => ({ ...status })),
    async stop() {
      stopped = true;
      for (const handle of timers.values()) clock.clearTimer(handle);
      await Promise.allSettled([...running]);
    },
  };
}
