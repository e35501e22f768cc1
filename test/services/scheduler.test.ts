import { describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../src/domain/sources.js';
import { RETRY_BASE_MS, startScheduler } from '../../src/services/scheduler.js';
import { buildManualClock } from '../support/manual-clock.js';

const HOUR = 3_600_000;
const source = (name: string, every?: number): SourceConfig =>
  ({
    name,
    type: 'github',
    repository: 'acme/payments',
    incidentLabels: ['incident'],
    every,
  }) as SourceConfig;

describe('startScheduler', () => {
  it('runs a source at once and then on its interval', async () => {
    const { clock, advance } = buildManualClock('2026-03-02T09:00:00Z');
    const runs: string[] = [];
    const scheduler = startScheduler(
      [source('payments', HOUR)],
      async () => {
        runs.push(clock.now().toISOString());
        return { records: 3 };
      },
      { clock },
    );
    await advance(2 * HOUR + 1);
    expect(runs).toEqual([
      '2026-03-02T09:00:00.000Z',
      '2026-03-02T10:00:00.000Z',
      '2026-03-02T11:00:00.000Z',
    ]);
    expect(scheduler.statuses()[0]).toMatchObject({
      state: 'succeeded',
      lastCounts: { records: 3 },
      nextRunAt: '2026-03-02T12:00:00.000Z',
      consecutiveFailures: 0,
    });
    await scheduler.stop();
  });

  it('retries a failed source with doubling backoff, capped by its interval, and shows the error', async () => {
    const { clock, advance } = buildManualClock('2026-03-02T09:00:00Z');
    const attempts: number[] = [];
    const scheduler = startScheduler(
      [source('payments', 5 * RETRY_BASE_MS)],
      async () => {
        attempts.push(clock.now().getTime());
        throw new Error('GitHub answered 502');
      },
      { clock, log: () => undefined },
    );
    await advance(20 * RETRY_BASE_MS);
    const gaps = attempts.slice(1).map((at, index) => (at - (attempts[index] as number)) / RETRY_BASE_MS);
    expect(gaps.slice(0, 5)).toEqual([1, 2, 4, 5, 5]);
    expect(scheduler.statuses()[0]).toMatchObject({ state: 'failed', lastError: 'GitHub answered 502' });
    await scheduler.stop();
  });

  it('returns to the normal interval once a retry succeeds', async () => {
    const { clock, advance } = buildManualClock('2026-03-02T09:00:00Z');
    let calls = 0;
    const scheduler = startScheduler(
      [source('payments', HOUR)],
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('timeout');
        return {};
      },
      { clock, log: () => undefined },
    );
    await advance(RETRY_BASE_MS + 1);
    expect(scheduler.statuses()[0]).toMatchObject({
      state: 'succeeded',
      consecutiveFailures: 0,
      lastError: null,
      nextRunAt: new Date(new Date('2026-03-02T09:00:00Z').getTime() + RETRY_BASE_MS + HOUR).toISOString(),
    });
    await scheduler.stop();
  });

  it('never schedules a source without an interval, and stops scheduling when stopped', async () => {
    const { clock, advance } = buildManualClock('2026-03-02T09:00:00Z');
    let calls = 0;
    const scheduler = startScheduler(
      [source('on-demand'), source('hourly', HOUR)],
      async () => {
        calls += 1;
        return {};
      },
      { clock },
    );
    await advance(1);
    expect(calls).toBe(1);
    await scheduler.stop();
    await advance(5 * HOUR);
    expect(calls).toBe(1);
    expect(scheduler.statuses().map((status) => [status.name, status.state])).toEqual([
      ['on-demand', 'scheduled'],
      ['hourly', 'succeeded'],
    ]);
  });
});
