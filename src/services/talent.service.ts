/**
 * The talent review for the interfaces: the performance × potential grid, named succession of critical
 * roles, one person's talent profile, and the succession coverage ratio.
 *
 * Who may see what (src/domain/privacy.ts): anything that names a person's box, calibration notes,
 * successors or flight risk needs `people.talent`; the coverage ratio names nobody and counts roles, so
 * `people.aggregates` is enough, and it is shown only over at least MIN_GROUP_SIZE roles, so a small set
 * of roles cannot be read back to one holder. Every read is authorized (and audited) before
 * people-private.yaml is opened.
 */
import { assessFlightRisk, type FlightRisk } from '../assess/talent/flight-risk.js';
import {
  type AxisSource,
  type BoxDefinition,
  buildTalentGrid,
  type Placement,
} from '../assess/talent/grid.js';
import {
  assessRoleSuccession,
  assessSuccessionCoverage,
  type SuccessionCoverage,
  type SuccessionStatus,
} from '../assess/talent/succession.js';
import { InputError, NotFoundError } from '../domain/errors.js';
import { type GroupFigure, guardGroup, type Viewer } from '../domain/privacy.js';
import { toRefString } from '../domain/refs.js';
import type { Band, Readiness, TalentReview } from '../domain/talent.js';
import { authorize } from './access.service.js';
import type { AppContext } from './context.js';

export type { SuccessionCoverage } from '../assess/talent/succession.js';

export type TalentContext = Pick<AppContext, 'workspace' | 'store'>;

export interface PersonName {
  ref: string;
  name: string;
}

export interface TalentGridView {
  cycle: { id: string; date: string } | null;
  ratingsSource: TalentReview['ratingsSource'];
  team: string | null;
  boxes: (BoxDefinition & { people: PersonName[] })[];
  unplaced: { person: PersonName; reasons: string[] }[];
  unmappedRatings: { rating: string; people: number }[];
}

export interface RoleSuccessionView {
  id: string;
  title: string;
  holder: PersonName;
  services: string[];
  status: SuccessionStatus;
  readyNow: PersonName[];
  inOneToTwoYears: PersonName[];
}

export interface SuccessionView {
  roles: RoleSuccessionView[];
  coverage: SuccessionCoverage;
}

export interface TalentProfile {
  person: PersonName;
  placement:
    | {
        kind: 'placed';
        box: { id: string; name: string; advice: string };
        performance: { band: Band; source: AxisSource; rating: string | null };
        potential: { band: Band; source: AxisSource };
      }
    | { kind: 'unplaced'; reasons: string[] };
  flightRisk: (FlightRisk & { level: 'high' }) | { level: Band | null };
  calibration: {
    cycle: string;
    date: string;
    performance: Band | null;
    potential: Band | null;
    notes: string;
  }[];
  holds: { role: string; title: string; status: SuccessionStatus }[];
  couldSucceed: { role: string; title: string; holder: PersonName; readiness: Readiness }[];
}

export async function readTalentGrid(
  context: TalentContext,
  viewer: Viewer,
  query: { team?: string },
): Promise<TalentGridView> {
  await authorize(context, viewer, 'people.talent', { resource: 'talent grid', detail: { ...query } });
  const team = query.team === undefined ? null : resolveTeam(context, query.team);
  const { review, entries } = await loadTalentFacts(context);
  const members = team ? teamMembers(context, team) : null;
  const inScope = (person: string) => members === null || members.has(person);
  const grid = buildTalentGrid({
    people: entries.filter((entry) => inScope(entry.person)),
    ratings: review.ratings,
    cycles: review.cycles.map((cycle) => ({
      ...cycle,
      calibration: cycle.calibration.filter((entry) => inScope(entry.person)),
    })),
  });
  const name = namer(context);
  return {
    cycle: grid.cycle,
    ratingsSource: review.ratingsSource,
    team,
    boxes: grid.boxes.map((box) => ({ ...box, people: box.people.map(name) })),
    unplaced: grid.placements.flatMap((placement) =>
      placement.kind === 'unplaced' ? [{ person: name(placement.person), reasons: placement.reasons }] : [],
    ),
    unmappedRatings: grid.unmappedRatings,
  };
}

export async function readSuccession(context: TalentContext, viewer: Viewer): Promise<SuccessionView> {
  await authorize(context, viewer, 'people.talent', { resource: 'succession plan' });
  const review = (await context.workspace.governance()).talentReview;
  const name = namer(context);
  return {
    roles: review.criticalRoles.map((role) => {
      const succession = assessRoleSuccession(role);
      return {
        id: succession.id,
        title: succession.title,
        holder: name(succession.holder),
        services: succession.services,
        status: succession.status,
        readyNow: succession.readyNow.map(name),
        inOneToTwoYears: succession.inOneToTwoYears.map(name),
      };
    }),
    coverage: assessSuccessionCoverage(review.criticalRoles),
  };
}

/** The coverage ratio alone, counted over critical roles: no names, an aggregate figure. */
export async function readSuccessionCoverage(
  context: TalentContext,
  viewer: Viewer,
): Promise<{ coverage: GroupFigure<{ coverage: SuccessionCoverage }> }> {
  await authorize(context, viewer, 'people.aggregates', { resource: 'succession coverage' });
  const roles = (await context.workspace.governance()).talentReview.criticalRoles;
  return { coverage: guardGroup(roles.length, () => ({ coverage: assessSuccessionCoverage(roles) })) };
}

