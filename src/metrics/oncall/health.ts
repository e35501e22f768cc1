/**
 * On-call health over a window: how often each person is paged, how many of those pages land out of
 * hours or in sleep hours, and how much of a team's or rotation's load falls on its busiest person.
 *
 * - Pages per person per week: a person's pages ÷ the weeks they were on call. When the sources report
 *   shifts for the person in the window, those weeks are the time their shifts cover inside the window
 *   (overlapping shifts counted once, at least one day); otherwise they are the window's length (its
 *   days ÷ 7). Each person's figure says which basis it used. The target (default fewer than 2) is met
 *   when the value is below it; people at or over it are flagged. Over everyone paged: pages ÷ the sum of
 *   their weeks.
 * - Out-of-hours share: out-of-hours pages ÷ pages (see hours.ts), per person and overall.
 * - Sleep-hour pages: how many pages fell between 22:00 and 07:00 local time.
 * - Concentration: per team (the person's main team) and per rotation (escalation policy or responding
 *   team, as the source names it), the busiest person's pages ÷ the group's pages. A group with one
 *   person paged is fully concentrated by definition; the share is given with the number of people so the
 *   reader can tell "one person did it all" from "one person is all there is".
 *
 * Pages whose person is unknown (no people.yaml identity matches) are listed apart and count in no
 * figure, since a burden cannot be assigned to nobody. Pure: the window and the time zones are arguments.
 */

import { groupBy } from '../../domain/collections.js';
import type { Window } from '../result.js';
import { isOutOfHours, isSleepHour, toLocalMoment } from './hours.js';
import { measureCoverage } from './shift.js';

export const ONCALL_BURDEN_TARGET = 2;

/** A page with its person resolved (or not) through people.yaml. */
export interface ResolvedPage {
  pageId: string;
  incidentId: string;
  at: Date;
  rotation: string | null;
  /** The person's reference, or null when no identity matched. */
  person: string | null;
  /** The source's id and name for the person, for the unmatched list. */
  system: string;
  actor: string;
  actorName: string | null;
}

export interface OncallPerson {
  ref: string;
  /** The IANA zone the person's hours are read in (theirs, else the workspace's). */
  timeZone: string;
  /** The team their pages count toward for concentration: their main team, if any. */
  team: string | null;
}

/** A shift with its person resolved (or not) through people.yaml; only its span counts here. */
export interface ResolvedShift {
  person: string | null;
  startsAt: Date;
  endsAt: Date;
}

/** What a person's pages per week divide by: their time on call, or the window's calendar weeks. */
export type WeeksBasis = 'on-call' | 'calendar';

export interface OncallHealthInput {
  window: Window;
  pages: readonly ResolvedPage[];
  /** On-call shifts the sources reported; a person with none in the window is measured by calendar weeks. */
  shifts?: readonly ResolvedShift[];
  people: ReadonlyMap<string, OncallPerson>;
  /** Pages per person per week to stay under. */
  target?: number;
}

export interface PersonLoad {
  person: string;
  team: string | null;
  timeZone: string;
  pages: number;
  /** The weeks the pages are divided by, and where they come from. */
  weeks: number;
  basis: WeeksBasis;
  pagesPerWeek: number;
  outOfHours: number;
  outOfHoursShare: number;
  sleepHours: number;
  overTarget: boolean;
  /** Ids of the incidents behind the figures. */
  incidentIds: string[];
}

export interface GroupConcentration {
  /** Team reference or rotation name. */
  group: string;
  pages: number;
  peoplePaged: number;
  busiest: string;
  busiestPages: number;
  /** busiestPages ÷ pages. */
  share: number;
}

export interface UnmatchedResponder {
  system: string;
  actor: string;
  name: string | null;
  pages: number;
}

export type OncallHealth =
  | {
      kind: 'value';
      weeks: number;
      target: number;
      pages: number;
      peoplePaged: number;
      /** How many of the people paged were measured by their shifts and how many by calendar weeks. */
      bases: Record<WeeksBasis, number>;
      /** Pages ÷ the sum of the paged people's weeks: the load of an average paged person. */
      pagesPerPersonWeek: number;
      outOfHoursShare: number;
      sleepHourPages: number;
      peopleOverTarget: string[];
      people: PersonLoad[];
      teams: GroupConcentration[];
      rotations: GroupConcentration[];
      unmatched: UnmatchedResponder[];
    }
  | {
      kind: 'insufficient-data';
      weeks: number;
      target: number;
      needs: string;
      unmatched: UnmatchedResponder[];
    };

const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

