import { describe, expect, it } from 'vitest';
import { sloSchema } from './slo.js';

describe('sloSchema', () => {
  it('takes a target strictly between 0 and 1 with a 28-day window by default', () => {
    expect(sloSchema.parse({ name: 'availability', indicator: 'availability', target: 0.999 })).toEqual({
      name: 'availability',
      indicator: 'availability',
      target: 0.999,
      windowDays: 28,
    });
  });

  it.each([0, 1, -0.5, 250])('refuses %s as a target', (target) => {
    const result = sloSchema.safeParse({ name: 'a', indicator: 'availability', target });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['target']);
  });

  it('hints at the fraction when a target reads like a percentage', () => {
    const result = sloSchema.safeParse({ name: 'a', indicator: 'availability', target: 99.9 });
    expect(result.error?.issues[0]?.message).toContain('99.9 looks like a percentage, write 0.999');
  });

  it('needs a threshold for a latency SLO', () => {
    const result = sloSchema.safeParse({ name: 'fast', indicator: 'latency', target: 0.99 });
    expect(result.error?.issues.map((issue) => issue.path)).toEqual([['thresholdMs']]);
  });

  it('defaults the error-budget policy fields when a policy is given', () => {
    const parsed = sloSchema.parse({ name: 'a', indicator: 'availability', target: 0.99, policy: {} });
    expect(parsed.policy).toEqual({ onExhausted: 'release-freeze', atRiskBelow: 0.25 });
  });
});
