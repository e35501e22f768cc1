/**
 * Attrition and internal promotion figures (docs/people/attrition.md), under the reader's role.
 *
 * - Rates over the organization, per quarter and per team or tenure band need `people.aggregates`; every
 *   figure is a group figure: the whole scope and each quarter through guardGroup, the cells of a
 *   breakdown through guardPartition (a team with fewer than MIN_GROUP_SIZE people is suppressed, and
 *   more cells with it when needed so the hidden ones cannot be recovered from the total).
 * - The people behind a figure (their references) are individual data: they are added only on request
 *   (`records`), which needs `people.talent` as well.
 * - The list of leavers with names and reasons needs `people.talent`.
 * - A manager reads the figures of the teams they manage (`authorizePeople`): those teams as one group,
 *   shown only when the team breakdown shows each of them (guardUnion), and their cells of that breakdown.
 *   The tenure breakdown spans the organization and is refused to them.
 * The read is authorized and audited before people-private.yaml is read.
 */
import { z } from 'zod';
import { InputError } from '../domain/errors.js';
import {
  type GroupFigure,
  guardGroup,
  guardPartition,
  guardUnion,
  MIN_GROUP_SIZE,
  type Viewer,
} from '../domain/privacy.js';
import {
  type AttritionResult,
  computeAttrition,
  computeAttritionCells,
  LEAVER_KINDS,
  type LeaverKind,
  primaryTeam,
} from '../metrics/people/attrition.js';
import { type DayWindow, windowDays } from '../metrics/people/attrition-calendar.js';
import {
  byTenureBand,
  TENURE_BAND_LABELS,
  TENURE_BANDS,
  tenureBand,
} from '../metrics/people/attrition-tenure.js';
import { attritionTrend } from '../metrics/people/attrition-trend.js';
import {
  computePromotionRate,
  type PromotionResult,
  promotionTrend,
} from '../metrics/people/promotion-rate.js';
import { authorize, authorizePeople, mayRead, type PeopleScope } from './access.service.js';
import { buildPeopleFacts, type PeopleFacts, resolveWindow, teamLabel } from './attrition-facts.js';
import type { AppContext } from './context.js';

type PeopleContext = Pick<AppContext, 'workspace' | 'store'>;

const day = z.iso.date();
export const attritionQuerySchema = z.strictObject({
  from: day.optional(),
  to: day.optional(),
  by: z.enum(['team', 'tenure']).optional(),
  records: z.boolean().optional(),
});
export type AttritionQuery = z.input<typeof attritionQuerySchema>;
export type Breakdown = 'team' | 'tenure';

export interface LeaverFigure {
  count: number;
  annualizedRate: number;
  /** Present only when the records were asked for (and `people.talent` granted). */
  refs?: string[];
}

/**
 * Who left is public (people.yaml holds every last day); why is not. So the split of leavers into
 * regrettable, non-regrettable, voluntary and involuntary is given only to viewers with `people.talent`, who
 * may read each leaver's reason anyway: otherwise a window around one known last day would tell whether
 * that person's departure was regretted. Other viewers get `all` alone.
 */
export type AttritionFigure = {
  averageHeadcount: number;
  leavers: { all: LeaverFigure } & Partial<Record<LeaverKind, LeaverFigure>>;
};

export interface AttritionCell {
  key: string;
  label: string;
  figure: GroupFigure<AttritionFigure> | { kind: 'insufficient-data'; needs: string };
}

export interface AttritionSummary {
  window: DayWindow;
  days: number;
  minimum: number;
  /** Whose figures these are: `organization`, or `subtree:<team>` for the teams a manager manages. */
  covers: string;
  scope: AttritionCell['figure'];
  trend: { quarter: string; window: DayWindow; figure: AttritionCell['figure'] }[];
  breakdown: { by: Breakdown; cells: AttritionCell[] } | null;
}

/** Validates a query and its window; `today` decides the default window (the last twelve months). */
export function parseAttritionQuery(query: AttritionQuery, today: string) {
  const parsed = attritionQuerySchema.safeParse(query);
  if (!parsed.success)
    throw new InputError(
      'Invalid attrition query',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        message: issue.message,
        found: JSON.stringify((query as Record<string, unknown>)[String(issue.path[0])]),
        expected: issue.path[0] === 'by' ? 'team | tenure' : 'a day, YYYY-MM-DD',
      })),
    );
  const window = resolveWindow(parsed.data, today);
  if (window.from >= window.to)
    throw new InputError('The window is empty', [
      {
        path: 'from',
        found: `${window.from} to ${window.to}`,
        expected: 'from before to',
        message: 'empty window',
      },
    ]);
  return { ...parsed.data, window };
}

