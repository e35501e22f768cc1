import type { Person } from '../domain/person.js';
import type { Service } from '../domain/service.js';
import type { Team } from '../domain/team.js';

export function presentTeam(team: Team) {
  return {
    ref: team.ref,
    name: team.name,
    title: team.title,
    type: team.type,
    mission: team.mission,
    lead: team.lead,
    members: team.members,
    services: team.services,
    interactions: team.interactions,
    cognitiveLoad: team.cognitiveLoad,
    channels: team.channels,
    api: team.api,
    since: team.since,
    until: team.until,
  };
}

export function presentPerson(person: Person) {
  return {
    ref: person.ref,
    name: person.name,
    displayName: person.displayName,
    role: person.role,
    level: person.level,
    manager: person.manager,
    dottedLine: person.dottedLine,
    teams: person.teams,
    startDate: person.startDate,
    endDate: person.endDate,
    location: person.location,
  };
}

export function presentService(service: Service) {
  return { ...service };
}

export function presentList<T>(items: T[]) {
  return { items, total: items.length };
}
