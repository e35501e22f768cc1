/**
 * Rules over how changes reach production: change failure rate, failures bunched on one weekday, lead
 * time and deployment frequency. Thresholds are the role blueprint's KPI targets
 * (change failure rate under 15%, lead time under 3 days).
 */
import type { DeliveryPart } from '../snapshot-delivery.js';
import type { AdvisorRule, FindingDraft } from '../types.js';
import {
  formatDuration,
  formatPercent,
  judged,
  nameOf,
  ownerOf,
  selectBreaches,
  titleName,
  toEvidence,
  twoProportionZ,
  uniqueRecords,
} from './delivery-support.js';

export type DeliveryRule = AdvisorRule<{ delivery: DeliveryPart }>;

const CFR_TARGET = 0.15;
const CFR_HIGH = 0.3;
const MIN_DEPLOYMENTS = 20;
const LEAD_TIME_TARGET = 3 * 86_400;
const MIN_CHANGES = 20;
const WORSENING_RATIO = 1.5;
const DROP_RATIO = 0.6;
const WEEKDAY_MIN = 10;
const WEEKDAY_MIN_FAILED = 4;
const WEEKDAY_RATIO = 2;
const WEEKDAY_RATE = 0.2;
/**
 * About 1 in 1000 one-sided: each domain tests seven weekdays, so a looser bar would raise a chance
 * weekday somewhere in most organizations.
 */
const WEEKDAY_Z = 3.1;
const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export const changeFailureRateRule: DeliveryRule = {
  id: 'delivery.change-failure-rate-high',
  title: 'Change failure rate above target',
  concern: 'tech.product-quality',
  severity: 'high',
  description: `Raised for the organization or a team whose change failure rate over the last 12 weeks is above ${formatPercent(CFR_TARGET)}, with at least ${MIN_DEPLOYMENTS} production deployments; high from ${formatPercent(CFR_HIGH)} on at least 30 deployments.`,
  evaluate({ delivery }) {
    const breaches = selectBreaches(
      delivery.scopes,
      (scope) => judged(scope.changeFailureRate.current, MIN_DEPLOYMENTS),
      (value) => value > CFR_TARGET,
      (team, org) => team >= org + 0.05,
    );
    return breaches.map(({ scope, figure }): FindingDraft => {
      const previous = judged(scope.changeFailureRate.previous, MIN_DEPLOYMENTS);
      const trend = previous ? ` (${formatPercent(previous.value)} the 12 weeks before)` : '';
      return {
        rule: changeFailureRateRule.id,
        subject: scope.subject,
        severity: figure.value >= CFR_HIGH && figure.n >= 30 ? 'high' : 'medium',
        title: `Change failure rate ${formatPercent(figure.value)} for ${nameOf(scope.subject)}, above the ${formatPercent(CFR_TARGET)} target`,
        summary: `${Math.round(figure.value * figure.n)} of ${figure.n} production deployments in ${delivery.window.from} to ${delivery.window.to} caused an incident, a rollback or a hotfix${trend}.`,
        why: 'Each failed change costs recovery work and customer trust, and teams that fail often start shipping less often, which makes every change bigger and riskier.',
        actions: [
          'Review the failed deployments together and name the checks that would have caught most of them.',
          'Ship smaller changes behind feature flags, with automated tests and a rollback that needs no heroics.',
          'Track the rate monthly with the team and agree a target it owns.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            toEvidence('dora.change-failure-rate', 'Change failure rate', figure, 'fraction', {
              threshold: CFR_TARGET,
              scope: scope.subject,
              window: delivery.window,
            }),
            ...(previous
              ? [
                  toEvidence(
                    'dora.change-failure-rate',
                    'Change failure rate, previous 12 weeks',
                    previous,
                    'fraction',
                    {
                      scope: scope.subject,
                      window: delivery.previousWindow,
                    },
                  ),
                ]
              : []),
          ],
          records: uniqueRecords(figure.recordIds),
        },
        concern: changeFailureRateRule.concern,
      };
    });
  },
};

