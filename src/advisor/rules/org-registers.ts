/**
 * Register rules: risks past review or with breached indicators and late mitigations, debt left to rot,
 * vendor renewals coming without a review and missed SLAs, controls with stale evidence, and budget
 * categories forecast over plan. Each reads one register; an absent register raises nothing.
 */
import { daysBetween } from '../../domain/day-keys.js';
import type { FindingDraft } from '../types.js';
import { type OrgRule, unique } from './org-support.js';

const OPEN_RISK = new Set(['open', 'mitigating']);

export const RISK_REVIEW_OVERDUE: OrgRule = {
  id: 'governance.risk-review-overdue',
  title: 'Risk past its review date',
  concern: 'ops.risk',
  severity: 'medium',
  description:
    'An open or mitigating risk whose review date has passed; medium when its residual level is high, else low.',
  evaluate(snapshot) {
    return (snapshot.org.risks ?? [])
      .filter((risk) => OPEN_RISK.has(risk.status) && risk.reviewOverdue)
      .map(
        (risk): FindingDraft => ({
          rule: 'governance.risk-review-overdue',
          subject: `risk:${risk.id}`,
          severity: risk.residual.level === 'high' ? 'medium' : 'low',
          title: `${risk.id} "${risk.title}" was due for review on ${risk.reviewDate} (residual score ${risk.residual.score})`,
          summary: `The risk is ${risk.status} with a ${risk.residual.level} residual score of ${risk.residual.score}; its review date ${risk.reviewDate} has passed.`,
          why: 'A risk nobody reviews is a risk nobody is watching; its score and mitigations go stale.',
          actions: [
            'Review it with its owner this week and set the next review date',
            'Re-score it and confirm the mitigations still fit',
          ],
          owner: risk.owner ?? 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'risk.residual-score',
                label: 'Residual score',
                value: risk.residual.score,
                unit: 'points',
              },
            ],
            records: [`risk:${risk.id}`, ...risk.teams, ...risk.services],
          },
          concern: 'ops.risk',
        }),
      );
  },
};

export const RISK_INDICATOR_BREACHED: OrgRule = {
  id: 'governance.risk-indicator-breached',
  title: 'Key risk indicator breached',
  concern: 'ops.risk',
  severity: 'high',
  description:
    'An open risk whose key risk indicator is past its threshold; high when the risk is also late on a mitigation and its inherent exposure is high, else medium.',
  evaluate(snapshot) {
    return (snapshot.org.risks ?? [])
      .filter((risk) => OPEN_RISK.has(risk.status) && risk.breachedIndicators.length > 0)
      .map((risk): FindingDraft => {
        const late = risk.overdueMitigations.length > 0;
        const first = risk.breachedIndicators[0];
        return {
          rule: 'governance.risk-indicator-breached',
          subject: `risk:${risk.id}`,
          severity: late && risk.residual.level === 'high' ? 'high' : 'medium',
          title: `${risk.id}: ${risk.breachedIndicators.length} indicator(s) breached${first ? ` (${first.metric} at ${round(first.value)} against ${first.threshold})` : ''}`,
          summary: `${risk.title}. ${risk.breachedIndicators.map((kri) => `${kri.metric} for ${kri.scope} is ${round(kri.value)}, ${kri.bad} its threshold ${kri.threshold}`).join('; ')}.${late ? ` ${risk.overdueMitigations.length} mitigation(s) are past due.` : ''}`,
          why: 'A breached indicator means the risk is moving from possible to happening.',
          actions: unique([
            'Review the risk now rather than at its scheduled date',
            ...(late
              ? [
                  'Finish or re-plan the late mitigations: ' +
                    risk.overdueMitigations.map((m) => m.action).join('; '),
                ]
              : []),
            'Decide whether to add a mitigation or accept the exposure explicitly',
          ]),
          owner: risk.owner ?? 'VP of Engineering',
          evidence: {
            figures: [
              ...risk.breachedIndicators.map((kri) => ({
                metric: kri.metric,
                label: `Indicator ${kri.metric}`,
                value: round(kri.value),
                unit: 'value',
                threshold: kri.threshold,
                scope: kri.scope,
                n: kri.n,
              })),
              {
                metric: 'risk.overdue-mitigations',
                label: 'Mitigations past due',
                value: risk.overdueMitigations.length,
                unit: 'mitigations',
                threshold: 0,
              },
            ],
            records: [`risk:${risk.id}`, ...risk.teams, ...risk.services],
          },
          concern: 'ops.risk',
        };
      });
  },
};

