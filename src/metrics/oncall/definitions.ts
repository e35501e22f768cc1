/**
 * The on-call health figures' definitions (docs/oncall.md; docs/metrics.md "On-call"), as `metrics
 * explain` and the API describe them. A page is one person called to one incident, at the first call
 * however often the source notified, reassigned or escalated (page.ts); a page whose responder matches no
 * people.yaml identity counts in no figure and is listed apart. Local time is the person's location's
 * zone, else the workspace's (hours.ts).
 */
import type { MetricDefinition } from '../result.js';

export const pagesPerPersonWeekDefinition: MetricDefinition = {
  id: 'oncall.pages-per-person-week',
  version: 1,
  title: 'Pages per person per week',
  description:
    "Pages in the window ÷ the sum of the paged people's weeks. A person's weeks are the time their " +
    'reported on-call shifts cover inside the window (overlaps counted once, at least one day), or, with no ' +
    "shift reported for them in the window, the window's weeks (its whole days, at least 1, ÷ 7). Per " +
    'person: their pages ÷ their weeks, with the basis used; at or over the target (2 by default) is ' +
    'flagged. People never paged are not counted. Pages are those PagerDuty and Opsgenie reported, else an ' +
    "incident's commander and responders, paged when it started.",
  unit: 'per-week',
  direction: 'lower-is-better',
};

export const outOfHoursShareDefinition: MetricDefinition = {
  id: 'oncall.out-of-hours-share',
  version: 1,
  title: 'Out-of-hours pages',
  description:
    "Of the window's pages, the share landing outside 09:00-18:00 Monday to Friday in the paged person's " +
    'local time, overall and per person. Public holidays count as working days.',
  unit: 'fraction',
  direction: 'lower-is-better',
};

export const sleepHourPagesDefinition: MetricDefinition = {
  id: 'oncall.sleep-hour-pages',
  version: 1,
  title: 'Sleep-hour pages',
  description:
    "The window's pages landing between 22:00 and 07:00 in the paged person's local time, any day of the " +
    'week, overall and per person.',
  unit: 'count',
  direction: 'lower-is-better',
};

export const pageConcentrationDefinition: MetricDefinition = {
  id: 'oncall.concentration',
  version: 1,
  title: 'Page concentration',
  description:
    "Per team (the paged person's main team) and per rotation (escalation policy or responding team, as the " +
    "source names it): the busiest person's pages ÷ the group's pages in the window, with the people paged " +
    '(one person paged is 1 by definition). Pages without a team or rotation are left out of that grouping.',
  unit: 'fraction',
  direction: 'lower-is-better',
};

export const ONCALL_METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  pagesPerPersonWeekDefinition,
  outOfHoursShareDefinition,
  sleepHourPagesDefinition,
  pageConcentrationDefinition,
];
