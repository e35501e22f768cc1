/**
 * The facts the attrition, promotion and equity figures are computed from: the declared people
 * (people.yaml: start and end dates, teams, level) joined with their people-private entries. Building
 * them needs the people-private entries, which callers read only after `authorize`.
 */

import type { OrgModel } from '../domain/model.js';
import type { PersonPrivate } from '../domain/person-private.js';
import type { AttritionFacts, DepartureFacts, StaffRecord } from '../metrics/people/attrition.js';
import type { DayWindow } from '../metrics/people/attrition-calendar.js';
import type { PromotionFacts } from '../metrics/people/promotion-rate.js';

export interface PeopleFacts extends AttritionFacts, PromotionFacts {
  staff: StaffRecord[];
  departures: Map<string, DepartureFacts>;
  privateByRef: Map<string, PersonPrivate>;
}

export function buildPeopleFacts(model: OrgModel, entries: readonly PersonPrivate[]): PeopleFacts {
  const privateByRef = new Map(entries.map((entry) => [entry.person, entry]));
  const departures = new Map<string, DepartureFacts>();
  const promotions = new Map<string, PersonPrivate['promotions']>();
  for (const entry of entries) {
    if (entry.departure)
      departures.set(entry.person, { regrettable: entry.departure.regrettable, kind: entry.departure.kind });
    if (entry.promotions.length > 0) promotions.set(entry.person, entry.promotions);
  }
  const byRef = new Map(model.people.map((person) => [person.ref, person]));
  // Someone declared on no team counts for their manager's team: former staff are often kept in
  // people.yaml with their manager but taken off the team roster, which shows the team as it is today.
  const staff = model.people.map((person) => ({
    ref: person.ref,
    startDate: person.startDate,
    endDate: person.endDate,
    teams:
      person.teams.length > 0 || !person.manager ? person.teams : (byRef.get(person.manager)?.teams ?? []),
  }));
  return { staff, departures, promotions, privateByRef };
}

/** The name a team is shown under, from its reference. */
export function teamLabel(model: OrgModel, ref: string): string {
  return model.teams.find((team) => team.ref === ref)?.name ?? ref;
}

/** The window `[from, to)`: the given days, or the twelve months ending today (today included). */
export function resolveWindow(query: { from?: string; to?: string }, today: string): DayWindow {
  const to = query.to ?? addDaysText(today, 1);
  const [year, month, day] = to.split('-').map(Number) as [number, number, number];
  const from = query.from ?? new Date(Date.UTC(year - 1, month - 1, day)).toISOString().slice(0, 10);
  return { from, to };
}

function addDaysText(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
