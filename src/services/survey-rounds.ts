/**
 * What every survey read shares: the definitions with their stored responses as rounds, the declared teams
 * a team partition is made of, and the protected results of one scope. Nothing here authorizes: the use
 * cases in surveys.service.ts and survey-item-scores.ts do, and hand in their grant, whose scope the
 * results keep to (a manager's teams: their union as the whole, and only their cells of a breakdown).
 */
import { InputError } from '../domain/errors.js';
import { type GroupFigure, MIN_GROUP_SIZE } from '../domain/privacy.js';
import { previousRound, type Survey, type SurveyKind, type SurveyResponse } from '../domain/survey.js';
import type { RespondentAnswers } from '../metrics/people/survey-results.js';
import {
  type Breakdown,
  type ScopedFigure,
  type SurveyRound,
  type SurveyScope,
  scopedResults,
} from '../metrics/people/survey-scopes.js';
import { listSurveyResponses } from '../store/index.js';
import type { PeopleGrant, PeopleScope } from './access.service.js';
import type { AppContext } from './context.js';
import { resolveTeam } from './survey-csv.js';
import { findSurvey, loadSurveys } from './survey-import.service.js';

export interface SurveyHeader {
  id: string;
  kind: SurveyKind;
  title: string;
  opens: string;
  closes: string;
}

export interface SurveyListEntry extends SurveyHeader {
  status: 'upcoming' | 'open' | 'closed';
  items: number;
  /** How many answered, for the whole survey only, and only at the minimum group size or more. */
  respondents: GroupFigure<Record<never, never>>;
}

export interface SurveyResults {
  survey: SurveyHeader;
  previous: SurveyHeader | null;
  /** `org`, `team:<ref>` or `by:<team|tenure>`. */
  scope: string;
  minimum: number;
  groups: ScopedFigure[];
}

export type Context = Pick<AppContext, 'workspace' | 'store'>;

export const header = (survey: Survey): SurveyHeader => ({
  id: survey.id,
  kind: survey.kind,
  title: survey.title,
  opens: survey.opens,
  closes: survey.closes,
});

const toRespondent = (response: SurveyResponse): RespondentAnswers => ({
  team: response.team,
  tenure: response.tenure,
  answers: response.answers,
});

export function declaredTeams(context: Context): string[] {
  return context.workspace.model.teams.map((team) => team.ref).sort();
}

export async function roundsWithResponses(
  context: Context,
  surveys: readonly Survey[],
): Promise<Map<string, SurveyRound>> {
  const responses = await listSurveyResponses(
    context.store,
    surveys.map((survey) => survey.id),
  );
  return new Map(
    surveys.map((survey) => [
      survey.id,
      {
        survey,
        respondents: responses.filter((response) => response.surveyId === survey.id).map(toRespondent),
      },
    ]),
  );
}

/** A team filter as written, resolved against the declared teams. */
export function resolveTeamFilter(context: Context, team: string): string {
  const ref = resolveTeam(team, new Set(declaredTeams(context)));
  if (!ref)
    throw new InputError(`Unknown team "${team}"`, [
      { path: 'team', found: team, expected: 'a team declared in model/teams.yaml', message: 'unknown team' },
    ]);
  return ref;
}

export interface ResultsQuery {
  team?: string | undefined;
  by?: Breakdown | undefined;
}

/** The scope the query names; undefined for the caller's whole scope. */
function scopeOf(context: Context, query: ResultsQuery): SurveyScope | undefined {
  if (query.team && query.by)
    throw new InputError('Ask for one team or for a breakdown, not both', [
      {
        path: 'team',
        found: query.team,
        expected: 'either a team or a breakdown (by)',
        message: 'both given',
      },
    ]);
  if (query.team) return { kind: 'team', team: resolveTeamFilter(context, query.team) };
  if (query.by) return { kind: 'by', by: query.by };
  return undefined;
}

export const scopeName = (scope: SurveyScope) =>
  scope.kind === 'org'
    ? 'org'
    : scope.kind === 'team'
      ? scope.team
      : scope.kind === 'teams'
        ? scope.key
        : `by:${scope.by}`;

/** The group a grant covers when no team is asked for: the organization, or a manager's teams as one. */
export function wholeScope(people: PeopleScope): SurveyScope {
  return people.kind === 'organization'
    ? { kind: 'org' }
    : { kind: 'teams', key: `subtree:${people.root}`, teams: [...people.teams] };
}

/** The results of one scope of a survey, within what the caller's grant covers. */
export async function computeSurveyResults(
  context: Context,
  grant: PeopleGrant<'surveys.results'>,
  id: string,
  query: ResultsQuery,
): Promise<SurveyResults> {
  const surveys = await loadSurveys(context);
  const survey = findSurvey(surveys, id);
  const people = grant.scope;
  const scope = scopeOf(context, query) ?? wholeScope(people);
  // Under a manager's grant only their teams' groups leave: their union, or their own cells of a team
  // filter or a breakdown (a tenure band is none of them).
  const keep = (group: ScopedFigure) =>
    people.kind === 'organization' || scope.kind === 'teams' || people.teams.has(group.key);
  const previous = previousRound(surveys, survey);
  const rounds = await roundsWithResponses(context, previous ? [survey, previous] : [survey]);
  const current = rounds.get(survey.id) as SurveyRound;
  const before = previous ? (rounds.get(previous.id) ?? null) : null;
  return {
    survey: header(survey),
    previous: previous ? header(previous) : null,
    scope: scopeName(scope),
    minimum: MIN_GROUP_SIZE,
    groups: scopedResults(current, before, scope, declaredTeams(context)).filter(keep),
  };
}