export async function readTalentProfile(
  context: TalentContext,
  viewer: Viewer,
  personText: string,
): Promise<TalentProfile> {
  await authorize(context, viewer, 'people.talent', {
    resource: 'talent profile',
    detail: { person: personText },
  });
  const person = resolvePerson(context, personText);
  const { review, entries } = await loadTalentFacts(context);
  const name = namer(context);
  const grid = buildTalentGrid({ people: entries, ratings: review.ratings, cycles: review.cycles });
  const placement = grid.placements.find((candidate) => candidate.person === person);
  const entry = entries.find((candidate) => candidate.person === person);
  const [risk] = assessFlightRisk({
    people: entry ? [entry] : [],
    roles: review.criticalRoles,
    performance: performanceBands(grid.placements),
  });
  return {
    person: name(person),
    placement: toPlacementView(placement),
    flightRisk: risk ? { ...risk, level: 'high' } : { level: entry?.flightRisk ?? null },
    calibration: [...review.cycles].reverse().flatMap((cycle) =>
      cycle.calibration
        .filter((calibration) => calibration.person === person)
        .map((calibration) => ({
          cycle: cycle.id,
          date: cycle.date,
          performance: calibration.performance,
          potential: calibration.potential,
          notes: calibration.notes,
        })),
    ),
    holds: review.criticalRoles
      .filter((role) => role.holder === person)
      .map((role) => ({ role: role.id, title: role.title, status: assessRoleSuccession(role).status })),
    couldSucceed: review.criticalRoles.flatMap((role) =>
      role.successors
        .filter((successor) => successor.person === person)
        .map((successor) => ({
          role: role.id,
          title: role.title,
          holder: name(role.holder),
          readiness: successor.readiness,
        })),
    ),
  };
}

function toPlacementView(placement: Placement | undefined): TalentProfile['placement'] {
  if (!placement) return { kind: 'unplaced', reasons: ['no-rating', 'no-potential'] };
  if (placement.kind === 'unplaced') return { kind: 'unplaced', reasons: placement.reasons };
  const { id, name, advice } = placement.box;
  return {
    kind: 'placed',
    box: { id, name, advice },
    performance: placement.performance,
    potential: placement.potential,
  };
}

/** Each placed person's performance band, after calibration. */
export function performanceBands(placements: readonly Placement[]): Map<string, Band> {
  return new Map(
    placements.flatMap((placement) =>
      placement.kind === 'placed' ? [[placement.person, placement.performance.band] as const] : [],
    ),
  );
}

/**
 * The register and the private entries; call only after `authorize` granted an individual capability.
 * People with a last day in people.yaml (gone, or leaving) are not reviewed: their entries and their
 * calibration are left out, so the grid and flight risk speak of the people who stay.
 */
export async function loadTalentFacts(context: TalentContext) {
  const current = new Set(
    context.workspace.model.people.filter((person) => person.endDate === null).map((person) => person.ref),
  );
  const register = (await context.workspace.governance()).talentReview;
  const review: TalentReview = {
    ...register,
    cycles: register.cycles.map((cycle) => ({
      ...cycle,
      calibration: cycle.calibration.filter((entry) => current.has(entry.person)),
    })),
  };
  const entries = (await context.workspace.peoplePrivate())
    .filter((entry) => current.has(entry.person))
    .map((entry) => ({
      person: entry.person,
      rating: entry.performance?.rating ?? null,
      potential: entry.potential,
      flightRisk: entry.flightRisk,
    }));
  return { review, entries };
}

export function namer(context: TalentContext): (ref: string) => PersonName {
  const names = new Map(context.workspace.model.people.map((person) => [person.ref, person.displayName]));
  return (ref) => ({ ref, name: names.get(ref) ?? ref });
}

function resolveTeam(context: TalentContext, text: string): string {
  const ref = parseRef(text, 'team');
  if (!context.workspace.model.teams.some((team) => team.ref === ref))
    throw new NotFoundError(`No team ${ref} in the workspace (model/teams.yaml)`);
  return ref;
}

function resolvePerson(context: TalentContext, text: string): string {
  const ref = parseRef(text, 'person');
  if (!context.workspace.model.people.some((person) => person.ref === ref))
    throw new NotFoundError(`No person ${ref} in the workspace (model/people.yaml)`);
  return ref;
}

function parseRef(text: string, kind: 'team' | 'person'): string {
  try {
    return toRefString(text, kind);
  } catch (error) {
    throw new InputError(`Invalid ${kind}`, [
      {
        path: kind,
        message: (error as Error).message,
        found: JSON.stringify(text),
        expected: `a ${kind} name`,
      },
    ]);
  }
}

/** A team's members and its lead. */
function teamMembers(context: TalentContext, team: string): Set<string> {
  const members = new Set(
    context.workspace.model.people
      .filter((person) => person.teams.some((membership) => membership.team === team))
      .map((person) => person.ref),
  );
  const lead = context.workspace.model.teams.find((candidate) => candidate.ref === team)?.lead;
  if (lead) members.add(lead);
  return members;
}
