/**
 * Hiring use cases (docs/people/hiring.md). Group figures (the plan, time to fill, the funnel and sources)
 * need `hiring.pipeline` and are shown only for groups of at least MIN_GROUP_SIZE applications: a funnel
 * filtered to a position or team is one cell of the breakdown by positions or teams, decided with its
 * siblings, and each stage and source is one cell of its own breakdown. Individual candidates, their
 * scorecards and interviewer calibration (which names interviewers) need `hiring.candidates`.
 *
 * A manager reads the plan and the funnel of the teams they manage (`authorizePeople`): the plan holds their
 * teams' positions; the funnel is their teams' applications as one group, shown only when the breakdown by
 * team shows each of them, or one of their teams or positions. The sources span the organization's
 * pipeline and are refused to them.
 */
import { NotFoundError } from '../domain/errors.js';
import type { Application, Position } from '../domain/hiring.js';
import { type GroupFigure, guardGroup, guardPartition, guardUnion, type Viewer } from '../domain/privacy.js';
import { toRefString } from '../domain/refs.js';
import { computeCalibration, type InterviewerCalibration } from '../metrics/people/hiring-calibration.js';
import {
  computeFunnel,
  computeOfferAcceptance,
  computeSources,
  findBottleneck,
  inWindow,
} from '../metrics/people/hiring-funnel.js';
import { computeTimeToFill, summarizePlan } from '../metrics/people/hiring-plan.js';
import { listApplications, listScorecards } from '../store/index.js';
import { authorize, authorizePeople, type PeopleScope } from './access.service.js';
import type { AppContext } from './context.js';

