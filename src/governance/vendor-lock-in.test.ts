import { describe, expect, it } from 'vitest';
import { assessLockIn } from './vendor-lock-in.js';

describe('lock-in', () => {
  it('is high when data cannot leave, the API is partial and switching is costly, with each reason', () => {
    expect(
      assessLockIn({
        dataPortability: 'none',
        apiAvailability: 'partial',
        switchingCost: 'high',
        notes: null,
      }),
    ).toEqual({
      level: 'high',
      points: 5,
      reasons: ['data cannot be exported', 'the API covers only part of the product', 'high switching cost'],
    });
  });

  it('is low with full export, a full API and a low switching cost', () => {
    const result = assessLockIn({
      dataPortability: 'full',
      apiAvailability: 'full',
      switchingCost: 'low',
      notes: null,
    });
    expect(result).toEqual({ level: 'low', points: 0, reasons: [] });
  });

  it('is medium from two points', () => {
    const result = assessLockIn({
      dataPortability: 'partial',
      apiAvailability: 'full',
      switchingCost: 'medium',
      notes: null,
    });
    expect(result.level).toBe('medium');
  });
});