export const weekdayFailuresRule: DeliveryRule = {
  id: 'delivery.change-failures-by-weekday',
  title: 'Change failures concentrated on one weekday',
  concern: 'ops.delivery-process',
  severity: 'high',
  description: `Raised for a domain when, over the last 24 weeks, deployments on one weekday (at least ${WEEKDAY_MIN}, ${WEEKDAY_MIN_FAILED} of them failed) fail at least ${WEEKDAY_RATIO}× as often as on the other days and at ${formatPercent(WEEKDAY_RATE)} or more, and the gap is statistically clear (z ≥ ${WEEKDAY_Z}); high when that day fails at 30% or more.`,
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const domain of delivery.domainWeekdays) {
      const total = domain.weekdays.reduce((sum, day) => sum + day.deployments, 0);
      const totalFailed = domain.weekdays.reduce((sum, day) => sum + day.failed, 0);
      const candidates = domain.weekdays
        .map((day) => {
          const rest = total - day.deployments;
          const restFailed = totalFailed - day.failed;
          const rate = day.deployments === 0 ? 0 : day.failed / day.deployments;
          const restRate = rest === 0 ? 0 : restFailed / rest;
          const z = twoProportionZ(day.failed, day.deployments, restFailed, rest);
          return { day, rest, restFailed, rate, restRate, z };
        })
        .filter(
          (c) =>
            c.day.deployments >= WEEKDAY_MIN &&
            c.day.failed >= WEEKDAY_MIN_FAILED &&
            c.rest >= WEEKDAY_MIN &&
            c.rate >= WEEKDAY_RATE &&
            c.rate >= WEEKDAY_RATIO * c.restRate &&
            c.z >= WEEKDAY_Z,
        )
        .sort((a, b) => b.z - a.z);
      const worst = candidates[0];
      if (!worst) continue;
      const name = WEEKDAY_NAMES[worst.day.weekday - 1] ?? `day ${worst.day.weekday}`;
      drafts.push({
        rule: weekdayFailuresRule.id,
        subject: domain.subject,
        severity: worst.rate >= 0.3 ? 'high' : 'medium',
        title: `${formatPercent(worst.rate)} of ${nameOf(domain.subject)} deployments on ${name}s fail, against ${formatPercent(worst.restRate)} on other days`,
        summary: `From ${domain.window.from} to ${domain.window.to}, ${worst.day.failed} of ${worst.day.deployments} production deployments of the ${nameOf(domain.subject)} domain that finished on a ${name} failed, against ${worst.restFailed} of ${worst.rest} on the other days.`,
        why: 'Changes that fail on one day of the week point to a habit rather than bad luck: a rush before a deadline or a weekend, thinner review and fewer people around to recover.',
        actions: [
          `Find out what drives the ${name} deployments (campaign dates, end-of-sprint pushes) and move that work earlier in the week.`,
          `Require the full release checklist, a documented rollback and someone on hand to recover for any ${name} deployment.`,
          'Make risky releases smaller and dark-launch them behind flags so the push itself is uneventful.',
        ],
        owner: domain.owner,
        evidence: {
          figures: [
            {
              metric: 'dora.change-failure-rate',
              label: `Change failure rate on ${name}s`,
              value: worst.rate,
              unit: 'fraction',
              threshold: WEEKDAY_RATIO * worst.restRate,
              scope: domain.subject,
              window: domain.window,
              n: worst.day.deployments,
            },
            {
              metric: 'dora.change-failure-rate',
              label: 'Change failure rate on other days',
              value: worst.restRate,
              unit: 'fraction',
              scope: domain.subject,
              window: domain.window,
              n: worst.rest,
            },
          ],
          records: uniqueRecords(worst.day.failedIds),
        },
        concern: weekdayFailuresRule.concern,
      });
    }
    return drafts;
  },
};

export const leadTimeRule: DeliveryRule = {
  id: 'delivery.lead-time-high',
  title: 'Change lead time above target',
  concern: 'ops.delivery-process',
  severity: 'medium',
  description: `Raised for the organization or a team whose median change lead time over the last 12 weeks exceeds ${formatDuration(LEAD_TIME_TARGET)}, on at least ${MIN_CHANGES} changes (a team only when the organization is on target, or the team is at least a day slower).`,
  evaluate({ delivery }) {
    return selectBreaches(
      delivery.scopes,
      (scope) => judged(scope.leadTime.current, MIN_CHANGES),
      (value) => value > LEAD_TIME_TARGET,
      (team, org) => team >= org + 86_400,
    ).map(
      ({ scope, figure }): FindingDraft => ({
        rule: leadTimeRule.id,
        subject: scope.subject,
        severity: figure.value > 2 * LEAD_TIME_TARGET ? 'medium' : 'low',
        title: `Median change lead time ${formatDuration(figure.value)} for ${nameOf(scope.subject)}, above ${formatDuration(LEAD_TIME_TARGET)}`,
        summary: `Half of the ${figure.n} changes shipped from ${delivery.window.from} to ${delivery.window.to} took longer than ${formatDuration(figure.value)} from commit to production.`,
        why: 'Long lead times slow feedback from customers, make each deployment carry more change, and delay fixes.',
        actions: [
          'Break the lead time into coding, review wait, review and deploy stages and tackle the longest one first.',
          'Automate the path from merge to production so a merged change ships the same day.',
          'Keep pull requests small so they are reviewed and merged quickly.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            toEvidence('dora.change-lead-time', 'Median change lead time', figure, 'seconds', {
              threshold: LEAD_TIME_TARGET,
              scope: scope.subject,
              window: delivery.window,
            }),
          ],
          records: uniqueRecords(figure.recordIds),
        },
        concern: leadTimeRule.concern,
      }),
    );
  },
};

