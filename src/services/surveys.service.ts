/**
 * Survey results for every interface. Each read asks `authorize` for the narrowest capability first
 * (`surveys.results` for figures, `surveys.open-text` for open answers, `surveys.respond` to answer) with
 * the survey and the query as detail, never the data. Figures come only from the protected scopes of
 * metrics/people/survey-scopes.ts: a group under the minimum, or one that would let a small group be
 * computed by subtraction, is withheld without its count.
 *
 * A manager reads results within the teams they manage (`authorizePeople`): their teams as one group for
 * the whole, one of them by filter, their cells of the team breakdown. Another team, and the tenure
 * breakdown (whose bands span the organization), are refused.
 */
import { ConflictError, InputError } from '../domain/errors.js';
import { type GroupFigure, guardGroup, guardUnion, MIN_GROUP_SIZE, type Viewer } from '../domain/privacy.js';
import {
  responseSubmissionSchema,
  roundsOf,
  SURVEY_KINDS,
  type Survey,
  type SurveyKind,
} from '../domain/survey.js';
import {
  type OpenText,
  partitionCells,
  type ScopedFigure,
  type SurveyRound,
  scopedOpenText,
  scopedResults,
} from '../metrics/people/survey-scopes.js';
import { insertSurveyResponse } from '../store/index.js';
import { authorize, authorizePeople } from './access.service.js';
import { checkAnswer, localDay, resolveTeam } from './survey-csv.js';
import { findSurvey, loadSurveys } from './survey-import.service.js';
import {
  type Context,
  computeSurveyResults,
  declaredTeams,
  header,
  type ResultsQuery,
  resolveTeamFilter,
  roundsWithResponses,
  type SurveyHeader,
  type SurveyListEntry,
  type SurveyResults,
  scopeName,
  wholeScope,
} from './survey-rounds.js';

export type { GroupSummary } from '../metrics/people/survey-results.js';

export { readSurveyItemScores } from './survey-item-scores.js';
export type { ResultsQuery, SurveyHeader, SurveyListEntry, SurveyResults } from './survey-rounds.js';

export async function listSurveys(context: Context, viewer: Viewer, now: Date): Promise<SurveyListEntry[]> {
  const grant = await authorizePeople(context, viewer, 'surveys.results', { resource: 'surveys' });
  const surveys = await loadSurveys(context);
  const today = localDay(now, context.workspace.config.timezone);
  const rounds = await roundsWithResponses(context, surveys);
  const scope = grant.scope;
  const teams = declaredTeams(context);
  return surveys.map((survey) => {
    const respondents = rounds.get(survey.id)?.respondents ?? [];
    return {
      ...header(survey),
      status: today < survey.opens ? 'upcoming' : today > survey.closes ? 'closed' : 'open',
      items: survey.items.length,
      respondents:
        scope.kind === 'organization'
          ? guardGroup(respondents.length, () => ({}))
          : guardUnion(partitionCells(respondents, 'team', teams), scope.teams, () => ({})),
    };
  });
}

export async function readSurveyResults(
  context: Context,
  viewer: Viewer,
  id: string,
  query: ResultsQuery,
  now: Date,
): Promise<SurveyResults> {
  const grant = await authorizePeople(context, viewer, 'surveys.results', {
    resource: `survey ${id} results`,
    detail: { ...query },
    reach: query.by === 'tenure' ? 'organization' : { team: query.team },
  });
  assertClosed(context, findSurvey(await loadSurveys(context), id), now);
  return computeSurveyResults(context, grant, id, query);
}

/**
 * Results are shown once a survey has closed. While it is open, two reads a moment apart would differ by
 * the answers given in between, and one new answer could be told apart by subtraction.
 */
function assertClosed(context: Context, survey: Survey, now: Date): void {
  const today = localDay(now, context.workspace.config.timezone);
  if (today <= survey.closes)
    throw new ConflictError(
      `The results of ${survey.id} are shown once it has closed (after ${survey.closes}); while it is open, each new answer would show as a difference`,
    );
}

export interface SurveyOpenText {
  survey: SurveyHeader;
  scope: string;
  minimum: number;
  figure: GroupFigure<OpenText>;
}

export async function readSurveyOpenText(
  context: Context,
  viewer: Viewer,
  id: string,
  query: { team?: string | undefined },
  now: Date,
): Promise<SurveyOpenText> {
  await authorize(context, viewer, 'surveys.open-text', {
    resource: `survey ${id} open answers`,
    detail: { ...query },
  });
  const survey = findSurvey(await loadSurveys(context), id);
  assertClosed(context, survey, now);
  const scope = query.team
    ? { kind: 'team' as const, team: resolveTeamFilter(context, query.team) }
    : { kind: 'org' as const };
  const round = (await roundsWithResponses(context, [survey])).get(survey.id) as SurveyRound;
  const cell = scopedOpenText(round, scope, declaredTeams(context));
  return {
    survey: header(survey),
    scope: scopeName(scope),
    minimum: MIN_GROUP_SIZE,
    figure: cell?.figure ?? { kind: 'suppressed', reason: 'small-group', minimum: MIN_GROUP_SIZE },
  };
}

