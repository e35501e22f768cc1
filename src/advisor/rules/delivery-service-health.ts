/**
 * Rules over service levels and on-call: SLOs missed or close to it, and on-call load above the
 * playbook's sustainable level (under 2 pages per person-week).
 */
import type { FindingDraft } from '../types.js';
import type { DeliveryRule } from './delivery-change.js';
import {
  formatPercent,
  groupBy,
  judged,
  nameOf,
  ownerOf,
  titleName,
  toEvidence,
  uniqueRecords,
} from './delivery-support.js';

/** An SLO's attainment needs this many valid events before it is judged. */
const MIN_EVENTS = 1000;
const BUDGET_LOW = 0.25;
const PAGES_TARGET = 2;
const MIN_PAGES = 10;
const OUT_OF_HOURS_LIMIT = 0.6;
const MIN_OUT_OF_HOURS_PAGES = 20;

export const sloMissedRule: DeliveryRule = {
  id: 'reliability.slo-objective-missed',
  title: 'Service below its SLO (error budget spent)',
  concern: 'tech.reliability',
  severity: 'high',
  description: `Raised for a service with an SLO whose attainment over the SLO's own window is below its objective, on at least ${MIN_EVENTS} valid events: its error budget is spent. High for tier-1 and tier-2 services.`,
  evaluate({ delivery }) {
    const byService = groupBy(
      delivery.slos.filter((slo) => slo.n >= MIN_EVENTS && slo.attainment < slo.objective),
      (slo) => slo.subject,
    );
    const drafts: FindingDraft[] = [];
    for (const [subject, slos] of byService) {
      const first = slos[0];
      if (!first) continue;
      drafts.push({
        rule: sloMissedRule.id,
        subject,
        severity: first.tier <= 2 ? 'high' : 'medium',
        title: `${titleName(subject)} is below its SLO: ${slos.map((slo) => `${slo.slo} ${formatPercent4(slo.attainment)} against ${formatPercent4(slo.objective)}`).join(', ')}`,
        summary: slos
          .map(
            (slo) =>
              `${slo.slo}: ${formatPercent4(slo.attainment)} of ${slo.n} valid events were good from ${slo.window.from} to ${slo.window.to}, against an objective of ${formatPercent4(slo.objective)}${slo.budgetRemaining === null ? '' : `; the error budget is ${formatPercent(Math.max(0, -slo.budgetRemaining))} overspent`}.`,
          )
          .join(' '),
        why: 'Customers of this service get a worse experience than was promised; with the budget spent, more risky change makes it worse.',
        actions: [
          'Apply the error-budget policy: pause risky releases of the service and put the team on reliability work until it recovers.',
          'Find the main sources of bad events and fix the largest first.',
          'Check that the objective still matches what customers need, and say so if it should change.',
        ],
        owner: first.owner,
        evidence: {
          figures: slos.map((slo) => ({
            metric: 'slos.attainment',
            label: `SLO attainment, ${slo.slo}`,
            value: slo.attainment,
            unit: 'fraction',
            threshold: slo.objective,
            scope: subject,
            window: slo.window,
            n: slo.n,
          })),
          records: uniqueRecords(slos.map((slo) => slo.recordId)),
        },
        concern: sloMissedRule.concern,
      });
    }
    return drafts;
  },
};

