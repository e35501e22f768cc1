/**
 * The short briefing printed when Sextant starts: what organization is declared and what was observed.
 * It states facts only; judging them is the advisor's job.
 */

import { measureTeamSize } from '../assess/team-profile.js';
import type { OrgModel } from '../domain/model.js';
import { modelAsOf } from '../domain/model-as-of.js';
import type { RecordType } from '../domain/records/index.js';
import { TEAM_TYPES, type TeamType } from '../domain/team.js';
import { countRecords, recordSpan } from '../store/index.js';
import type { AppContext } from './context.js';

export interface TeamLine {
  ref: string;
  title: string;
  type: TeamType;
  headcount: number;
  /** Sum of member allocations. */
  fte: number;
  sizeRange: readonly [number, number];
  services: number;
}

export interface Briefing {
  org: string;
  timezone: string;
  teams: TeamLine[];
  teamsByType: Record<TeamType, number>;
  people: {
    total: number;
    managers: number;
    widestSpan: { manager: string; displayName: string; reports: number } | null;
  };
  services: { total: number; byTier: Record<string, number>; systems: number; domains: number };
  dependencies: { total: number; blockingOpen: number; overdue: string[] };
  records: { type: RecordType; count: number; from: string | null; to: string | null }[];
}

const OPEN_STATUSES = new Set(['not-started', 'in-progress']);

/** Pure part: the declared organization as seen on `today` (YYYY-MM-DD in the workspace time zone). */
export function summarizeModel(
  model: OrgModel,
  today: string,
): Omit<Briefing, 'org' | 'timezone' | 'records'> {
  const teamsByType = Object.fromEntries(TEAM_TYPES.map((type) => [type, 0])) as Record<TeamType, number>;
  const teams = model.teams.map((team): TeamLine => {
    teamsByType[team.type] += 1;
    const size = measureTeamSize(team);
    return {
      ref: team.ref,
      title: team.title,
      type: team.type,
      headcount: size.headcount,
      fte: size.fte,
      sizeRange: size.range,
      services: team.services.length,
    };
  });

  const reports = new Map<string, number>();
  for (const person of model.people) {
    if (person.manager) reports.set(person.manager, (reports.get(person.manager) ?? 0) + 1);
  }
  const displayNames = new Map(model.people.map((person) => [person.ref, person.displayName]));
  let widestSpan: Briefing['people']['widestSpan'] = null;
  for (const [manager, count] of reports) {
    if (!widestSpan || count > widestSpan.reports) {
      widestSpan = { manager, displayName: displayNames.get(manager) ?? manager, reports: count };
    }
  }

  const byTier: Record<string, number> = {};
  for (const service of model.services)
    byTier[`tier ${service.tier}`] = (byTier[`tier ${service.tier}`] ?? 0) + 1;

  const open = model.dependencies.filter((dependency) => OPEN_STATUSES.has(dependency.status));
  return {
    teams,
    teamsByType,
    people: { total: model.people.length, managers: reports.size, widestSpan },
    services: {
      total: model.services.length,
      byTier,
      systems: model.systems.length,
      domains: model.domains.length,
    },
    dependencies: {
      total: model.dependencies.length,
      blockingOpen: open.filter((dependency) => dependency.type === 'blocking').length,
      overdue: open
        .filter((dependency) => dependency.neededBy !== null && dependency.neededBy < today)
        .map((dependency) => dependency.ref),
    },
  };
}

/** Today's date in a time zone, as YYYY-MM-DD. */
export function dateInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

export async function buildBriefing(context: AppContext, now: Date): Promise<Briefing> {
  const { workspace, store } = context;
  const today = dateInZone(now, workspace.config.timezone);
  const [counts, spans] = await Promise.all([countRecords(store), recordSpan(store)]);
  const records = (Object.keys(counts) as RecordType[]).map((type) => ({
    type,
    count: counts[type],
    from: spans[type]?.from ?? null,
    to: spans[type]?.to ?? null,
  }));
  return {
    org: workspace.config.org.name,
    timezone: workspace.config.timezone,
    // As the organization stands today: people who have left and teams not yet formed are out.
    ...summarizeModel(modelAsOf(workspace.model, today).model, today),
    records,
  };
}
