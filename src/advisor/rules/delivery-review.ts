/**
 * Rules over code review and flow: review wait growing month over month, pull requests merged without a
 * review, and more work open than a team finishes. The playbook's review target is a first review within
 * hours; the rules judge the trend and clear breaches, since a fixed hour count suits few teams.
 */
import type { FindingDraft } from '../types.js';
import type { DeliveryRule } from './delivery-change.js';
import {
  formatDuration,
  formatPercent,
  judged,
  nameOf,
  ownerOf,
  titleName,
  toEvidence,
  uniqueRecords,
} from './delivery-support.js';

const MIN_REVIEWED = 10;
const SLOWING_RATIO = 1.5;
const SLOWING_FLOOR = 86_400;
const UNREVIEWED_TARGET = 0.1;
const UNREVIEWED_HIGH = 0.25;
const MIN_MERGED = 20;
const WIP_LIMIT = 2;
const MIN_ITEMS = 20;

export const reviewSlowingRule: DeliveryRule = {
  id: 'delivery.review-turnaround-slowing',
  title: 'Review turnaround slowing month over month',
  concern: 'ops.delivery-process',
  severity: 'high',
  description: `Raised for a team whose median time to first review rose in each of the last three 4-week periods (each on at least ${MIN_REVIEWED} pull requests), ending at least ${SLOWING_RATIO}× the first period and above ${formatDuration(SLOWING_FLOOR)}; high when it doubled and ends above 2 days.`,
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const trend of delivery.reviewTrends) {
      const figures = trend.periods.map((period) => judged(period.figure, MIN_REVIEWED));
      if (figures.length < 3 || figures.some((figure) => figure === null)) continue;
      const values = figures.map((figure) => figure?.value ?? 0);
      const rising = values.every((value, index) => index === 0 || value > (values[index - 1] ?? 0));
      const first = values[0] ?? 0;
      const last = values.at(-1) ?? 0;
      if (!rising || last < SLOWING_RATIO * first || last < SLOWING_FLOOR) continue;
      const lastFigure = figures.at(-1);
      drafts.push({
        rule: reviewSlowingRule.id,
        subject: trend.subject,
        severity: last >= 2 * first && last >= 2 * 86_400 ? 'high' : 'medium',
        title: `Median wait for a first review in ${nameOf(trend.subject)} rose from ${formatDuration(first)} to ${formatDuration(last)} in three months`,
        summary: `Median time from opening a pull request to its first review, per 4-week period: ${values.map(formatDuration).join(', then ')} (${figures.map((figure) => figure?.n ?? 0).join(', ')} pull requests).`,
        why: 'Waiting for review is the largest idle time in most delivery flows; when it keeps growing, work piles up, changes get bigger, and authors switch context while they wait.',
        actions: [
          'Find out who reviews for the team now and whether reviewers were pulled onto other work.',
          'Agree a review expectation (for example a first look within one working day) and make the queue visible at stand-up.',
          'Spread reviewing across more people and keep pull requests small enough to review in one sitting.',
        ],
        owner: trend.owner,
        evidence: {
          figures: trend.periods.flatMap((period, index) => {
            const figure = figures[index];
            return figure
              ? [
                  toEvidence('prs.time-to-first-review', 'Median time to first review', figure, 'seconds', {
                    ...(index === trend.periods.length - 1 ? { threshold: SLOWING_RATIO * first } : {}),
                    scope: trend.subject,
                    window: period.window,
                  }),
                ]
              : [];
          }),
          records: uniqueRecords(lastFigure?.recordIds ?? []),
        },
        concern: reviewSlowingRule.concern,
      });
    }
    return drafts;
  },
};

export const unreviewedMergesRule: DeliveryRule = {
  id: 'quality.merged-without-review',
  title: 'Pull requests merged without review',
  concern: 'culture.accountability',
  severity: 'high',
  description: `Raised for a scope where more than ${formatPercent(UNREVIEWED_TARGET)} of the pull requests merged in the last 4 weeks had no review by someone other than the author (at least ${MIN_MERGED} merged); high above ${formatPercent(UNREVIEWED_HIGH)}.`,
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const scope of delivery.scopes) {
      const figure = judged(scope.mergedWithoutReview, MIN_MERGED);
      if (!figure || figure.value <= UNREVIEWED_TARGET) continue;
      const window = delivery.reviewTrends[0]?.periods.at(-1)?.window ?? delivery.window;
      drafts.push({
        rule: unreviewedMergesRule.id,
        subject: scope.subject,
        severity: figure.value > UNREVIEWED_HIGH ? 'high' : 'medium',
        title: `${formatPercent(figure.value)} of ${nameOf(scope.subject)}'s merged pull requests had no review`,
        summary: `${Math.round(figure.value * figure.n)} of ${figure.n} pull requests merged from ${window.from} to ${window.to} were merged without a review by anyone but their author.`,
        why: 'An unreviewed change skips the cheapest quality and security check there is, and it weakens shared ownership of the code.',
        actions: [
          'Turn on branch protection that requires an approving review before merge, with a logged emergency bypass.',
          'Look at why reviews were skipped (no reviewer available, urgency) and fix that cause.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            toEvidence('prs.merged-without-review', 'Merged without review', figure, 'fraction', {
              threshold: UNREVIEWED_TARGET,
              scope: scope.subject,
              window,
            }),
          ],
          records: uniqueRecords(figure.recordIds),
        },
        concern: unreviewedMergesRule.concern,
      });
    }
    return drafts;
  },
};

export const wipRule: DeliveryRule = {
  id: 'delivery.wip-over-throughput',
  title: 'Work in progress far above throughput',
  concern: 'ops.delivery-process',
  severity: 'medium',
  description: `Raised for a team whose open work items amount to more than ${WIP_LIMIT} weeks of its throughput (work in progress ÷ weekly throughput, on at least ${MIN_ITEMS} items); medium above ${2 * WIP_LIMIT} weeks.`,
  evaluate({ delivery }) {
    const drafts: FindingDraft[] = [];
    for (const scope of delivery.scopes) {
      if (scope.subject === 'org') continue;
      const figure = judged(scope.wipToThroughput, MIN_ITEMS);
      if (!figure || figure.value <= WIP_LIMIT) continue;
      drafts.push({
        rule: wipRule.id,
        subject: scope.subject,
        severity: figure.value > 2 * WIP_LIMIT ? 'medium' : 'low',
        title: `${titleName(scope.subject)} has ${figure.value.toFixed(1)} weeks of work in progress`,
        summary: `At the end of ${delivery.window.to}, open work amounts to ${figure.value.toFixed(1)} times what the team finishes in a week (${figure.n} items measured).`,
        why: 'Too much work started at once means context switching, long cycle times and late surprises; finishing beats starting.',
        actions: [
          'Set a work-in-progress limit with the team and stop starting new items until open ones finish.',
          'Review the oldest open items: finish, split or drop them.',
        ],
        owner: ownerOf(scope),
        evidence: {
          figures: [
            toEvidence('flow.wip-to-throughput', 'Work in progress ÷ weekly throughput', figure, 'ratio', {
              threshold: WIP_LIMIT,
              scope: scope.subject,
              window: delivery.window,
            }),
          ],
          records: uniqueRecords(figure.recordIds),
        },
        concern: wipRule.concern,
      });
    }
    return drafts;
  },
};

export const REVIEW_RULES: readonly DeliveryRule[] = [reviewSlowingRule, unreviewedMergesRule, wipRule];
