/**
 * The demo organization as it was declared a month before Customer Care was formed: the model files a
 * first commit of the demo workspace holds, so as-of views read from git history show the organization
 * before the reorganization. Customer Care's people and services were then part of fulfilment; people
 * hired since were not yet in the files, and the engineer who later left had no end date.
 */
import type { SystemInput } from './catalog.js';
import { SYSTEMS } from './catalog.js';
import type { DemoOrg } from './org.js';
import { NEW_TEAM, TEAM_AGES } from './teams.js';
import { addDays } from './time.js';
import { type DataFile, type DemoFile, writeYamlFiles } from './yaml-files.js';

/** The team Customer Care's people and services belonged to before it was formed. */
export const FORMED_FROM = 'fulfilment';

export interface DemoHistory {
  /** The day of the first commit, a month before the reorganization, `YYYY-MM-DD`. */
  earlierDate: string;
  /** sextant.yaml and the model files as declared that day. */
  earlierFiles: DemoFile[];
  /** The day the new team was formed: the model files as generated are committed then. */
  reorganizedOn: string;
  /** The day the data ends: everything else is committed then. */
  asOf: string;
}

export function buildEarlierModel(org: DemoOrg, asOf: string, dataFiles: readonly DataFile[]): DemoHistory {
  const reorganizedOn = addDays(asOf, -(TEAM_AGES[NEW_TEAM] ?? 0));
  const date = addDays(reorganizedOn, -30);
  const fold = (team: string) => (team === NEW_TEAM ? FORMED_FROM : team);
  const services = org.services.map((service) => ({ ...service, owner: fold(service.owner) }));
  const earlier: DemoOrg = {
    ...org,
    teams: org.teams
      .filter((team) => team.name !== NEW_TEAM)
      .map((team) => ({
        ...team,
        services: services.filter((service) => service.owner === team.name).map((service) => service.name),
        interactions: (team.interactions ?? []).filter(
          (interaction) => interaction.with !== NEW_TEAM && interaction.since <= date,
        ),
        cognitiveLoad: (team.cognitiveLoad ?? []).filter((assessment) => assessment.date <= date),
      })),
    people: org.people
      .filter((person) => person.startDate <= date)
      .map((person) => {
        const teams = new Map<string, number>();
        for (const { team, allocation } of person.teams)
          teams.set(fold(team), (teams.get(fold(team)) ?? 0) + allocation);
        const { endDate: _left, ...rest } = person;
        return { ...rest, teams: [...teams].map(([team, allocation]) => ({ team, allocation })) };
      }),
    services,
    dependencies: org.dependencies.filter(
      (dependency) => dependency.provider !== NEW_TEAM && dependency.consumer !== NEW_TEAM,
    ),
  };
  const systems: SystemInput[] = SYSTEMS.map((system) => ({ ...system, owner: fold(system.owner) }));
  const files = writeYamlFiles(earlier, date, dataFiles, systems).filter(
    (file) => file.path === 'sextant.yaml' || file.path.startsWith('model/'),
  );
  return { earlierDate: date, earlierFiles: files, reorganizedOn, asOf };
}
