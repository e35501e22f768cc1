import { describe, expect, it } from 'vitest';
import type { Contract } from '../domain/vendor.js';
import { isRenewalAhead, renewalDates } from './vendor-renewals.js';

const contract = (overrides: Partial<Contract>): Contract => ({
  annualCost: 1000,
  currency: 'EUR',
  start: '2025-01-01',
  end: null,
  renewal: null,
  noticeDays: 0,
  autoRenew: false,
  ...overrides,
});

describe('renewals ahead', () => {
  it('puts the notice deadline notice days before the renewal and counts calendar days to both', () => {
    const dates = renewalDates(contract({ renewal: '2027-01-31', noticeDays: 60 }), '2026-11-23');
    expect(dates).toEqual({
      renewal: '2027-01-31',
      noticeDeadline: '2026-12-02',
      daysToRenewal: 69,
      daysToNotice: 9,
      noticePassed: false,
    });
  });

  it('renews at the end of the contract when no renewal date is written, and not at all without either', () => {
    expect(renewalDates(contract({ end: '2027-03-31' }), '2026-11-23')?.renewal).toBe('2027-03-31');
    expect(renewalDates(contract({}), '2026-11-23')).toBeNull();
  });

  it('lists a renewal whose notice deadline is within the horizon even when the renewal is beyond it', () => {
    const far = renewalDates(contract({ renewal: '2027-04-30', noticeDays: 90 }), '2026-11-23');
    expect(far?.daysToRenewal).toBe(158);
    expect(isRenewalAhead(far ?? expect.fail(), 90)).toBe(true);
    const later = renewalDates(contract({ renewal: '2027-06-30', noticeDays: 30 }), '2026-11-23');
    expect(isRenewalAhead(later ?? expect.fail(), 90)).toBe(false);
  });

  it('marks a notice deadline that has passed', () => {
    const dates = renewalDates(contract({ renewal: '2026-12-15', noticeDays: 30 }), '2026-11-23');
    expect(dates?.noticePassed).toBe(true);
    expect(isRenewalAhead(dates ?? expect.fail(), 90)).toBe(true);
  });
});
