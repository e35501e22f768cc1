import { describe, expect, it } from 'vitest';
import { healthyOrg, orgSnapshot } from './org.test-fixtures.js';
import {
  BUDGET_OVERRUN,
  CONTROL_EVIDENCE_STALE,
  DEBT_NEGLECTED,
  RISK_INDICATOR_BREACHED,
  RISK_REVIEW_OVERDUE,
  VENDOR_RENEWAL_UNREVIEWED,
  VENDOR_SLA_MISSED,
} from './org-registers.js';

const base = healthyOrg();
const risk = base.risks?.[0];
if (!risk) throw new Error('fixture has a risk');

describe('governance.risk-review-overdue', () => {
  it('is medium for a high residual risk past review and low otherwise', () => {
    const high = orgSnapshot({
      risks: [{ ...risk, reviewOverdue: true, residual: { score: 12, level: 'high' } }],
    });
    expect(RISK_REVIEW_OVERDUE.evaluate(high)[0]).toMatchObject({ subject: 'risk:R-1', severity: 'medium' });
    const medium = orgSnapshot({ risks: [{ ...risk, reviewOverdue: true }] });
    expect(RISK_REVIEW_OVERDUE.evaluate(medium)[0]?.severity).toBe('low');
  });

  it('stays silent on risks reviewed on time or closed', () => {
    expect(RISK_REVIEW_OVERDUE.evaluate(orgSnapshot())).toEqual([]);
    expect(
      RISK_REVIEW_OVERDUE.evaluate(
        orgSnapshot({ risks: [{ ...risk, status: 'closed', reviewOverdue: true }] }),
      ),
    ).toEqual([]);
  });
});

describe('governance.risk-indicator-breached', () => {
  const breached = {
    metric: 'dora.change-failure-rate',
    scope: 'team:default/alpha',
    value: 0.087,
    threshold: 0.05,
    bad: 'above',
    n: 46,
  };

  it('is medium on a breached indicator and high when a mitigation is late on a high residual risk', () => {
    const [medium] = RISK_INDICATOR_BREACHED.evaluate(
      orgSnapshot({ risks: [{ ...risk, breachedIndicators: [breached] }] }),
    );
    expect(medium?.severity).toBe('medium');
    expect(medium?.evidence.figures[0]).toMatchObject({ value: 0.087, threshold: 0.05, n: 46 });
    const late = {
      ...risk,
      breachedIndicators: [breached],
      residual: { score: 16, level: 'high' },
      overdueMitigations: [{ action: 'Canary', owner: null, due: '2026-11-13' }],
    };
    expect(RISK_INDICATOR_BREACHED.evaluate(orgSnapshot({ risks: [late] }))[0]?.severity).toBe('high');
  });

  it('stays silent while indicators are within their thresholds', () => {
    expect(RISK_INDICATOR_BREACHED.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('governance.debt-neglected', () => {
  it('flags open high-priority debt past its review', () => {
    const item = base.debt?.[0];
    if (!item) throw new Error('fixture has debt');
    const [finding] = DEBT_NEGLECTED.evaluate(
      orgSnapshot({ debt: [{ ...item, status: 'open', daysOverdue: 21 }] }),
    );
    expect(finding).toMatchObject({ subject: 'debt:DEBT-1', severity: 'medium' });
    expect(finding?.title).toContain('21 days past review');
  });

  it('stays silent on debt in progress', () => {
    expect(DEBT_NEGLECTED.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('governance.vendor-renewal-unreviewed', () => {
  const vendor = base.vendors?.[0];
  if (!vendor) throw new Error('fixture has a vendor');

  it('is high for an auto-renewing contract with notice due within two weeks and no review for six months', () => {
    const [finding] = VENDOR_RENEWAL_UNREVIEWED.evaluate(
      orgSnapshot({ vendors: [{ ...vendor, lastScored: '2026-05-27' }] }),
    );
    expect(finding).toMatchObject({ subject: 'vendor:cloud', severity: 'high' });
    expect(finding?.evidence.figures.find((f) => f.metric === 'vendor.days-since-review')?.value).toBe(180);
  });

  it('is medium when it does not renew itself, and silent after a recent review or a far renewal', () => {
    const manual = { ...vendor, lastScored: null, autoRenew: false };
    expect(VENDOR_RENEWAL_UNREVIEWED.evaluate(orgSnapshot({ vendors: [manual] }))[0]?.severity).toBe(
      'medium',
    );
    expect(VENDOR_RENEWAL_UNREVIEWED.evaluate(orgSnapshot())).toEqual([]);
    const far = { ...vendor, lastScored: null, daysToRenewal: 200 };
    expect(VENDOR_RENEWAL_UNREVIEWED.evaluate(orgSnapshot({ vendors: [far] }))).toEqual([]);
  });
});

describe('governance.vendor-sla-missed', () => {
  it('flags an SLA missed in two or more months and stays silent on one miss', () => {
    const vendor = base.vendors?.[0];
    if (!vendor) throw new Error('fixture has a vendor');
    const twice = { ...vendor, slas: [{ name: 'availability', months: 6, missed: 2 }] };
    expect(VENDOR_SLA_MISSED.evaluate(orgSnapshot({ vendors: [twice] }))[0]?.title).toBe(
      'Cloud missed availability in 2 of 6 months',
    );
    const once = { ...vendor, slas: [{ name: 'availability', months: 6, missed: 1 }] };
    expect(VENDOR_SLA_MISSED.evaluate(orgSnapshot({ vendors: [once] }))).toEqual([]);
  });
});

describe('governance.control-evidence-stale', () => {
  it('is medium on stale evidence and silent when fresh and reviewed', () => {
    const control = base.controls?.[0];
    if (!control) throw new Error('fixture has a control');
    const stale = { ...control, evidence: 'stale' as const, staleDays: 135, reviewOverdue: true };
    const [finding] = CONTROL_EVIDENCE_STALE.evaluate(orgSnapshot({ controls: [stale] }));
    expect(finding).toMatchObject({ subject: 'control:soc2:CC6.1', severity: 'medium' });
    expect(CONTROL_EVIDENCE_STALE.evaluate(orgSnapshot())).toEqual([]);
  });
});

describe('governance.budget-overrun', () => {
  const budget = base.budget;
  if (!budget) throw new Error('fixture has a budget');
  const over = (percent: number) =>
    orgSnapshot({
      budget: {
        ...budget,
        categories: [
          {
            ...budget.categories[0],
            category: 'cloud',
            plan: 100000,
            forecast: 100000 * (1 + percent / 100),
            forecastPercent: percent,
            yearToDatePercent: percent,
          },
        ],
      },
    });

  it('is medium over tolerance and high at three times it', () => {
    expect(BUDGET_OVERRUN.evaluate(over(14))[0]).toMatchObject({
      subject: 'budget:2026/cloud',
      severity: 'medium',
    });
    expect(BUDGET_OVERRUN.evaluate(over(16))[0]?.severity).toBe('high');
    expect(BUDGET_OVERRUN.evaluate(over(14))[0]?.title).toBe('cloud forecast 14% over plan (14000 EUR)');
  });

  it('stays silent within tolerance', () => {
    expect(BUDGET_OVERRUN.evaluate(orgSnapshot())).toEqual([]);
  });
});
