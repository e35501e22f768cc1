/**
 * Fires the report schedules of sextant.yaml while `sextant serve` runs. Cron expressions are read in the
 * workspace time zone (croner computes the instants; the timers go through a SchedulerClock, so tests
 * drive time by hand). Rules:
 * - Runs never overlap: every run, of any schedule, waits in one queue (they share the database and,
 *   for PDF, one Chromium).
 * - A run whose build crashes or whose target fails is retried for the same firing, after 1, 2, 4 …
 *   minutes (at most an hour), until it succeeds or the schedule fires again.
 * - On start, a firing of the last 24 hours is run again: targets already sent for its period are
 *   skipped by the delivery log, so a restart neither loses nor duplicates a delivery.
 */
import { Cron } from 'croner';
import type { ReportSchedule } from '../domain/report-schedule.js';
import type { AppContext } from './context.js';
import type { PostOptions } from './delivery/slack.js';
import { deliverSchedule, type ScheduleRun } from './report-delivery.service.js';
import { type SchedulerClock, SYSTEM_CLOCK } from './scheduler.js';

export interface ReportScheduleStatus {
  name: string;
  cron: string;
  report: ReportSchedule['report'];
  state: 'scheduled' | 'queued' | 'running' | 'succeeded' | 'failed';
  nextRunAt: string | null;
  lastStartedAt: string | null;
  /** The period of the latest run, e.g. `2026-W47`. */
  lastPeriod: string | null;
  lastError: string | null;
  consecutiveFailures: number;
}

export interface ReportScheduler {
  statuses(): ReportScheduleStatus[];
  /** Resolves once every run queued so far has finished. */
  idle(): Promise<void>;
  /** Stops firing and waits for the run in progress. */
  stop(): Promise<void>;
}

/** Runs one schedule for the firing at `firedAt`. */
export type ScheduleRunner = (schedule: ReportSchedule, firedAt: Date) => Promise<ScheduleRun>;

export const REPORT_RETRY_BASE_MS = 60_000;
const MAX_RETRY_MS = 3_600_000;
export const CATCH_UP_MS = 86_400_000;
/** Longest single timer: Node's timers overflow past 24.8 days, and a long wait is re-armed anyway. */
const MAX_TIMER_MS = 6 * 3_600_000;

export function startReportScheduler(
  schedules: readonly ReportSchedule[],
  timezone: string,
  run: ScheduleRunner,
  options: { clock?: SchedulerClock; log?: (message: string) => void } = {},
): ReportScheduler {
  const clock = options.clock ?? SYSTEM_CLOCK;
  const log = options.log ?? (() => {});
  const statuses = new Map<string, ReportScheduleStatus>();
  const crons = new Map(schedules.map((schedule) => [schedule.name, new Cron(schedule.cron, { timezone })]));
  const timers = new Map<string, unknown>();
  let queue: Promise<void> = Promise.resolve();
  let stopped = false;

  const statusOf = (schedule: ReportSchedule) => statuses.get(schedule.name) as ReportScheduleStatus;
  const cronOf = (schedule: ReportSchedule) => crons.get(schedule.name) as Cron;

  /** Waits until `dueAt`, in steps no longer than MAX_TIMER_MS, then queues the run. */
  const wake = (schedule: ReportSchedule, dueAt: Date, firedAt: Date) => {
    if (stopped) return;
    statusOf(schedule).nextRunAt = dueAt.toISOString();
    const delay = dueAt.getTime() - clock.now().getTime();
    if (delay <= 0) {
      enqueue(schedule, firedAt);
      return;
    }
    timers.set(
      schedule.name,
      clock.setTimer(() => wake(schedule, dueAt, firedAt), Math.min(delay, MAX_TIMER_MS)),
    );
  };

  const armNext = (schedule: ReportSchedule) => {
    const next = cronOf(schedule).nextRun(clock.now());
    if (next) wake(schedule, next, next);
    else statusOf(schedule).nextRunAt = null;
  };

  const enqueue = (schedule: ReportSchedule, firedAt: Date) => {
    statusOf(schedule).state = 'queued';
    queue = queue.then(() => execute(schedule, firedAt));
  };

  const execute = async (schedule: ReportSchedule, firedAt: Date) => {
    if (stopped) return;
    const status = statusOf(schedule);
    status.state = 'running';
    status.nextRunAt = null;
    status.lastStartedAt = clock.now().toISOString();
    let problem: string | null = null;
    try {
      const result = await run(schedule, firedAt);
      status.lastPeriod = result.period;
      const failed = result.outcomes.filter((outcome) => outcome.status === 'failed');
      if (failed.length > 0)
        problem = failed.map((outcome) => `${outcome.target}: ${outcome.error}`).join('; ');
      const sent = result.outcomes
        .filter((outcome) => outcome.status === 'sent')
        .map((outcome) => outcome.target);
      if (sent.length > 0)
        log(`Report schedule ${schedule.name} delivered ${result.period} to ${sent.join(', ')}`);
    } catch (error) {
      problem = error instanceof Error ? error.message : String(error);
    }
    if (problem === null) {
      status.state = 'succeeded';
      status.lastError = null;
      status.consecutiveFailures = 0;
      armNext(schedule);
      return;
    }
    status.state = 'failed';
    status.lastError = problem;
    status.consecutiveFailures += 1;
    const retryAt = new Date(
      clock.now().getTime() +
        Math.min(REPORT_RETRY_BASE_MS * 2 ** (status.consecutiveFailures - 1), MAX_RETRY_MS),
    );
    const next = cronOf(schedule).nextRun(clock.now());
    log(`Report schedule ${schedule.name} failed (attempt ${status.consecutiveFailures}): ${problem}`);
    // A retry keeps the firing (and so the period); once the schedule fires again, the new firing wins.
    if (next && next.getTime() <= retryAt.getTime()) wake(schedule, next, next);
    else wake(schedule, retryAt, firedAt);
  };

  for (const schedule of schedules) {
    statuses.set(schedule.name, {
      name: schedule.name,
      cron: schedule.cron,
      report: schedule.report,
      state: 'scheduled',
      nextRunAt: null,
      lastStartedAt: null,
      lastPeriod: null,
      lastError: null,
      consecutiveFailures: 0,
    });
    const now = clock.now();
    const [previous] = cronOf(schedule).previousRuns(1, now);
    if (previous && now.getTime() - previous.getTime() <= CATCH_UP_MS) enqueue(schedule, previous);
    else armNext(schedule);
  }

  return {
    statuses: () => [...statuses.values()].map((status) => ({ ...status })),
    idle: () => queue,
    async stop() {
      stopped = true;
      for (const handle of timers.values()) clock.clearTimer(handle);
      await queue;
    },
  };
}

/** Starts the workspace's report schedules for `sextant serve`; their state shows in `/api/health`. */
export function scheduleReports(
  context: AppContext,
  options: { clock?: SchedulerClock; log?: (message: string) => void; slack?: PostOptions } = {},
): ReportScheduler {
  const { schedules } = context.workspace.config.reports;
  const scheduler = startReportScheduler(
    schedules,
    context.workspace.config.timezone,
    (schedule, firedAt) =>
      deliverSchedule(
        context,
        schedule,
        { firedAt, ...(options.slack ? { slack: options.slack } : {}) },
        options.clock?.now() ?? new Date(),
      ),
    options,
  );
  context.reportScheduler = scheduler;
  return scheduler;
}
