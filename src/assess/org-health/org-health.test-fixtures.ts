/**
 * Builds the inputs of the org health rule tests: members, commit counts and the whole rule input, on top
 * of the shared entity builders it re-exports (names short: `buildTeam('a')` is `team:default/a`).
 * Test-only: no product code imports this file.
 */
import { personRef, serviceRef } from '../../domain/model.test-fixtures.js';
import type { Team } from '../../domain/team.js';
import type { OrgHealthInput, ServiceCommits } from './types.js';

export {
  buildDependency,
  buildPerson,
  buildService,
  buildTeam,
  personRef,
  serviceRef,
  teamRef,
} from '../../domain/model.test-fixtures.js';

/** `count` members named `<team>-0`, `<team>-1` …, each fully allocated. */
export function buildMembers(team: string, count: number): Team['members'] {
  return Array.from({ length: count }, (_, i) => ({ person: personRef(`${team}-${i}`), allocation: 1 }));
}

/** `commits` commits by `person` (a short name, or null for an unmatched author) to service `service`. */
export function buildCommits(person: string | null, service: string, commits: number): ServiceCommits {
  const author = `${person ?? 'stranger'}@example.com`;
  return {
    author,
    person: person === null ? null : personRef(person),
    service: serviceRef(service),
    commits,
    recordIds: Array.from({ length: Math.min(commits, 3) }, (_, i) => `git:${person}-${service}-${i}`),
  };
}

export function buildInput(
  overrides: Partial<OrgHealthInput> & Partial<OrgHealthInput['model']> = {},
): OrgHealthInput {
  const { teams = [], people = [], services = [], dependencies = [], ...rest } = overrides;
  return {
    model: { teams, people, services, dependencies },
    asOf: '2026-11-23',
    windowDays: 90,
    commits: [],
    pages: [],
    knowledge: [],
    ...rest,
  };
}