/** The facts of the organization and of the grant's scope, and how to guard a figure of that scope. */
interface ScopedFacts {
  all: PeopleFacts;
  /** The staff whose primary team is in the grant's scope: everyone, or a manager's teams. */
  mine: PeopleFacts;
  scope: PeopleScope;
}

/** Reads the facts after authorizing `people.aggregates` (and `people.talent` when records are asked for). */
async function readFacts(
  context: PeopleContext,
  viewer: Viewer,
  resource: string,
  query: Record<string, unknown>,
): Promise<ScopedFacts> {
  const reach = query.by === 'tenure' ? 'organization' : undefined;
  const grant = await authorizePeople(context, viewer, 'people.aggregates', {
    resource,
    detail: query,
    reach,
  });
  if (query.records || mayRead(viewer, 'people.talent'))
    await authorize(context, viewer, 'people.talent', { resource, detail: query });
  const all = buildPeopleFacts(context.workspace.model, await context.workspace.peoplePrivate());
  const { scope } = grant;
  if (scope.kind === 'organization') return { all, mine: all, scope };
  const staff = all.staff.filter((person) => scope.teams.has(primaryTeam(person) ?? 'none'));
  return { all, mine: { ...all, staff }, scope };
}

const coverage = (scope: PeopleScope) =>
  scope.kind === 'organization' ? 'organization' : `subtree:${scope.root}`;

/**
 * A figure of the grant's scope over `window`: the organization on its own, or a manager's teams as cells
 * of the organization's team breakdown, shown only when the breakdown shows each of them.
 */
function guardScoped<T>(
  context: PeopleContext,
  facts: ScopedFacts,
  window: DayWindow,
  people: number,
  build: () => T,
): GroupFigure<T> {
  const { scope } = facts;
  if (scope.kind === 'organization') return guardGroup(people, build);
  return guardUnion(partitionResults(context, facts.all, window, 'team'), scope.teams, build);
}

export async function attritionSummary(
  context: PeopleContext,
  viewer: Viewer,
  input: AttritionQuery,
  today: string,
): Promise<AttritionSummary> {
  const query = parseAttritionQuery(input, today);
  const facts = await readFacts(context, viewer, 'attrition', { ...input, ...query.window });
  const show: Shown = { records: query.records === true, classified: mayRead(viewer, 'people.talent') };
  const guard = (result: AttritionResult): AttritionCell['figure'] =>
    result.kind === 'value'
      ? guardScoped(context, facts, result.window, result.people, () => present(result, show))
      : { kind: 'insufficient-data', needs: result.needs };
  const inScope = (cell: AttritionCell) =>
    facts.scope.kind === 'organization' || facts.scope.teams.has(cell.key);
  return {
    window: query.window,
    days: windowDays(query.window),
    minimum: MIN_GROUP_SIZE,
    covers: coverage(facts.scope),
    scope: guard(computeAttrition(facts.mine, query.window)),
    trend: attritionTrend(facts.mine, query.window).map(({ quarter, result }) => ({
      quarter,
      window: result.window,
      figure: guard(result),
    })),
    breakdown: query.by
      ? { by: query.by, cells: breakDown(context, facts.all, query.window, query.by, show).filter(inScope) }
      : null,
  };
}

/** What a figure may hold for this viewer: the people behind it, and the split by kind of departure. */
interface Shown {
  records: boolean;
  classified: boolean;
}

function present(result: AttritionResult & { kind: 'value' }, show: Shown): AttritionFigure {
  const kinds = show.classified ? LEAVER_KINDS : (['all'] as const);
  const leavers = Object.fromEntries(
    kinds.map((kind) => {
      const { count, annualizedRate, refs } = result.leavers[kind];
      return [kind, { count, annualizedRate, ...(show.records ? { refs } : {}) }];
    }),
  ) as AttritionFigure['leavers'];
  return { averageHeadcount: result.averageHeadcount, leavers };
}

/** The cells of a breakdown in their order, each with the people on staff in it and its figure. */
function partitionResults(context: PeopleContext, facts: PeopleFacts, window: DayWindow, by: Breakdown) {
  const model = context.workspace.model;
  const results =
    by === 'team'
      ? computeAttritionCells(facts, window, (person) => primaryTeam(person) ?? 'none')
      : computeAttritionCells(facts, window, byTenureBand);
  const order =
    by === 'team' ? [...model.teams.map((team) => team.ref), 'none'] : [...TENURE_BANDS, 'unknown'];
  return order.flatMap((key) => {
    const result = results.get(key);
    return result?.kind === 'value' ? [{ key, n: result.people, result }] : [];
  });
}

