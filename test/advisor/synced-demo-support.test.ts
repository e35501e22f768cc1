import { describe, expect, it } from 'vitest';
import { countRecords } from '../../src/store/index.js';
import { useSyncedDemo } from '../support/synced-demo.js';

describe('the synced demo test support', () => {
  const demo = useSyncedDemo('sextant-synced-support-');

  it('opens a store that already holds the demo records and model', async () => {
    const counts = await countRecords(demo.store);
    expect(counts.deployment).toBeGreaterThan(2000);
    expect(counts.incident).toBeGreaterThan(100);
    const response = await demo.app.request('/api/teams');
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('team:default/checkout');
  });
});
