/**
 * Lock-in: how hard it would be to leave a vendor, from three factors. Each factor adds 0 (free to leave),
 * 1 or 2 points: data portability (full 0, partial 1, none 2), API availability (full 0, partial 1, none 2)
 * and switching cost (low 0, medium 1, high 2). Up to 1 point is low lock-in, 2 to 3 medium, 4 or more
 * high; every factor that adds points is named as a reason. Pure.
 */
import type { LockIn } from '../domain/vendor.js';

export type LockInLevel = 'low' | 'medium' | 'high';

export interface LockInAssessment {
  level: LockInLevel;
  points: number;
  reasons: string[];
}

const PORTABILITY = { full: 0, partial: 1, none: 2 } as const;
const API = { full: 0, partial: 1, none: 2 } as const;
const SWITCHING = { low: 0, medium: 1, high: 2 } as const;

export function assessLockIn(lockIn: LockIn): LockInAssessment {
  const reasons: string[] = [];
  const portability = PORTABILITY[lockIn.dataPortability];
  const api = API[lockIn.apiAvailability];
  const switching = SWITCHING[lockIn.switchingCost];
  if (portability > 0)
    reasons.push(
      lockIn.dataPortability === 'none' ? 'data cannot be exported' : 'only part of the data can be exported',
    );
  if (api > 0)
    reasons.push(
      lockIn.apiAvailability === 'none'
        ? 'no API to automate or migrate with'
        : 'the API covers only part of the product',
    );
  if (switching > 0) reasons.push(`${lockIn.switchingCost} switching cost`);
  const points = portability + api + switching;
  return { level: points >= 4 ? 'high' : points >= 2 ? 'medium' : 'low', points, reasons };
}