export const DEBT_NEGLECTED: OrgRule = {
  id: 'governance.debt-neglected',
  title: 'High-priority debt left open past its review',
  concern: 'tech.debt',
  severity: 'medium',
  description:
    'A debt item still open (not in progress) with priority 4 or more whose review date has passed.',
  evaluate(snapshot) {
    return (snapshot.org.debt ?? [])
      .filter((item) => item.status === 'open' && item.priority >= 4 && item.daysOverdue > 0)
      .map(
        (item): FindingDraft => ({
          rule: 'governance.debt-neglected',
          subject: `debt:${item.id}`,
          severity: 'medium',
          title: `${item.id} "${item.title}" (priority ${item.priority}) unscheduled and ${item.daysOverdue} days past review`,
          summary: `Ranked ${item.rank ?? '-'} in the debt register with priority ${item.priority}, the item is still open and was due for review on ${item.reviewDate}.`,
          why: 'High-interest debt grows while it waits: every change near it costs more and risks more.',
          actions: [
            'Schedule it into the next iteration of the owning team',
            'Or record an explicit decision to accept it, with a date to revisit',
          ],
          owner: item.owner ?? 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'debt.priority',
                label: 'Priority',
                value: item.priority,
                unit: 'points',
                threshold: 4,
              },
              {
                metric: 'debt.days-past-review',
                label: 'Days past review',
                value: item.daysOverdue,
                unit: 'days',
                threshold: 0,
              },
            ],
            records: [`debt:${item.id}`, ...item.teams, ...item.services],
          },
          concern: 'tech.debt',
        }),
      );
  },
};

/** Renewals closer than this many days are checked for a recent review. */
export const RENEWAL_HORIZON_DAYS = 60;
/** A scorecard older than this does not count as a review before renewal. */
export const REVIEW_FRESH_DAYS = 180;

export const VENDOR_RENEWAL_UNREVIEWED: OrgRule = {
  id: 'governance.vendor-renewal-unreviewed',
  title: 'Vendor renewing soon without a recent review',
  concern: 'ops.vendors',
  severity: 'high',
  description: `A contract renewing within ${RENEWAL_HORIZON_DAYS} days with no scorecard in the last ${REVIEW_FRESH_DAYS} days; high when it renews automatically and its notice deadline is 14 days or less away.`,
  evaluate(snapshot) {
    return (snapshot.org.vendors ?? []).flatMap((vendor): FindingDraft[] => {
      if (
        vendor.daysToRenewal === null ||
        vendor.daysToRenewal < 0 ||
        vendor.daysToRenewal > RENEWAL_HORIZON_DAYS
      )
        return [];
      const age = vendor.lastScored ? daysBetween(vendor.lastScored, snapshot.asOf) : null;
      if (age !== null && age < REVIEW_FRESH_DAYS) return [];
      const noticeSoon =
        vendor.daysToNotice !== null && vendor.daysToNotice >= 0 && vendor.daysToNotice <= 14;
      return [
        {
          rule: 'governance.vendor-renewal-unreviewed',
          subject: `vendor:${vendor.id}`,
          severity: vendor.autoRenew && noticeSoon ? 'high' : 'medium',
          title: `${vendor.name} renews in ${vendor.daysToRenewal} days${vendor.daysToNotice !== null ? ` (notice in ${vendor.daysToNotice})` : ''} with no review for ${age ?? 'ever'}${age !== null ? ' days' : ''}`,
          summary: `The contract (${vendor.annualCost ?? '?'} ${vendor.currency ?? ''} a year) renews on ${vendor.renewal}${vendor.autoRenew ? ' automatically' : ''}; ${vendor.lastScored ? `its last scorecard is from ${vendor.lastScored}` : 'it was never scored'}.`,
          why: 'Renewing without a review locks in cost and service for another term by default.',
          actions: [
            'Score the vendor on quality, support, cost and fit before the notice deadline',
            'Decide renew, renegotiate or exit, and record who decided',
          ],
          owner: vendor.owner ?? 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'vendor.days-to-renewal',
                label: 'Days to renewal',
                value: vendor.daysToRenewal,
                unit: 'days',
                threshold: RENEWAL_HORIZON_DAYS,
              },
              ...(vendor.daysToNotice !== null
                ? [
                    {
                      metric: 'vendor.days-to-notice',
                      label: 'Days to notice deadline',
                      value: vendor.daysToNotice,
                      unit: 'days',
                    },
                  ]
                : []),
              ...(age !== null
                ? [
                    {
                      metric: 'vendor.days-since-review',
                      label: 'Days since last scorecard',
                      value: age,
                      unit: 'days',
                      threshold: REVIEW_FRESH_DAYS,
                    },
                  ]
                : []),
            ],
            records: [`vendor:${vendor.id}`],
          },
          concern: 'ops.vendors',
        },
      ];
    });
  },
};

export const VENDOR_SLA_MISSED: OrgRule = {
  id: 'governance.vendor-sla-missed',
  title: 'Vendor missing its SLA',
  concern: 'ops.vendors',
  severity: 'medium',
  description: 'A vendor SLA missed in 2 or more of its measured months (up to the last 6).',
  evaluate(snapshot) {
    return (snapshot.org.vendors ?? []).flatMap((vendor): FindingDraft[] => {
      const missed = vendor.slas.filter((sla) => sla.missed >= 2);
      if (missed.length === 0) return [];
      return [
        {
          rule: 'governance.vendor-sla-missed',
          subject: `vendor:${vendor.id}`,
          severity: 'medium',
          title: `${vendor.name} missed ${missed.map((sla) => `${sla.name} in ${sla.missed} of ${sla.months} months`).join(', ')}`,
          summary: `Measured monthly, ${vendor.name} fell short of ${missed.map((sla) => sla.name).join(', ')} more than once.`,
          why: 'Repeated SLA misses pass the vendor’s unreliability on to our own services and customers.',
          actions: [
            'Raise the misses at the next vendor review and claim the service credits due',
            'Check our own SLOs that depend on this vendor',
          ],
          owner: vendor.owner ?? 'VP of Engineering',
          evidence: {
            figures: missed.map((sla) => ({
              metric: `vendor.sla.${sla.name}`,
              label: `Months missing ${sla.name}`,
              value: sla.missed,
              unit: 'months',
              threshold: 1,
              n: sla.months,
            })),
            records: [`vendor:${vendor.id}`],
          },
          concern: 'ops.vendors',
        },
      ];
    });
  },
};

