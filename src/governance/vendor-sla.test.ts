import { describe, expect, it } from 'vitest';
import { trackSla } from './vendor-sla.js';

describe('SLA tracking', () => {
  it('lists the months below target and the share of months that met it', () => {
    const result = trackSla({
      name: 'availability',
      target: 99.9,
      unit: '%',
      bad: 'below',
      measured: [
        { month: '2026-10', value: 99.95 },
        { month: '2026-08', value: 99.9 },
        { month: '2026-09', value: 99.71 },
        { month: '2026-07', value: 99.99 },
      ],
    });
    expect(result).toEqual({
      kind: 'value',
      months: 4,
      met: 3,
      attainment: 0.75,
      missed: [{ month: '2026-09', value: 99.71 }],
      latest: { month: '2026-10', value: 99.95, met: true },
    });
  });

  it('misses a response-time SLA when the value is above the target', () => {
    const result = trackSla({
      name: 'first-response',
      target: 4,
      unit: 'h',
      bad: 'above',
      measured: [{ month: '2026-10', value: 6 }],
    });
    expect(result.kind === 'value' && result.latest.met).toBe(false);
  });

  it('has no attainment without a measured month', () => {
    const result = trackSla({ name: 'availability', target: 99.9, unit: null, bad: 'below', measured: [] });
    expect(result.kind).toBe('insufficient-data');
  });
});
