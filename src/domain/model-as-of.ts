/**
 * The declared organization as it stood on a past date, read from the effective dates the model carries:
 * a team's `since`/`until`, a person's `startDate`/`endDate`, an interaction's `since`/`until` and the
 * date of each cognitive-load assessment.
 *
 * Rules and reasons:
 * - Dates are inclusive: a team dissolved on its `until` still existed that day, a person still worked
 *   on their `endDate`. A missing date means "always" (a team without `since` is as old as the model).
 * - Whatever points at an entity left out is cut, never left dangling: memberships, members, leads,
 *   managers and dotted lines, interactions with the team, and dependencies whose provider or consumer
 *   did not exist (a dependency between teams cannot predate either of them). A cut lead, manager or
 *   dotted line is named in `notes`, since the chart then shows a hole the reader should know about.
 * - Services, systems, domains, repositories, APIs, resources and dependencies carry no dates, so they are kept as
 *   declared today. Where a service's owner did not exist on the date, the service keeps today's owner
 *   and a note says so: who owned it then is only known from the workspace's history.
 * - Dependency statuses are today's; the model does not record when a status changed.
 */
import { InputError } from './errors.js';
import type { OrgModel } from './model.js';
import type { Person } from './person.js';
import { dateSchema } from './primitives.js';
import type { Team } from './team.js';

export interface ModelAsOf {
  model: OrgModel;
  /** What could not be reconstructed, or was cut, in plain sentences, in the order found. */
  notes: string[];
}

export function modelAsOf(model: OrgModel, date: string): ModelAsOf {
  if (!dateSchema.safeParse(date).success) {
    throw new InputError(`The as-of date ${JSON.stringify(date)} is not a calendar date`, [
      { path: 'asOf', message: 'not a calendar date', found: JSON.stringify(date), expected: 'YYYY-MM-DD' },
    ]);
  }
  const notes: string[] = [];
  const teams = model.teams.filter((team) => {
    const outside = describeOutside(team.since, team.until, date, 'formed', 'dissolved');
    if (outside) notes.push(`${team.ref} is left out: ${outside}.`);
    return outside === null;
  });
  const people = model.people.filter((person) => {
    const outside = describeOutside(person.startDate, person.endDate, date, 'started', 'left');
    if (outside) notes.push(`${person.ref} is left out: ${outside}.`);
    return outside === null;
  });
  const teamRefs = new Set(teams.map((team) => team.ref));
  const personRefs = new Set(people.map((person) => person.ref));

  const keptPeople = people.map((person) => keepPerson(person, teamRefs, personRefs, date, notes));
  const keptTeams = teams.map((team) => keepTeam(team, teamRefs, personRefs, date, notes));

  for (const service of model.services) {
    if (!teamRefs.has(service.owner)) {
      notes.push(
        `${service.ref} is owned by ${service.owner}, which did not exist on ${date}; today's owner is shown.`,
      );
    }
  }
  const dependencies = model.dependencies.filter((dependency) => {
    const missing = [dependency.provider, dependency.consumer].filter((team) => !teamRefs.has(team));
    if (missing.length > 0) {
      notes.push(`${dependency.ref} is left out: ${missing.join(' and ')} did not exist on ${date}.`);
    }
    return missing.length === 0;
  });

  return {
    model: { ...model, teams: keptTeams, people: keptPeople, dependencies },
    notes,
  };
}

/** Whether [from, to] misses the date, in words ("formed on 2026-05-01, after 2026-03-31"), or null. */
function describeOutside(
  from: string | null,
  to: string | null,
  date: string,
  began: string,
  ended: string,
): string | null {
  if (from !== null && from > date) return `${began} on ${from}, after ${date}`;
  if (to !== null && to < date) return `${ended} on ${to}, before ${date}`;
  return null;
}

function keepPerson(
  person: Person,
  teamRefs: ReadonlySet<string>,
  personRefs: ReadonlySet<string>,
  date: string,
  notes: string[],
): Person {
  let manager = person.manager;
  if (manager !== null && !personRefs.has(manager)) {
    notes.push(
      `${person.ref} is shown without a manager: ${manager} was not in the organization on ${date}.`,
    );
    manager = null;
  }
  const dottedLine = person.dottedLine.filter((other) => {
    if (personRefs.has(other)) return true;
    notes.push(
      `${person.ref} loses the dotted line to ${other}, who was not in the organization on ${date}.`,
    );
    return false;
  });
  return {
    ...person,
    manager,
    dottedLine,
    teams: person.teams.filter((membership) => teamRefs.has(membership.team)),
  };
}

function keepTeam(
  team: Team,
  teamRefs: ReadonlySet<string>,
  personRefs: ReadonlySet<string>,
  date: string,
  notes: string[],
): Team {
  let lead = team.lead;
  if (lead !== null && !personRefs.has(lead)) {
    notes.push(`${team.ref} is shown without a lead: ${lead} was not in the organization on ${date}.`);
    lead = null;
  }
  return {
    ...team,
    lead,
    interactions: team.interactions.filter(
      (interaction) =>
        teamRefs.has(interaction.with) &&
        interaction.since <= date &&
        (interaction.until === undefined || interaction.until >= date),
    ),
    cognitiveLoad: team.cognitiveLoad.filter((assessment) => assessment.date <= date),
    members: team.members.filter((member) => personRefs.has(member.person)),
  };
}