export const leadTimeWorseningRule: DeliveryRule = {
  id: 'delivery.lead-time-worsening',
  title: 'Change lead time getting worse',
  concern: 'ops.delivery-process',
  severity: 'medium',
  description: `Raised when a scope's median change lead time over the last 12 weeks is at least ${WORSENING_RATIO}× that of the 12 weeks before and above 1 day, both on at least ${MIN_CHANGES} changes.`,
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const scope of delivery.scopes) {
      const current = judged(scope.leadTime.current, MIN_CHANGES);
      const previous = judged(scope.leadTime.previous, MIN_CHANGES);
      if (!current || !previous || current.value < WORSENING_RATIO * previous.value || current.value < 86_400)
        continue;
      drafts.push({
        rule: leadTimeWorseningRule.id,
        subject: scope.subject,
        severity: 'medium',
        title: `Median change lead time for ${nameOf(scope.subject)} rose from ${formatDuration(previous.value)} to ${formatDuration(current.value)}`,
        summary: `Over the last 12 weeks (${current.n} changes) the median time from commit to production was ${formatDuration(current.value)}, against ${formatDuration(previous.value)} in the 12 weeks before (${previous.n} changes).`,
        why: 'A lead time that grows quarter over quarter usually means a new bottleneck (review, testing, release process) that will keep growing if nobody owns it.',
        actions: [
          'Compare the lead-time stages of the two periods to find which one grew.',
          'Ask the team what changed in how they review, test and release, and remove the new wait.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            toEvidence('dora.change-lead-time', 'Median change lead time', current, 'seconds', {
              threshold: WORSENING_RATIO * previous.value,
              scope: scope.subject,
              window: delivery.window,
            }),
            toEvidence(
              'dora.change-lead-time',
              'Median change lead time, previous 12 weeks',
              previous,
              'seconds',
              {
                scope: scope.subject,
                window: delivery.previousWindow,
              },
            ),
          ],
          records: uniqueRecords(current.recordIds),
        },
        concern: leadTimeWorseningRule.concern,
      });
    }
    return drafts;
  },
};

export const deploymentFrequencyRule: DeliveryRule = {
  id: 'delivery.deployment-frequency-dropping',
  title: 'Deployment frequency dropping',
  concern: 'ops.delivery-process',
  severity: 'medium',
  description: `Raised when a scope's production deployments over the last 12 weeks fell to ${formatPercent(DROP_RATIO)} or less of the 12 weeks before, which had at least ${MIN_DEPLOYMENTS}.`,
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const scope of delivery.scopes) {
      const previous = judged(scope.deployments.previous, MIN_DEPLOYMENTS);
      if (!previous) continue;
      const count = scope.deployments.current?.value ?? 0;
      if (count > DROP_RATIO * previous.value) continue;
      drafts.push({
        rule: deploymentFrequencyRule.id,
        subject: scope.subject,
        severity: count <= 0.3 * previous.value ? 'medium' : 'low',
        title: `${titleName(scope.subject)} deployed ${count} times in 12 weeks, down from ${previous.value}`,
        summary: `Production deployments fell from ${previous.value} (${delivery.previousWindow.from} to ${delivery.previousWindow.to}) to ${count} (${delivery.window.from} to ${delivery.window.to}).`,
        why: 'Fewer deployments mean bigger batches, slower feedback and riskier releases; a sharp drop often hides a freeze, a broken pipeline or a team stuck on something.',
        actions: [
          'Ask the team what is holding changes back: a freeze, a failing pipeline, manual approvals or large pending work.',
          'Remove the blocker and return to small, frequent deployments.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            {
              metric: 'dora.deployment-frequency',
              label: 'Production deployments',
              value: count,
              unit: 'count',
              threshold: DROP_RATIO * previous.value,
              scope: scope.subject,
              window: delivery.window,
              n: count,
            },
            toEvidence(
              'dora.deployment-frequency',
              'Production deployments, previous 12 weeks',
              previous,
              'count',
              {
                scope: scope.subject,
                window: delivery.previousWindow,
              },
            ),
          ],
          records: uniqueRecords(scope.deployments.current?.recordIds ?? []),
        },
        concern: deploymentFrequencyRule.concern,
      });
    }
    return drafts;
  },
};

export const CHANGE_RULES: readonly DeliveryRule[] = [
  changeFailureRateRule,
  weekdayFailuresRule,
  leadTimeRule,
  leadTimeWorseningRule,
  deploymentFrequencyRule,
];
