/**
 * Friday deployments: releases whose deployment finished on a Friday in the workspace time zone, and how
 * often they failed compared with the other days.
 *
 * Rules and reasons:
 * - A release failed when it did not reach users, was rolled back, needed a hotfix or caused an incident
 *   (the change-failure-rate evidence), so a Friday change that broke over the weekend counts.
 * - The pattern is present when there are Friday releases and they fail more often than the rest: a team
 *   that ships safely on Fridays is not doing anything wrong.
 * - Evidence is the Friday releases that failed; every Friday release is listed in the details.
 */
import type { Release } from '../domain/release.js';
import { toIsoWeekday } from '../metrics/calendar.js';
import { formatPercent, type ReleaseAntiPattern, toShare } from './release-anti-pattern.js';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export interface DayOutcome {
  releases: number;
  failed: number;
  failureRate: number | null;
}

export interface FridayDetails {
  timeZone: string;
  friday: DayOutcome;
  otherDays: DayOutcome;
  byWeekday: ({ weekday: (typeof WEEKDAYS)[number] } & DayOutcome)[];
  fridayReleases: string[];
}

function toOutcome(releases: readonly Release[]): DayOutcome {
  const failed = releases.filter((release) => release.failed).length;
  return { releases: releases.length, failed, failureRate: toShare(failed, releases.length) };
}

export function detectFridayDeployments(
  releases: readonly Release[],
  timeZone: string,
): ReleaseAntiPattern<FridayDetails> {
  const byDay = WEEKDAYS.map(() => [] as Release[]);
  for (const release of releases) byDay[toIsoWeekday(new Date(release.at), timeZone) - 1]?.push(release);
  const fridays = byDay[4] ?? [];
  const others = byDay.filter((_, index) => index !== 4).flat();
  const friday = toOutcome(fridays);
  const otherDays = toOutcome(others);
  const detected = friday.releases > 0 && (friday.failureRate ?? 0) > (otherDays.failureRate ?? 0);
  const summary =
    friday.releases === 0
      ? 'No release went out on a Friday in the window.'
      : `${friday.releases} release(s) went out on Fridays and ${formatPercent(friday.failureRate)} of them failed, against ${formatPercent(otherDays.failureRate)} of ${otherDays.releases} on other days.`;
  return {
    id: 'friday-deployments',
    title: 'Friday deployments',
    detected,
    summary,
    evidence: fridays.filter((release) => release.failed).map((release) => release.id),
    details: {
      timeZone,
      friday,
      otherDays,
      byWeekday: byDay.map((list, index) => ({ weekday: WEEKDAYS[index] ?? 'Mon', ...toOutcome(list) })),
      fridayReleases: fridays.map((release) => release.id),
    },
  };
}