/** The cells of a breakdown, protected together; every person-day is in exactly one cell. */
export function breakDown(
  context: PeopleContext,
  facts: PeopleFacts,
  window: DayWindow,
  by: Breakdown,
  show: Shown,
): AttritionCell[] {
  const model = context.workspace.model;
  const cells = partitionResults(context, facts, window, by);
  const label = (key: string) =>
    by === 'team'
      ? key === 'none'
        ? 'no team'
        : teamLabel(model, key)
      : TENURE_BAND_LABELS[key as keyof typeof TENURE_BAND_LABELS];
  return guardPartition(cells, (cell) => present(cell.result, show)).map(({ key, figure }) => ({
    key,
    label: label(key),
    figure,
  }));
}

export interface PromotionFigure {
  averageHeadcount: number;
  promotions: number;
  annualizedRate: number;
  refs?: string[];
}

export interface PromotionSummary {
  window: DayWindow;
  days: number;
  minimum: number;
  covers: string;
  scope: GroupFigure<PromotionFigure> | { kind: 'insufficient-data'; needs: string };
  trend: { quarter: string; window: DayWindow; figure: PromotionSummary['scope'] }[];
}

export async function promotionSummary(
  context: PeopleContext,
  viewer: Viewer,
  input: Omit<AttritionQuery, 'by'>,
  today: string,
): Promise<PromotionSummary> {
  const query = parseAttritionQuery(input, today);
  const facts = await readFacts(context, viewer, 'promotions', { ...input, ...query.window });
  const records = query.records === true;
  const guard = (result: PromotionResult): PromotionSummary['scope'] => {
    if (result.kind !== 'value') return { kind: 'insufficient-data', needs: result.needs };
    return guardScoped(context, facts, result.window, result.people, () => ({
      averageHeadcount: result.averageHeadcount,
      promotions: result.promotions,
      annualizedRate: result.annualizedRate,
      ...(records ? { refs: result.refs } : {}),
    }));
  };
  return {
    window: query.window,
    days: windowDays(query.window),
    minimum: MIN_GROUP_SIZE,
    covers: coverage(facts.scope),
    scope: guard(computePromotionRate(facts.mine, query.window)),
    trend: promotionTrend(facts.mine, query.window).map(({ quarter, result }) => ({
      quarter,
      window: result.window,
      figure: guard(result),
    })),
  };
}

export interface Leaver {
  ref: string;
  name: string;
  team: string | null;
  lastDay: string;
  tenureBand: string;
  regrettable: boolean | null;
  kind: 'voluntary' | 'involuntary' | null;
  reason: string | null;
}

/** The people who left in the window, with why: individual data, for `people.talent`. */
export async function listLeavers(
  context: PeopleContext,
  viewer: Viewer,
  input: Pick<AttritionQuery, 'from' | 'to'>,
  today: string,
): Promise<{ window: DayWindow; leavers: Leaver[] }> {
  const query = parseAttritionQuery(input, today);
  await authorize(context, viewer, 'people.talent', {
    resource: 'leavers',
    detail: { ...input, ...query.window },
  });
  const model = context.workspace.model;
  const facts = buildPeopleFacts(model, await context.workspace.peoplePrivate());
  const names = new Map(model.people.map((person) => [person.ref, person.displayName]));
  const leavers = facts.staff
    .filter(
      (person) => person.endDate && person.endDate >= query.window.from && person.endDate < query.window.to,
    )
    .map((person): Leaver => {
      const departure = facts.privateByRef.get(person.ref)?.departure ?? null;
      const team = primaryTeam(person);
      return {
        ref: person.ref,
        name: names.get(person.ref) ?? person.ref,
        team: team ? teamLabel(model, team) : null,
        lastDay: person.endDate as string,
        tenureBand: TENURE_BAND_LABELS[tenureBand(person.startDate, person.endDate as string)],
        regrettable: departure?.regrettable ?? null,
        kind: departure?.kind ?? null,
        reason: departure?.reason ?? null,
      };
    })
    .sort((a, b) => a.lastDay.localeCompare(b.lastDay) || a.ref.localeCompare(b.ref));
  return { window: query.window, leavers };
}