export interface SurveyTrend {
  kind: SurveyKind;
  minimum: number;
  rounds: { survey: SurveyHeader; figure: ScopedFigure['figure'] }[];
}

/**
 * Every closed round of a kind, oldest first, each for the whole organization with its change where both
 * rounds show it.
 */
export async function readSurveyTrend(
  context: Context,
  viewer: Viewer,
  kind: string,
  now: Date,
): Promise<SurveyTrend> {
  const grant = await authorizePeople(context, viewer, 'surveys.results', {
    resource: `${kind} survey trend`,
    detail: { kind },
  });
  if (!(SURVEY_KINDS as readonly string[]).includes(kind))
    throw new InputError(`Unknown survey kind "${kind}"`, [
      { path: 'kind', found: kind, expected: SURVEY_KINDS.join(' | '), message: 'unknown kind' },
    ]);
  const today = localDay(now, context.workspace.config.timezone);
  const rounds = roundsOf(await loadSurveys(context), kind as SurveyKind).filter(
    (survey) => survey.closes < today,
  );
  const data = await roundsWithResponses(context, rounds);
  const teams = declaredTeams(context);
  const scope = wholeScope(grant.scope);
  return {
    kind: kind as SurveyKind,
    minimum: MIN_GROUP_SIZE,
    rounds: rounds.map((survey, index) => {
      const before = index > 0 ? (data.get(rounds[index - 1]?.id ?? '') ?? null) : null;
      const [whole] = scopedResults(data.get(survey.id) as SurveyRound, before, scope, teams);
      return { survey: header(survey), figure: (whole as ScopedFigure).figure };
    }),
  };
}

/**
 * Every protected figure of a survey: the organization, then by team, then by tenure band; for a manager,
 * their teams as one group, then each of them.
 */
export async function readSurveyExport(
  context: Context,
  viewer: Viewer,
  id: string,
  format: 'csv' | 'json',
  now: Date,
): Promise<{ survey: SurveyHeader; minimum: number; sections: SurveyResults[] }> {
  const grant = await authorizePeople(context, viewer, 'surveys.results', {
    resource: `survey ${id} export`,
    detail: { format },
  });
  assertClosed(context, findSurvey(await loadSurveys(context), id), now);
  const sections = [
    await computeSurveyResults(context, grant, id, {}),
    await computeSurveyResults(context, grant, id, { by: 'team' }),
    ...(grant.scope.kind === 'organization'
      ? [await computeSurveyResults(context, grant, id, { by: 'tenure' })]
      : []),
  ];
  return { survey: (sections[0] as SurveyResults).survey, minimum: MIN_GROUP_SIZE, sections };
}

/**
 * Stores one response submitted through the API, only while the survey is open. It keeps the day of the
 * submission, not the time: a time could be matched with other logs to find who answered.
 */
export async function submitSurveyResponse(
  context: Context,
  viewer: Viewer,
  id: string,
  body: unknown,
  now: Date,
): Promise<{ survey: string; accepted: true }> {
  await authorize(context, viewer, 'surveys.respond', { resource: `survey ${id}`, detail: { survey: id } });
  const survey = findSurvey(await loadSurveys(context), id);
  const today = localDay(now, context.workspace.config.timezone);
  if (today < survey.opens || today > survey.closes)
    throw new ConflictError(
      `Survey "${id}" takes answers from ${survey.opens} to ${survey.closes}; today is ${today}`,
    );
  const parsed = responseSubmissionSchema.safeParse(body);
  if (!parsed.success)
    throw new InputError(
      'The body must be { team, tenure?, answers: { itemId: value } }',
      parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
    );
  const { team: teamText, tenure, answers } = parsed.data;
  const team = resolveTeam(teamText, new Set(declaredTeams(context)));
  const issues = team
    ? []
    : [
        {
          path: 'team',
          found: teamText,
          expected: 'a team declared in model/teams.yaml',
          message: 'unknown team',
        },
      ];
  const stored: Record<string, number | string> = {};
  for (const [itemId, value] of Object.entries(answers)) {
    const item = survey.items.find((candidate) => candidate.id === itemId);
    const checked = item ? checkAnswer(item, String(value)) : undefined;
    const wrongType = item && (item.type === 'text') !== (typeof value === 'string');
    if (!item || !checked || checked.value === undefined || wrongType)
      issues.push({
        path: `answers.${itemId}`,
        found: JSON.stringify(value),
        expected: item
          ? (checked?.expected ?? (item.type === 'text' ? 'a text' : 'a number'))
          : `an item of ${id}: ${survey.items.map((candidate) => candidate.id).join(', ')}`,
        message: item ? 'answer outside the item' : 'unknown item',
      });
    else stored[itemId] = checked.value;
  }
  if (issues.length > 0 || !team) throw new InputError('The response was not stored', issues);
  await insertSurveyResponse(context.store, {
    id: `${survey.id}:api-${crypto.randomUUID()}`,
    surveyId: survey.id,
    submittedAt: new Date(`${today}T12:00:00Z`),
    team,
    tenure: tenure ?? null,
    answers: stored,
    source: 'api',
  });
  return { survey: survey.id, accepted: true };
}
