/**
 * Onboarding rules: a new hire's skipped review or troubled check-in (named, so only for viewers who may
 * read plans), a slow first contribution, and the cohort figure (shown only for closed quarters of at least
 * MIN_GROUP_SIZE hires, so it needs only the aggregate capability).
 */
import { peopleRule, percent, plural } from './people-support.js';

/** Days to a first merged pull request the cohort figure aims for (docs/people/onboarding.md). */
export const FIRST_PR_DAYS = 14;

export const checkInOverdue = peopleRule(
  {
    id: 'people.onboarding-check-in-overdue',
    title: 'A new hire’s onboarding review was skipped',
    concern: 'people.talent',
    severity: 'medium',
    description: 'A 30-, 60- or 90-day review of a new hire’s plan is more than seven days overdue.',
    capability: 'onboarding.plans',
  },
  (people) =>
    (people.onboarding?.plans ?? [])
      .filter((plan) => plan.overdue.length > 0)
      .map((plan) => {
        const days = plan.overdue.map((day) => `day-${day}`).join(', ');
        return {
          subject: plan.person,
          severity: 'medium' as const,
          title: `${plan.name}'s ${days} onboarding review is overdue (day ${plan.dayOfPlan} of the plan)`,
          summary: `${plan.name} started on ${plan.start} and is on day ${plan.dayOfPlan}; the ${days} review has not been held more than a week after it was due.`,
          why: 'The reviews are where a new hire who is stuck gets noticed; a skipped one usually means nobody is following the plan, and problems surface only when the person is already unhappy or leaving.',
          actions: [
            'Hold the missed review this week with the manager and the buddy.',
            'Put the remaining checkpoints in the manager’s calendar now.',
          ],
          owner: plan.manager,
          evidence: {
            figures: [
              {
                metric: 'onboarding.overdue-checkpoints',
                label: 'Overdue checkpoints',
                value: plan.overdue.length,
                unit: 'checkpoints',
                threshold: 0,
                scope: plan.person,
              },
            ],
            records: [`onboarding:${plan.person}`],
          },
        };
      }),
);

export const hireAtRisk = peopleRule(
  {
    id: 'people.onboarding-at-risk',
    title: 'A new hire’s onboarding is at risk',
    concern: 'people.talent',
    severity: 'high',
    description: 'The latest check-in of a new hire’s plan says at risk (medium) or off track (high).',
    capability: 'onboarding.plans',
  },
  (people) =>
    (people.onboarding?.plans ?? []).flatMap((plan) => {
      const status = plan.latestStatus;
      if (!status || status.status === 'on-track') return [];
      const offTrack = status.status === 'off-track';
      return [
        {
          subject: plan.person,
          severity: offTrack ? ('high' as const) : ('medium' as const),
          title: `${plan.name}'s onboarding is ${offTrack ? 'off track' : 'at risk'} (check-in of ${status.date}, day ${plan.dayOfPlan})`,
          summary: `The latest review of ${plan.name}'s 30-60-90 plan, on ${status.date}, rated it ${status.status}. No later review says otherwise.`,
          why: 'New hires who struggle in their first months and are not helped tend to leave within the year, which loses the whole cost of hiring them.',
          actions: [
            'Have the manager agree a short recovery plan with the hire, with goals for the next two weeks.',
            'Check that the buddy and mentor have time for them, and pair them on real work.',
            'Review again in two weeks and record the outcome in the plan.',
          ],
          owner: plan.manager,
          evidence: {
            figures: [
              {
                metric: 'onboarding.day-of-plan',
                label: 'Day of the plan',
                value: plan.dayOfPlan,
                unit: 'days',
                scope: plan.person,
              },
            ],
            records: [`onboarding:${plan.person}`, `check-in:${plan.person}@${status.date}`],
          },
        },
      ];
    }),
);

export const firstContributionSlow = peopleRule(
  {
    id: 'people.onboarding-first-pr-slow',
    title: 'A new hire took long to merge a first change',
    concern: 'people.growth',
    severity: 'low',
    description: `A new hire merged a first pull request more than ${FIRST_PR_DAYS} days after starting, or has none after ${FIRST_PR_DAYS * 2} days.`,
    capability: 'onboarding.plans',
  },
  (people) =>
    (people.onboarding?.plans ?? []).flatMap((plan) => {
      const first = plan.firstPullRequest;
      const slow = first ? first.days > FIRST_PR_DAYS : plan.dayOfPlan > FIRST_PR_DAYS * 2;
      if (!slow) return [];
      return [
        {
          subject: plan.person,
          severity: 'low' as const,
          title: first
            ? `${plan.name} merged a first pull request after ${plural(first.days, 'day')} (target ${FIRST_PR_DAYS})`
            : `${plan.name} has merged no pull request after ${plural(plan.dayOfPlan, 'day')}`,
          summary: first
            ? `${plan.name} started on ${plan.start} and merged a first change ${plural(first.days, 'day')} later.`
            : `${plan.name} started on ${plan.start} and no merged pull request of theirs is in the observed data yet.`,
          why: 'A first change merged early is the surest sign the environment, access and buddy work; a late one often hides setup friction the next hire will hit too.',
          actions: [
            'Ask the hire what held the first change up, and fix it in the onboarding guide.',
            'Prepare a small, real starter task for each new hire before their first day.',
          ],
          owner: plan.manager,
          evidence: {
            figures: [
              {
                metric: 'onboarding.days-to-first-pr',
                label: 'Days to first merged pull request',
                value: first ? first.days : plan.dayOfPlan,
                unit: 'days',
                threshold: FIRST_PR_DAYS,
                scope: plan.person,
              },
            ],
            records: [`onboarding:${plan.person}`, ...(first?.recordIds ?? [])],
          },
        },
      ];
    }),
);

export const cohortSlow = peopleRule(
  {
    id: 'people.onboarding-cohort-slow',
    title: 'New hires take too long to become productive',
    concern: 'people.growth',
    severity: 'medium',
    description: `In the latest closed quarter shown (at least 5 hires), fewer new hires than the target merged a first pull request within ${FIRST_PR_DAYS} days.`,
    capability: 'people.aggregates',
  },
  (people) => {
    const cohort = people.onboarding?.cohorts.at(-1);
    if (!cohort || cohort.hires < 5 || cohort.productiveShare >= cohort.target) return [];
    return [
      {
        subject: 'org',
        severity: cohort.productiveShare < cohort.target - 0.2 ? 'medium' : 'low',
        title: `${percent(cohort.productiveShare)} of ${cohort.quarter}'s new hires merged a first change within ${cohort.within} days (target ${percent(cohort.target)})`,
        summary: `Of the ${cohort.hires} people who started in ${cohort.quarter}, ${percent(cohort.productiveShare)} merged a first pull request within ${cohort.within} days.`,
        why: 'How quickly new hires ship shows how well onboarding works; a slow cohort usually points to setup, access or starter work missing.',
        actions: [
          'Ask the cohort what slowed their first change, and fix the top cause.',
          'Give every new hire a buddy and a prepared starter task before day one.',
        ],
        owner: 'VP of Engineering',
        evidence: {
          figures: [
            {
              metric: 'onboarding.productive-within',
              label: `Share merging within ${cohort.within} days`,
              value: cohort.productiveShare,
              unit: 'fraction',
              threshold: cohort.target,
              n: cohort.hires,
              scope: cohort.quarter,
            },
          ],
          records: [`cohort:${cohort.quarter}`],
        },
      },
    ];
  },
);

export const ONBOARDING_RULES = [checkInOverdue, hireAtRisk, firstContributionSlow, cohortSlow];
