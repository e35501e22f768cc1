/**
 * The report scheduler's timing on a hand-driven clock: cron in the workspace time zone, one run at a
 * time, retries of a failed firing, catch-up after a restart, and long waits. The runner records what it
 * is asked to run; delivery itself is tested in delivery-demo.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { ReportSchedule } from '../../src/domain/report-schedule.js';
import type { ScheduleRun } from '../../src/services/report-delivery.service.js';
import { type ScheduleRunner, startReportScheduler } from '../../src/services/report-scheduler.js';
import { buildManualClock } from '../support/manual-clock.js';

function buildSchedule(name: string, cron: string): ReportSchedule {
  return {
    name,
    cron,
    report: 'digest',
    format: 'md',
    audience: 'exec',
    period: 'week',
    viewer: 'leader',
    targets: [{ type: 'dir', path: 'out' }],
  };
}

const sent = (schedule: ReportSchedule): ScheduleRun => ({
  schedule: schedule.name,
  period: 'P',
  outcomes: [{ target: 'dir:out', status: 'sent', error: null }],
});

describe('startReportScheduler', () => {
  it('reads the cron in the workspace time zone: Monday 08:00 in Berlin is 07:00 UTC in winter', async () => {
    const { clock, advanceTo } = buildManualClock('2026-11-20T12:00:00Z');
    const firings: string[] = [];
    const run: ScheduleRunner = async (schedule, firedAt) => {
      firings.push(firedAt.toISOString());
      return sent(schedule);
    };
    const scheduler = startReportScheduler([buildSchedule('weekly', '0 8 * * MON')], 'Europe/Berlin', run, {
      clock,
    });
    for (const instant of [
      '2026-11-23T06:59:59Z',
      '2026-11-23T07:00:00Z',
      '2026-11-30T07:00:00Z',
      '2026-12-08T00:00:00Z',
    ]) {
      advanceTo(instant);
      await scheduler.idle();
    }
    await scheduler.stop();
    expect(firings).toEqual([
      '2026-11-23T07:00:00.000Z',
      '2026-11-30T07:00:00.000Z',
      '2026-12-07T07:00:00.000Z',
    ]);
  });

  it('never runs two schedules at once, even when they fire together', async () => {
    const { clock, advanceTo } = buildManualClock('2026-11-23T06:00:00Z');
    const events: string[] = [];
    let release: () => void = () => {};
    const run: ScheduleRunner = async (schedule) => {
      events.push(`start ${schedule.name}`);
      if (schedule.name === 'a') await new Promise<void>((resolve) => (release = resolve));
      events.push(`end ${schedule.name}`);
      return sent(schedule);
    };
    const scheduler = startReportScheduler(
      [buildSchedule('a', '0 7 * * *'), buildSchedule('b', '0 7 * * *')],
      'UTC',
      run,
      { clock },
    );
    advanceTo('2026-11-23T07:00:00Z');
    await new Promise((resolve) => setImmediate(resolve));
    expect(events).toEqual(['start a']);
    expect(scheduler.statuses().map((status) => status.state)).toEqual(['running', 'queued']);
    release();
    await scheduler.idle();
    expect(events).toEqual(['start a', 'end a', 'start b', 'end b']);
    await scheduler.stop();
  });

  it('retries a failed firing after 1, 2, 4 minutes with the same firing time, until it succeeds', async () => {
    const { clock, advanceTo } = buildManualClock('2026-11-23T06:00:00Z');
    const calls: { at: string; firedAt: string }[] = [];
    const run: ScheduleRunner = async (schedule, firedAt) => {
      calls.push({ at: clock.now().toISOString(), firedAt: firedAt.toISOString() });
      if (calls.length < 4) throw new Error('the store is busy');
      return sent(schedule);
    };
    const scheduler = startReportScheduler([buildSchedule('weekly', '0 7 * * MON')], 'UTC', run, { clock });
    for (const instant of ['07:00', '07:01', '07:03', '07:07']) {
      advanceTo(`2026-11-23T${instant}:00Z`);
      await scheduler.idle();
    }
    expect(calls).toEqual(
      ['07:00', '07:01', '07:03', '07:07'].map((instant) => ({
        at: `2026-11-23T${instant}:00.000Z`,
        firedAt: '2026-11-23T07:00:00.000Z',
      })),
    );
    expect(scheduler.statuses()[0]).toMatchObject({ state: 'succeeded', consecutiveFailures: 0 });
    await scheduler.stop();
  });

  it('lets the next firing take over from a retry that would come later', async () => {
    // Started half a minute after a firing: that firing is caught up at once, and fails.
    const { clock, advanceTo } = buildManualClock('2026-11-23T06:30:30Z');
    const firings: string[] = [];
    const run: ScheduleRunner = async (schedule, firedAt) => {
      firings.push(firedAt.toISOString());
      if (firings.length === 1) throw new Error('down');
      return sent(schedule);
    };
    const scheduler = startReportScheduler([buildSchedule('each-minute', '* * * * *')], 'UTC', run, {
      clock,
    });
    await scheduler.idle();
    expect(scheduler.statuses()[0]).toMatchObject({ state: 'failed', nextRunAt: '2026-11-23T06:31:00.000Z' });
    advanceTo('2026-11-23T06:31:00Z');
    await scheduler.idle();
    expect(firings).toEqual(['2026-11-23T06:30:00.000Z', '2026-11-23T06:31:00.000Z']);
    await scheduler.stop();
  });

  it('catches up a firing of the last 24 hours on start, and no older one', async () => {
    const firings: string[] = [];
    const run: ScheduleRunner = async (schedule, firedAt) => {
      firings.push(`${schedule.name} ${firedAt.toISOString()}`);
      return sent(schedule);
    };
    const { clock } = buildManualClock('2026-11-23T20:00:00Z');
    const scheduler = startReportScheduler(
      [buildSchedule('this-morning', '0 7 * * MON'), buildSchedule('last-week', '0 7 * * TUE')],
      'UTC',
      run,
      { clock },
    );
    await scheduler.idle();
    expect(firings).toEqual(['this-morning 2026-11-23T07:00:00.000Z']);
    expect(scheduler.statuses()[1]).toMatchObject({
      state: 'scheduled',
      nextRunAt: '2026-11-24T07:00:00.000Z',
    });
    await scheduler.stop();
  });

  it('fires a quarterly schedule at its time although no single timer waits that long', async () => {
    const { clock, advanceTo } = buildManualClock('2026-11-23T12:00:00Z');
    const firings: string[] = [];
    const run: ScheduleRunner = async (schedule, firedAt) => {
      firings.push(firedAt.toISOString());
      return sent(schedule);
    };
    const scheduler = startReportScheduler([buildSchedule('board', '0 9 1 1,4,7,10 *')], 'UTC', run, {
      clock,
    });
    advanceTo('2027-01-01T08:59:59Z');
    await scheduler.idle();
    expect(firings).toEqual([]);
    advanceTo('2027-01-01T09:00:00Z');
    await scheduler.idle();
    expect(firings).toEqual(['2027-01-01T09:00:00.000Z']);
    await scheduler.stop();
  });
});