export interface WindowQuery {
  asOf?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** The day `now` falls on (UTC) unless asked for another, and the window: the year up to and including it. */
function resolveWindow(query: WindowQuery, now: Date): { asOf: string; from: string; to: string } {
  const asOf = query.asOf ?? now.toISOString().slice(0, 10);
  const next = new Date(Date.parse(`${asOf}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const yearBefore = new Date(Date.parse(`${next}T00:00:00Z`) - 365 * 86_400_000).toISOString().slice(0, 10);
  return { asOf, from: query.from ?? yearBefore, to: query.to ?? next };
}

export async function hiringPlan(context: AppContext, viewer: Viewer, query: WindowQuery, now: Date) {
  const grant = await authorizePeople(context, viewer, 'hiring.pipeline', {
    resource: 'hiring plan',
    detail: { ...query },
  });
  const { hiring } = await context.workspace.governance();
  const positions = hiring.positions.filter((position) => covers(grant.scope, position.team));
  const window = resolveWindow(query, now);
  const applications = await listApplications(context.store);
  const acceptedOn = new Map<string, string>();
  for (const app of applications)
    if (app.offerAcceptedAt && app.outcome === 'hired')
      acceptedOn.set(app.positionId, app.offerAcceptedAt.slice(0, 10));
  return {
    ...window,
    covers: coverage(grant.scope),
    ...summarizePlan(positions, window, window.asOf),
    timeToFill: computeTimeToFill(positions, acceptedOn),
    positions: positions.map(presentPosition),
  };
}

const covers = (scope: PeopleScope, team: string) => scope.kind === 'organization' || scope.teams.has(team);
const coverage = (scope: PeopleScope) =>
  scope.kind === 'organization' ? 'organization' : `subtree:${scope.root}`;

export interface FunnelQuery extends WindowQuery {
  position?: string | undefined;
  team?: string | undefined;
}

export async function hiringFunnel(context: AppContext, viewer: Viewer, query: FunnelQuery, now: Date) {
  const { hiring } = await context.workspace.governance();
  // A position reaches its team, and is what the funnel is filtered to when one is given (selectScope).
  const positionTeam = hiring.positions.find((position) => position.id === query.position)?.team;
  const grant = await authorizePeople(context, viewer, 'hiring.pipeline', {
    resource: 'hiring funnel',
    detail: { ...query },
    reach: { team: query.position ? positionTeam : query.team },
  });
  const window = resolveWindow(query, now);
  const all = inWindow(await listApplications(context.store), window);
  const scope = selectScope(all, hiring.positions, query, grant.scope);
  const funnel = computeFunnel(scope.applications, hiring.stages);
  const result = guardScope(scope, () => {
    const stages = guardPartition(
      funnel.map((stage) => ({ key: stage.stage, n: stage.reached, stage })),
      ({ stage }) => ({
        conversion: stage.conversion,
        medianDaysInStage: stage.medianDaysInStage,
        inStage: stage.inStage,
      }),
    );
    const bottleneck = findBottleneck(funnel);
    const bottleneckShown =
      bottleneck.kind === 'value' &&
      stages.find((cell) => cell.key === bottleneck.stage)?.figure.kind === 'shown';
    const offered = scope.applications.filter((app) => app.offerExtendedAt !== null).length;
    return {
      stages: stages.map(({ key, figure }) => ({ stage: key, figure })),
      bottleneck:
        bottleneck.kind === 'value' && !bottleneckShown ? { kind: 'suppressed' as const } : bottleneck,
      offerAcceptance: guardGroup(offered, () => ({ rate: computeOfferAcceptance(scope.applications) })),
    };
  });
  return { ...window, scope: scope.label, stageOrder: hiring.stages, funnel: result };
}

export async function hiringSources(context: AppContext, viewer: Viewer, query: WindowQuery, now: Date) {
  await authorize(context, viewer, 'hiring.pipeline', { resource: 'hiring sources', detail: { ...query } });
  const { hiring } = await context.workspace.governance();
  const window = resolveWindow(query, now);
  const rows = computeSources(inWindow(await listApplications(context.store), window), hiring.stages);
  const cells = guardPartition(
    rows.map((row) => ({ key: row.source, n: row.applications, row })),
    ({ row }) => ({ reachedLoop: row.reachedLoop, hires: row.hires, hireRate: row.hireRate }),
  );
  return { ...window, sources: cells.map(({ key, figure }) => ({ source: key, figure })) };
}

export async function listCandidates(
  context: AppContext,
  viewer: Viewer,
  query: { position?: string | undefined },
) {
  await authorize(context, viewer, 'hiring.candidates', {
    resource: 'hiring candidates',
    detail: { ...query },
  });
  const { hiring } = await context.workspace.governance();
  if (query.position && !hiring.positions.some((position) => position.id === query.position))
    throw new NotFoundError(`No position "${query.position}" in registers/hiring.yaml`);
  const applications = await listApplications(
    context.store,
    query.position ? { positionIds: [query.position] } : {},
  );
  const scorecards = await listScorecards(context.store);
  const names = displayNames(context);
  return {
    candidates: applications.map((app) => ({
      ...app,
      scorecards: scorecards
        .filter((card) => card.applicationId === app.id)
        .map((card) => ({
          stage: card.stage,
          interviewer: card.interviewer
            ? (names.get(card.interviewer) ?? card.interviewer)
            : card.interviewerName,
          interviewerRef: card.interviewer,
          overall: card.overall,
          ratings: card.ratings,
          submittedAt: card.submittedAt,
        })),
    })),
  };
}

export async function interviewerCalibration(context: AppContext, viewer: Viewer) {
  await authorize(context, viewer, 'hiring.candidates', { resource: 'hiring interviewer calibration' });
  const names = displayNames(context);
  const calibration = computeCalibration(await listScorecards(context.store));
  return {
    interviewers: calibration.map((row: InterviewerCalibration) => ({
      ...row,
      name: row.interviewer.startsWith('name:')
        ? row.interviewer.slice(5)
        : (names.get(row.interviewer) ?? row.interviewer),
      matched: !row.interviewer.startsWith('name:'),
    })),
  };
}

interface Scope {
  label: string;
  applications: Application[];
  /** The cells of the breakdown the filter belongs to; null for the whole pipeline. */
  cells: { key: string; n: number }[] | null;
  key: string | null;
  /** The cells a manager's teams make up together, when the scope is those teams. */
  keys?: ReadonlySet<string>;
}

function selectScope(
  all: Application[],
  positions: readonly Position[],
  query: FunnelQuery,
  people: PeopleScope,
): Scope {
  const teamOf = new Map(positions.map((position) => [position.id, position.team]));
  if (query.position) {
    if (!teamOf.has(query.position))
      throw new NotFoundError(`No position "${query.position}" in registers/hiring.yaml`);
    return {
      label: `position ${query.position}`,
      applications: all.filter((app) => app.positionId === query.position),
      cells: positions.map((position) => ({
        key: position.id,
        n: all.filter((app) => app.positionId === position.id).length,
      })),
      key: query.position,
    };
  }
  if (query.team) {
    const team = toRefString(query.team, 'team');
    const teams = [...new Set(positions.map((position) => position.team))];
    if (!teams.includes(team))
      throw new NotFoundError(`No position of the hiring plan is on team "${query.team}"`);
    return {
      label: `team ${team}`,
      applications: all.filter((app) => teamOf.get(app.positionId) === team),
      cells: teams.map((key) => ({ key, n: all.filter((app) => teamOf.get(app.positionId) === key).length })),
      key: team,
    };
  }
  if (people.kind === 'subtree') {
    const teams = [...new Set(positions.map((position) => position.team))];
    return {
      label: `positions of subtree:${people.root}`,
      applications: all.filter((app) => people.teams.has(teamOf.get(app.positionId) ?? '')),
      cells: teams.map((key) => ({ key, n: all.filter((app) => teamOf.get(app.positionId) === key).length })),
      key: null,
      keys: people.teams,
    };
  }
  return { label: 'all positions', applications: all, cells: null, key: null };
}

function guardScope<T>(scope: Scope, build: () => T): GroupFigure<T> {
  if (!scope.cells) return guardGroup(scope.applications.length, build);
  if (scope.keys) return guardUnion(scope.cells, scope.keys, build);
  const cell = guardPartition(scope.cells, () => ({})).find((item) => item.key === scope.key);
  if (!cell || cell.figure.kind === 'suppressed')
    return cell?.figure.kind === 'suppressed' ? cell.figure : guardGroup(0, build);
  return { kind: 'shown', n: scope.applications.length, ...build() };
}

function displayNames(context: AppContext): Map<string, string> {
  return new Map(context.workspace.model.people.map((person) => [person.ref, person.displayName]));
}

function presentPosition(position: Position) {
  return { ...position };
}