export const budgetLowRule: DeliveryRule = {
  id: 'reliability.error-budget-low',
  title: 'Error budget nearly spent',
  concern: 'tech.reliability',
  severity: 'medium',
  description: `Raised for a service meeting its SLO but with less than ${formatPercent(BUDGET_LOW)} of its error budget left, on at least ${MIN_EVENTS} valid events; medium for tier-1 services.`,
  evaluate({ delivery }) {
    const byService = groupBy(
      delivery.slos.filter(
        (slo) =>
          slo.n >= MIN_EVENTS &&
          slo.attainment >= slo.objective &&
          slo.budgetRemaining !== null &&
          slo.budgetRemaining < BUDGET_LOW,
      ),
      (slo) => slo.subject,
    );
    const drafts: FindingDraft[] = [];
    for (const [subject, slos] of byService) {
      const first = slos[0];
      if (!first) continue;
      drafts.push({
        rule: budgetLowRule.id,
        subject,
        severity: first.tier === 1 ? 'medium' : 'low',
        title: `${titleName(subject)} has ${slos.map((slo) => `${formatPercent(slo.budgetRemaining ?? 0)} of the ${slo.slo} error budget`).join(', ')} left`,
        summary: `The service still meets its objective, but over ${first.window.from} to ${first.window.to} it spent most of the failures it may have.`,
        why: 'A nearly spent budget is the warning before customers feel it: the next bad release or dependency hiccup breaks the promise.',
        actions: [
          'Slow down risky changes to the service and favour the reliability fixes already known.',
          'Look at what consumed the budget this window and whether it is still going on.',
        ],
        owner: first.owner,
        evidence: {
          figures: slos.map((slo) => ({
            metric: 'slos.error-budget-remaining',
            label: `Error budget remaining, ${slo.slo}`,
            value: slo.budgetRemaining ?? 0,
            unit: 'fraction',
            threshold: BUDGET_LOW,
            scope: subject,
            window: slo.window,
            n: slo.n,
          })),
          records: uniqueRecords(slos.map((slo) => slo.recordId)),
        },
        concern: budgetLowRule.concern,
      });
    }
    return drafts;
  },
};

export const oncallLoadRule: DeliveryRule = {
  id: 'reliability.oncall-load-high',
  title: 'On-call load above a sustainable level',
  concern: 'tech.reliability',
  severity: 'high',
  description: `Raised for a team (or the organization) whose people on call get more than ${PAGES_TARGET} pages per person-week over the last 12 weeks, on at least ${MIN_PAGES} pages; high above twice that. Also raised, low, when more than ${formatPercent(OUT_OF_HOURS_LIMIT)} of at least ${MIN_OUT_OF_HOURS_PAGES} pages come outside working hours.`,
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const scope of delivery.scopes) {
      const load = judged(scope.pagesPerPersonWeek, MIN_PAGES);
      const night = judged(scope.outOfHoursShare, MIN_OUT_OF_HOURS_PAGES);
      const heavy = load && load.value > PAGES_TARGET ? load : null;
      const late = night && night.value > OUT_OF_HOURS_LIMIT ? night : null;
      if (!heavy && !late) continue;
      const said = [
        heavy && `${heavy.value.toFixed(1)} pages per person-week`,
        late && `${formatPercent(late.value)} of pages out of hours`,
      ].filter(Boolean);
      drafts.push({
        rule: oncallLoadRule.id,
        subject: scope.subject,
        severity: heavy ? (heavy.value > 2 * PAGES_TARGET ? 'high' : 'medium') : 'low',
        title: `On-call for ${nameOf(scope.subject)}: ${said.join(', ')}`,
        summary: `From ${delivery.window.from} to ${delivery.window.to}, ${said.join(' and ')} (${(heavy ?? late)?.n ?? 0} pages); a sustainable rotation stays under ${PAGES_TARGET} pages per person-week.`,
        why: 'Heavy or night-time paging wears people out, slows their daytime work and is a common reason engineers leave.',
        actions: [
          'Sort the pages by alert and remove or fix the noisiest ones first.',
          'Grow the rotation or share it with a neighbouring team until the load is back under target.',
          'Give people who were paged at night time to recover.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            ...(heavy
              ? [
                  toEvidence('oncall.pages-per-person-week', 'Pages per person-week', heavy, 'per-week', {
                    threshold: PAGES_TARGET,
                    scope: scope.subject,
                    window: delivery.window,
                  }),
                ]
              : []),
            ...(late
              ? [
                  toEvidence('oncall.out-of-hours-share', 'Pages out of hours', late, 'fraction', {
                    threshold: OUT_OF_HOURS_LIMIT,
                    scope: scope.subject,
                    window: delivery.window,
                  }),
                ]
              : []),
          ],
          records: uniqueRecords(heavy?.recordIds ?? [], late?.recordIds ?? []),
        },
        concern: oncallLoadRule.concern,
      });
    }
    return drafts;
  },
};

/** Availability objectives differ in the second decimal: `99.81%`. */
function formatPercent4(fraction: number): string {
  return `${(fraction * 100).toFixed(2)}%`;
}

export const SERVICE_HEALTH_RULES: readonly DeliveryRule[] = [sloMissedRule, budgetLowRule, oncallLoadRule];
