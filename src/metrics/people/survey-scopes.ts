/**
 * Which groups of respondents a survey result may show, and their figures. Pure.
 *
 * The whole survey is one group, shown at MIN_GROUP_SIZE respondents or more (guardGroup). A breakdown is a
 * partition (every respondent in exactly one cell: one per team, or one per tenure band plus "not given"),
 * protected as a whole with guardPartition, so the cells hidden together always hold none or at least the
 * minimum and the organization's total minus the shown cells never isolates a small group. A team filter
 * is that team's cell of the team partition, decided with its siblings, so "the organization" and "the
 * organization without a team" can never be subtracted into a group under the minimum either.
 *
 * A change against the previous round is given only where both rounds show the figure for the same group.
 */
import {
  type GroupFigure,
  guardGroup,
  guardPartition,
  guardUnion,
  MIN_GROUP_SIZE,
} from '../../domain/privacy.js';
import { type Survey, TENURE_BANDS } from '../../domain/survey.js';
import {
  type GroupSummary,
  openAnswers,
  type RespondentAnswers,
  summarizeGroup,
  withChange,
} from './survey-results.js';

export const BREAKDOWNS = ['team', 'tenure'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];

/** The tenure cell of respondents who did not give a band: part of the partition so the cells add up. */
export const TENURE_NOT_GIVEN = 'not-given';

/**
 * The whole survey, one team's cell, a breakdown, or several teams' cells as one group (a manager's teams,
 * named `key`): shown only when the team partition shows each of those cells (guardUnion).
 */
export type SurveyScope =
  | { kind: 'org' }
  | { kind: 'team'; team: string }
  | { kind: 'by'; by: Breakdown }
  | { kind: 'teams'; key: string; teams: readonly string[] };

/** One round's definition and its respondents. */
export interface SurveyRound {
  survey: Pick<Survey, 'kind' | 'items'>;
  respondents: readonly RespondentAnswers[];
}

export interface ScopedFigure<T = GroupSummary> {
  /** `org`, a team reference or a tenure band. */
  key: string;
  figure: GroupFigure<T>;
}

interface Cell {
  key: string;
  n: number;
  respondents: RespondentAnswers[];
}

/**
 * The cells of a breakdown, in a fixed order: every declared team (then any other team answers name),
 * or every tenure band then "not given". Empty cells are kept: they describe no one.
 */
export function partitionCells(
  respondents: readonly RespondentAnswers[],
  by: Breakdown,
  teams: readonly string[],
): Cell[] {
  const keyOf = (respondent: RespondentAnswers) =>
    by === 'team' ? respondent.team : (respondent.tenure ?? TENURE_NOT_GIVEN);
  const keys =
    by === 'team'
      ? [...teams, ...new Set(respondents.map(keyOf).filter((key) => !teams.includes(key)))]
      : [...TENURE_BANDS, TENURE_NOT_GIVEN];
  return keys.map((key) => {
    const members = respondents.filter((respondent) => keyOf(respondent) === key);
    return { key, n: members.length, respondents: members };
  });
}

/** Decides which groups are shown and builds `build` for each, without any change against a round. */
function protectScope<T>(
  respondents: readonly RespondentAnswers[],
  scope: SurveyScope,
  teams: readonly string[],
  build: (respondents: readonly RespondentAnswers[]) => T,
  minimum: number,
): ScopedFigure<T>[] {
  if (scope.kind === 'org')
    return [{ key: 'org', figure: guardGroup(respondents.length, () => build(respondents), minimum) }];
  if (scope.kind === 'teams') {
    const members = new Set(scope.teams);
    const cells = partitionCells(respondents, 'team', teams);
    const inScope = respondents.filter((respondent) => members.has(respondent.team));
    return [{ key: scope.key, figure: guardUnion(cells, members, () => build(inScope), minimum) }];
  }
  const by = scope.kind === 'team' ? 'team' : scope.by;
  const cells = guardPartition(
    partitionCells(respondents, by, teams),
    (cell) => build(cell.respondents),
    minimum,
  );
  return scope.kind === 'team' ? cells.filter((cell) => cell.key === scope.team) : cells;
}

/** The figures of a scope of one round, with their change against the previous round where both show. */
export function scopedResults(
  current: SurveyRound,
  previous: SurveyRound | null,
  scope: SurveyScope,
  teams: readonly string[],
  minimum = MIN_GROUP_SIZE,
): ScopedFigure[] {
  const summarize = (round: SurveyRound) => (respondents: readonly RespondentAnswers[]) =>
    summarizeGroup(round.survey, respondents, minimum);
  const now = protectScope(current.respondents, scope, teams, summarize(current), minimum);
  if (!previous) return now;
  const before = new Map(
    protectScope(previous.respondents, scope, teams, summarize(previous), minimum).map((cell) => [
      cell.key,
      cell.figure,
    ]),
  );
  return now.map((cell) => {
    const old = before.get(cell.key);
    if (cell.figure.kind !== 'shown' || old?.kind !== 'shown') return cell;
    const { kind, n, ...summary } = cell.figure;
    const { kind: _kind, n: _n, ...oldSummary } = old;
    return { key: cell.key, figure: { kind, n, ...withChange(summary, oldSummary) } };
  });
}

export interface OpenText {
  items: { id: string; text: string; answers: string[] }[];
}

/**
 * Open answers of the organization or of one team's cell, only when that group is shown, sorted and
 * without any attribute of who wrote them.
 */
export function scopedOpenText(
  current: SurveyRound,
  scope: { kind: 'org' } | { kind: 'team'; team: string },
  teams: readonly string[],
  minimum = MIN_GROUP_SIZE,
): ScopedFigure<OpenText> | undefined {
  return protectScope(
    current.respondents,
    scope,
    teams,
    (respondents) => ({ items: openAnswers(current.survey, respondents) }),
    minimum,
  )[0];
}
