/**
 * The overview endpoint on the synced demo: one computation serves repeated requests of the same query and
 * data, answers carry an ETag that a client can revalidate with, and a delivered record changes the next
 * answer at once.
 */
import { describe, expect, it } from 'vitest';
import { readOverview } from '../../src/services/overview-cache.js';
import { markMetricFactsStale, queryRecords, upsertRecords } from '../../src/store/index.js';
import { useSyncedDemo } from '../support/synced-demo.js';

const QUERY = '?from=2026-08-31&to=2026-11-22';

describe('the overview endpoint', () => {
  const demo = useSyncedDemo('sextant-overview-cache-');

  it('computes a query once for the same data and minute, and again for another query', async () => {
    const now = new Date('2026-11-24T09:30:15Z');
    const query = { from: '2026-08-31', to: '2026-11-22' };
    const first = await readOverview(demo.context, query, now);
    expect(await readOverview(demo.context, { to: '2026-11-22', from: '2026-08-31' }, now)).toBe(first);
    expect(await readOverview(demo.context, query, new Date('2026-11-24T09:30:59Z'))).toBe(first);
    expect(await readOverview(demo.context, query, new Date('2026-11-24T09:31:00Z'))).not.toBe(first);
    expect(await readOverview(demo.context, { ...query, from: '2026-09-07' }, now)).not.toBe(first);
  }, 300_000);

  it('answers 304 to a client holding the current ETag', async () => {
    const first = await demo.app.request(`/api/metrics/overview${QUERY}`);
    const tag = first.headers.get('etag');
    expect(first.status).toBe(200);
    expect(tag).toMatch(/^"[0-9a-f]+"$/);
    const again = await demo.app.request(`/api/metrics/overview${QUERY}`, {
      headers: { 'if-none-match': tag ?? '' },
    });
    expect(again.status).toBe(304);
  }, 300_000);

  it('shows a deployment written after the last answer in the next one', async () => {
    const read = async () => {
      const response = await demo.app.request(`/api/metrics/overview${QUERY}`);
      const body = (await response.json()) as {
        results: { dora: Record<string, { metric: { id: string }; n: number }> };
      };
      const frequency = Object.values(body.results.dora).find(
        (result) => result.metric.id === 'dora.deployment-frequency',
      );
      return { n: frequency?.n ?? -1, tag: response.headers.get('etag') };
    };
    const before = await read();
    const [deployment] = await queryRecords(demo.store, 'deployment', {
      from: new Date('2026-11-16T00:00:00Z'),
      to: new Date('2026-11-22T00:00:00Z'),
      where: [{ field: 'environment', values: ['production'] }],
      limit: 1,
    });
    if (!deployment) throw new Error('the demo has no production deployment in the window');
    const startedAt = new Date(Date.parse(String(deployment.startedAt)) + 60_000).toISOString();
    // As a webhook delivery writes it: the record, and the metric facts marked stale, in one transaction.
    await demo.store.transaction(async (tx) => {
      await upsertRecords(tx, 'deployment', [{ ...deployment, key: `${deployment.key}-cache`, startedAt }]);
      await markMetricFactsStale(tx);
    });
    const after = await read();
    expect(after.n).toBe(before.n + 1);
    expect(after.tag).not.toBe(before.tag);
  }, 300_000);
});
