/**
 * A team's subtree: the team itself and every team led by someone who reports to its lead, directly or
 * further down, following `manager` in people.yaml. Teams declare no parent of their own; the reporting
 * lines are the organization's hierarchy, so a director's engineering manager leads a team below the team
 * the director leads. The subtree's people are the members of its teams. Pure.
 */
import type { OrgModel } from './model.js';

export interface TeamSubtree {
  /** The team the subtree hangs from. */
  root: string;
  /** The root first, then the teams below it in reference order. */
  teams: string[];
  /** The members of those teams, in reference order. */
  people: string[];
}

/** The subtree of the declared team `root` (a full reference); a team without a lead is its own subtree. */
export function teamSubtree(model: Pick<OrgModel, 'teams' | 'people'>, root: string): TeamSubtree {
  const lead = model.teams.find((team) => team.ref === root)?.lead ?? null;
  const below = lead === null ? new Set<string>() : reportsBelow(model.people, lead);
  const teams = [
    root,
    ...model.teams
      .filter((team) => team.ref !== root && team.lead !== null && below.has(team.lead))
      .map((team) => team.ref)
      .sort(),
  ];
  const inSubtree = new Set(teams);
  const people = new Set(
    model.teams
      .filter((team) => inSubtree.has(team.ref))
      .flatMap((team) => team.members.map((member) => member.person)),
  );
  return { root, teams, people: [...people].sort() };
}

/** Everyone who reports to `lead` on the line, at any depth; a cycle in the lines ends the walk. */
function reportsBelow(people: OrgModel['people'], lead: string): Set<string> {
  const reportsOf = new Map<string, string[]>();
  for (const person of people) {
    if (person.manager === null) continue;
    const reports = reportsOf.get(person.manager);
    if (reports) reports.push(person.ref);
    else reportsOf.set(person.manager, [person.ref]);
  }
  const found = new Set<string>();
  const queue = [...(reportsOf.get(lead) ?? [])];
  while (queue.length > 0) {
    const person = queue.shift() as string;
    if (person === lead || found.has(person)) continue;
    found.add(person);
    queue.push(...(reportsOf.get(person) ?? []));
  }
  return found;
}