export function computeOncallHealth(input: OncallHealthInput): OncallHealth {
  const target = input.target ?? ONCALL_BURDEN_TARGET;
  // Whole days, so a window spanning a daylight-saving change is still exactly its weeks long.
  const weeks =
    Math.max(1, Math.round((input.window.to.getTime() - input.window.from.getTime()) / DAY_MS)) / 7;
  const inWindow = input.pages.filter((page) => page.at >= input.window.from && page.at < input.window.to);
  const unmatched = listUnmatched(inWindow.filter((page) => page.person === null));
  const matched = inWindow.filter((page): page is ResolvedPage & { person: string } => page.person !== null);
  if (matched.length === 0) {
    return {
      kind: 'insufficient-data',
      weeks,
      target,
      needs:
        'at least one page of a known person in the window: incidents with responders (PagerDuty, Opsgenie or ' +
        'imported incident records) whose ids people.yaml identities name',
      unmatched,
    };
  }
  const byPerson = groupBy(matched, (page) => page.person);
  const shiftsOf = groupBy(
    (input.shifts ?? []).filter(
      (shift): shift is ResolvedShift & { person: string } => shift.person !== null,
    ),
    (shift) => shift.person,
  );
  const people = [...byPerson].map(([ref, pages]) => {
    const covered = measureCoverage(shiftsOf.get(ref) ?? [], input.window);
    const span =
      covered > 0
        ? { weeks: Math.max(covered, DAY_MS) / WEEK_MS, basis: 'on-call' as const }
        : { weeks, basis: 'calendar' as const };
    return toPersonLoad(ref, pages, input.people.get(ref), span, target);
  });
  people.sort((a, b) => b.pages - a.pages || a.person.localeCompare(b.person));
  const outOfHours = people.reduce((sum, person) => sum + person.outOfHours, 0);
  const teamOf = (page: { person: string }) => input.people.get(page.person)?.team ?? null;
  return {
    kind: 'value',
    weeks,
    target,
    pages: matched.length,
    peoplePaged: people.length,
    bases: {
      'on-call': people.filter((person) => person.basis === 'on-call').length,
      calendar: people.filter((person) => person.basis === 'calendar').length,
    },
    pagesPerPersonWeek: matched.length / people.reduce((sum, person) => sum + person.weeks, 0),
    outOfHoursShare: outOfHours / matched.length,
    sleepHourPages: people.reduce((sum, person) => sum + person.sleepHours, 0),
    peopleOverTarget: people.filter((person) => person.overTarget).map((person) => person.person),
    people,
    teams: concentrate(matched, teamOf),
    rotations: concentrate(matched, (page) => page.rotation),
    unmatched,
  };
}

function toPersonLoad(
  ref: string,
  pages: readonly ResolvedPage[],
  person: OncallPerson | undefined,
  span: { weeks: number; basis: WeeksBasis },
  target: number,
): PersonLoad {
  const timeZone = person?.timeZone ?? 'UTC';
  const moments = pages.map((page) => toLocalMoment(page.at, timeZone));
  const outOfHours = moments.filter(isOutOfHours).length;
  const pagesPerWeek = pages.length / span.weeks;
  return {
    person: ref,
    team: person?.team ?? null,
    timeZone,
    pages: pages.length,
    weeks: span.weeks,
    basis: span.basis,
    pagesPerWeek,
    outOfHours,
    outOfHoursShare: outOfHours / pages.length,
    sleepHours: moments.filter(isSleepHour).length,
    overTarget: pagesPerWeek >= target,
    incidentIds: [...new Set(pages.map((page) => page.incidentId))].sort(),
  };
}

function concentrate(
  pages: readonly (ResolvedPage & { person: string })[],
  groupOf: (page: ResolvedPage & { person: string }) => string | null,
): GroupConcentration[] {
  const groups = groupBy(
    pages.filter((page) => groupOf(page) !== null),
    (page) => groupOf(page) as string,
  );
  const result = [...groups].map(([group, grouped]): GroupConcentration => {
    const counts = [...groupBy(grouped, (page) => page.person)].map(
      ([person, own]) => [person, own.length] as const,
    );
    counts.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    const [busiest, busiestPages] = counts[0] as readonly [string, number];
    return {
      group,
      pages: grouped.length,
      peoplePaged: counts.length,
      busiest,
      busiestPages,
      share: busiestPages / grouped.length,
    };
  });
  return result.sort((a, b) => b.share - a.share || b.pages - a.pages || a.group.localeCompare(b.group));
}

function listUnmatched(pages: readonly ResolvedPage[]): UnmatchedResponder[] {
  const byActor = groupBy(pages, (page) => `${page.system}\u0000${page.actor}`);
  return [...byActor.values()]
    .map((own) => {
      const first = own[0] as ResolvedPage;
      return {
        system: first.system,
        actor: first.actor,
        name: own.find((page) => page.actorName)?.actorName ?? null,
        pages: own.length,
      };
    })
    .sort((a, b) => b.pages - a.pages || a.actor.localeCompare(b.actor));
}
