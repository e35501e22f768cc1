/**
 * While `sextant serve` runs, today's KPI cards stay stored: the keeper stores them at start, leaves
 * current ones alone, and stores them again after data changes and when the day turns.
 */
import { describe, expect, it } from 'vitest';
import { KPI_CHECK_MS, keepKpiScorecard } from '../../src/services/kpi-keeper.js';
import { queryRecords, upsertRecords } from '../../src/store/index.js';
import { buildManualClock } from '../support/manual-clock.js';
import { useSyncedDemo } from '../support/synced-demo.js';

describe('the KPI scorecard keeper', () => {
  const demo = useSyncedDemo('sextant-kpi-keeper-');

  it('stores at start, skips while current, and stores again after a write and on a new day', async () => {
    const { clock, advance } = buildManualClock('2026-11-24T10:00:00Z');
    const log: string[] = [];
    const keeper = keepKpiScorecard(demo.context, { clock, log: (line) => log.push(line) });
    try {
      await keeper.idle();
      expect(log).toEqual([expect.stringMatching(/^KPI scorecard for 2026-11-24: 40 cards stored in /)]);

      await advance(KPI_CHECK_MS);
      await keeper.idle();
      expect(log).toHaveLength(1);

      const [deployment] = await queryRecords(demo.store, 'deployment', { newestFirst: true, limit: 1 });
      if (!deployment) throw new Error('the demo has no deployment');
      await upsertRecords(demo.store, 'deployment', [{ ...deployment, key: `${deployment.key}-keeper` }]);
      await advance(KPI_CHECK_MS);
      await keeper.idle();
      expect(log).toHaveLength(2);
      expect(log[1]).toMatch(/^KPI scorecard for 2026-11-24: 40 cards stored/);

      // The check due first runs on the old day; the one after the day has turned stores the new day's.
      await advance(24 * 3_600_000);
      await keeper.idle();
      await advance(KPI_CHECK_MS);
      await keeper.idle();
      expect(log.at(-1)).toMatch(/^KPI scorecard for 2026-11-25: 40 cards stored/);
    } finally {
      await keeper.stop();
    }
  }, 600_000);
});