export const CONTROL_EVIDENCE_STALE: OrgRule = {
  id: 'governance.control-evidence-stale',
  title: 'Control without fresh evidence',
  concern: 'ops.risk',
  severity: 'medium',
  description: 'A compliance control whose evidence is stale or missing (medium), or past its review (low).',
  evaluate(snapshot) {
    return (snapshot.org.controls ?? [])
      .filter((control) => control.evidence !== 'fresh' || control.reviewOverdue)
      .map(
        (control): FindingDraft => ({
          rule: 'governance.control-evidence-stale',
          subject: `control:${control.id}`,
          severity: control.evidence !== 'fresh' ? 'medium' : 'low',
          title: `${control.id} "${control.title}": evidence ${control.evidence}${control.staleDays !== null ? ` (${control.staleDays} days old)` : ''}${control.reviewOverdue ? ', review overdue' : ''}`,
          summary: `The control's evidence is ${control.evidence}${control.nextReview ? `; its review was due ${control.nextReview}` : ''}.`,
          why: 'An audit judges a control by its evidence; stale evidence reads as a control that no longer runs.',
          actions: [
            'Collect fresh evidence (run the test, export the log) and attach it',
            'Set a reminder at the evidence’s freshness interval',
          ],
          owner: control.owner,
          evidence: {
            figures: [
              ...(control.staleDays !== null
                ? [
                    {
                      metric: 'control.evidence-age',
                      label: 'Age of the oldest stale evidence',
                      value: control.staleDays,
                      unit: 'days',
                    },
                  ]
                : []),
              {
                metric: 'control.reviews-overdue',
                label: 'Review overdue (1 = yes)',
                value: control.reviewOverdue ? 1 : 0,
                unit: 'flag',
                threshold: 0,
              },
            ],
            records: [`control:${control.id}`, ...control.teams, ...control.services],
          },
          concern: 'ops.risk',
        }),
      );
  },
};

export const BUDGET_OVERRUN: OrgRule = {
  id: 'governance.budget-overrun',
  title: 'Budget category forecast over plan',
  concern: 'ops.budget',
  severity: 'high',
  description:
    'A budget category whose full-year forecast exceeds plan by more than the tolerance (medium), or by three times the tolerance (high).',
  evaluate(snapshot) {
    const budget = snapshot.org.budget;
    if (!budget) return [];
    return budget.categories
      .filter((category) => category.forecastPercent !== null && category.forecastPercent > budget.tolerance)
      .map((category): FindingDraft => {
        const over = category.forecastPercent ?? 0;
        return {
          rule: 'governance.budget-overrun',
          subject: `budget:${budget.year}/${category.category}`,
          severity: over >= 3 * budget.tolerance ? 'high' : 'medium',
          title: `${category.category} forecast ${over}% over plan (${Math.round(category.forecast - category.plan)} ${budget.currency})`,
          summary: `FY${budget.year} ${category.category}: plan ${category.plan} ${budget.currency}, forecast ${Math.round(category.forecast)} ${budget.currency} at the current run rate; year to date ${category.yearToDatePercent ?? '?'}% off plan.`,
          why: 'An overrun found late is paid for by cutting something else; found now it can still be steered.',
          actions: [
            'Find the driver (usage, price, new commitments) with finance',
            'Agree savings or a re-forecast before the next month closes',
          ],
          owner: 'VP of Engineering',
          evidence: {
            figures: [
              {
                metric: 'budget.forecast-variance',
                label: 'Forecast over plan',
                value: over,
                unit: '%',
                threshold: budget.tolerance,
              },
              ...(category.yearToDatePercent !== null
                ? [
                    {
                      metric: 'budget.ytd-variance',
                      label: 'Year to date over plan',
                      value: category.yearToDatePercent,
                      unit: '%',
                      threshold: budget.tolerance,
                    },
                  ]
                : []),
            ],
            records: [`budget:${budget.year}/${category.category}`],
          },
          concern: 'ops.budget',
        };
      });
  },
};

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

export const ORG_REGISTER_RULES: readonly OrgRule[] = [
  RISK_REVIEW_OVERDUE,
  RISK_INDICATOR_BREACHED,
  DEBT_NEGLECTED,
  VENDOR_RENEWAL_UNREVIEWED,
  VENDOR_SLA_MISSED,
  CONTROL_EVIDENCE_STALE,
  BUDGET_OVERRUN,
];
