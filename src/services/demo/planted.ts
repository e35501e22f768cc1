/**
 * The conditions the demo plants for later features to find, with the knobs that create them. Each is
 * strong enough to be unmistakable (not a borderline case) and is listed in the demo README with the
 * reference of its subject.
 */
import { OVERDUE_DAYS, OVERDUE_DEPENDENCY } from './dependencies.js';
import { type DemoOrg, findPerson } from './org.js';
import { MATRIX_MEMBER } from './staff-changes.js';
import { STALE_COLLABORATION } from './teams.js';
import { DAY_MS, isoWeekday } from './time.js';
import type { DemoWindow } from './window.js';

export interface PlantedCondition {
  id: string;
  description: string;
  /** Full reference of the entity the condition is about, e.g. `team:default/checkout`. */
  subject: string;
}

/** The legacy service only one engineer touches. */
export const CONCENTRATED_SERVICE = 'wms-adapter';
/** The overloaded team. */
export const OVERLOADED_TEAM = 'fulfilment';
/** The team whose review queue keeps growing. */
export const SLOW_REVIEW_TEAM = 'checkout';
/**
 * Days before asOf when its review turnaround starts to slip, and the extra wait (wall-clock hours) a
 * pull request opened on asOf gets before its first review. The wait grows linearly in between, so each
 * month is slower than the one before.
 */
export const SLOWDOWN_DAYS = 95;
export const SLOWDOWN_MAX_HOURS = 72;
/**
 * The hidden dependency: checkout's services call two fulfilment services, yet no dependency between the
 * two teams is declared (fulfilment → checkout), so fulfilment never plans for it.
 */
export const HIDDEN_DEPENDENCY = {
  provider: 'fulfilment',
  consumer: 'checkout',
  calls: [
    { from: 'cart-service', to: 'delivery-slots' },
    { from: 'checkout-api', to: 'order-service' },
  ],
} as const;

/** The domain whose services break the Friday freeze in month-end push weeks. */
export const FRIDAY_DOMAIN = 'commerce';

/**
 * Fernwood freezes production on Fridays, except in the last full week of each month, when commerce
 * pushes campaign features out on Friday afternoon. Those Friday deployments fail far more often.
 */
export function isPushFriday(dayMs: number): boolean {
  return (
    isoWeekday(dayMs) === 5 && new Date(dayMs + 7 * DAY_MS).getUTCMonth() !== new Date(dayMs).getUTCMonth()
  );
}

/** Extra hours before the first review of a pull request opened at `ms` in repositories of `team`. */
export function measureReviewDelay(team: string, ms: number, window: DemoWindow): number {
  if (team !== SLOW_REVIEW_TEAM) return 0;
  const rampStart = window.endMs - SLOWDOWN_DAYS * DAY_MS;
  if (ms <= rampStart) return 0;
  return (SLOWDOWN_MAX_HOURS * (ms - rampStart)) / (window.endMs - rampStart);
}

export function listPlantedConditions(org: DemoOrg): PlantedCondition[] {
  const keeper = org.wmsKeeper;
  const load = org.teams.find((team) => team.name === OVERLOADED_TEAM)?.cognitiveLoad?.at(-1);
  const loadSum = load ? load.intrinsic + load.extraneous : 0;
  return [
    {
      id: 'knowledge-concentration',
      description: `${keeper.displayName} (${keeper.login}) writes more than 90% of the commits to the deprecated ${CONCENTRATED_SERVICE}; nobody else on fulfilment works on it, so its bus factor is 1.`,
      subject: `service:default/${CONCENTRATED_SERVICE}`,
    },
    {
      id: 'overdue-blocking-dependency',
      description: `Platform engineering owes fulfilment the courier event queue, a blocking dependency that was needed ${OVERDUE_DAYS} days before the data ends and is still in progress.`,
      subject: `dependency:default/${OVERDUE_DEPENDENCY}`,
    },
    {
      id: 'cognitive-overload',
      description: `Fulfilment's latest cognitive load assessment sums to ${loadSum} of a capacity of 10, up every quarter; the team owns five services and is above the stream-aligned size range.`,
      subject: `team:default/${OVERLOADED_TEAM}`,
    },
    {
      id: 'friday-change-failures',
      description:
        'Production is frozen on Fridays except in the last full week of each month, when the commerce services ship on Friday afternoon; about half of those Friday deployments fail, are rolled back or cause an incident, against roughly one in fifteen on other days, so the month-end weeks show a change-failure spike.',
      subject: `domain:default/${FRIDAY_DOMAIN}`,
    },
    {
      id: 'slowing-review-turnaround',
      description: `Checkout's time to first review grows steadily over the last ${Math.round(SLOWDOWN_DAYS / 30)} months: pull requests waited well under a day for a first review early in the year and wait around three days by the end, since the team's senior reviewers moved into the payments collaboration.`,
      subject: `team:default/${SLOW_REVIEW_TEAM}`,
    },
    ...listOrgConditions(org),
  ];
}

/** Conditions in the declared model itself: who reports to whom, who calls whom, who works with whom. */
function listOrgConditions(org: DemoOrg): PlantedCondition[] {
  const matrix = org.matrixMember;
  const lineManager = matrix.manager ? findPerson(org, matrix.manager).displayName : 'nobody';
  const dotted = (matrix.dottedLine ?? []).map((name) => findPerson(org, name).displayName).join(' and ');
  const split = MATRIX_MEMBER.teams.map(({ team, allocation }) => `${team} ${allocation}`).join(', ');
  const calls = HIDDEN_DEPENDENCY.calls.map(({ from, to }) => `${from} → ${to}`).join(' and ');
  return [
    {
      id: 'matrix-management',
      description: `${matrix.displayName} (${matrix.login}) reports to ${lineManager} and, on a dotted line, to ${dotted}, and is split across three teams (${split}).`,
      subject: `person:default/${matrix.name}`,
    },
    {
      id: 'hidden-dependency',
      description: `Checkout's services call into ${HIDDEN_DEPENDENCY.provider} (${calls}), yet no dependency of ${HIDDEN_DEPENDENCY.consumer} on ${HIDDEN_DEPENDENCY.provider} is declared, so the overloaded fulfilment team never plans for it.`,
      subject: `team:default/${HIDDEN_DEPENDENCY.consumer}`,
    },
    {
      id: 'stale-collaboration',
      description: `Checkout and payments started collaborating on stored cards and one-click checkout ${STALE_COLLABORATION.days} days before the data ends and never set an end date or moved to x-as-a-service, well past the six months a collaboration should last.`,
      subject: `team:default/${STALE_COLLABORATION.team}`,
    },
  ];
}
