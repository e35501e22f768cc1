import { describe, expect, it } from 'vitest';
import { computeFlow } from './index.js';

describe('computeFlow', () => {
  it('reports every flow metric as insufficient data for no work items, none as 0 or NaN', () => {
    const window = { from: new Date('2026-01-05T00:00:00Z'), to: new Date('2026-01-19T00:00:00Z') };
    const flow = computeFlow({
      workItems: [],
      window,
      scope: { kind: 'team', ref: 'team:default/payments' },
      now: window.to,
      timeZone: 'UTC',
    });
    for (const result of Object.values(flow)) {
      expect(result.kind).toBe('insufficient-data');
      expect(result.n).toBe(0);
      expect(result.window).toEqual({ from: '2026-01-05T00:00:00.000Z', to: '2026-01-19T00:00:00.000Z' });
      expect(result.scope).toEqual({ kind: 'team', ref: 'team:default/payments' });
      expect(result.kind === 'insufficient-data' && result.needs.length).toBeGreaterThan(0);
    }
    expect(Object.keys(flow).sort()).toEqual([
      'cycleTime',
      'flowEfficiency',
      'throughput',
      'wipToThroughput',
      'workInProgress',
      'workItemAge',
    ]);
  });
});
