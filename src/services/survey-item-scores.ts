/**
 * The DX scorecard's view of the survey (SurveyItemScores): the latest developer-experience round closed
 * on the day asked, one mean per rated item for the organization or one team, with the previous round's
 * mean beside it. Protected exactly like the results: a team is its cell of the team partition, decided
 * with its siblings; an item answered by fewer than the minimum is withheld.
 */

import { InputError } from '../domain/errors.js';
import { dateSchema } from '../domain/primitives.js';
import { type GroupFigure, MIN_GROUP_SIZE, type Viewer } from '../domain/privacy.js';
import { previousRound, roundsOf } from '../domain/survey.js';
import { isScaleItem } from '../metrics/people/survey-results.js';
import { countSurveyResponses } from '../store/index.js';
import { authorizePeople, type PeopleScope } from './access.service.js';
import type { AppContext } from './context.js';
import { localDay } from './survey-csv.js';
import { loadSurveys } from './survey-import.service.js';
import { computeSurveyResults, scopeName, wholeScope } from './survey-rounds.js';
import type { SurveyItemScore, SurveyItemScores } from './survey-scores.js';

export async function readSurveyItemScores(
  context: AppContext,
  viewer: Viewer,
  query: { team?: string; asOf?: string },
): Promise<SurveyItemScores> {
  const grant = await authorizePeople(context, viewer, 'surveys.results', {
    resource: 'dx survey item scores',
    detail: { ...query },
    reach: { team: query.team },
  });
  if (query.asOf !== undefined && !dateSchema.safeParse(query.asOf).success)
    throw new InputError('asOf is not a calendar date', [
      { path: 'asOf', found: query.asOf, expected: 'YYYY-MM-DD', message: 'not a calendar date' },
    ]);
  const asOf = query.asOf ?? localDay(new Date(), context.workspace.config.timezone);
  const surveys = await loadSurveys(context);
  const counts = await countSurveyResponses(context.store);
  const survey = roundsOf(surveys, 'dx')
    .filter((round) => round.closes < asOf && (counts.get(round.id) ?? 0) > 0)
    .at(-1);
  if (!survey) return { survey: null, scope: query.team ?? wholeScopeName(grant.scope), items: [] };
  const scope = query.team ? { team: query.team } : {};
  const results = await computeSurveyResults(context, grant, survey.id, scope);
  const previous = previousRound(surveys, survey);
  const before = previous
    ? (await computeSurveyResults(context, grant, previous.id, scope)).groups[0]
    : undefined;
  const group = results.groups[0];
  const items: SurveyItemScore[] = survey.items.filter(isScaleItem).map((item) => {
    const base = { id: item.id, text: item.text, area: item.area };
    const suppressed: GroupFigure<{ mean: number; previousMean: number | null }> = {
      kind: 'suppressed',
      reason: group?.figure.kind === 'suppressed' ? group.figure.reason : 'small-group',
      minimum: MIN_GROUP_SIZE,
    };
    if (group?.figure.kind !== 'shown') return { ...base, figure: suppressed };
    const figure = group.figure.items.find((candidate) => candidate.id === item.id)?.figure;
    if (figure?.kind !== 'value') return { ...base, figure: { ...suppressed, reason: 'small-group' } };
    const old =
      before?.figure.kind === 'shown'
        ? before.figure.items.find((candidate) => candidate.id === item.id)
        : undefined;
    const previousMean = old?.figure.kind === 'value' ? old.figure.mean : null;
    return { ...base, figure: { kind: 'shown', n: figure.answered, mean: figure.mean, previousMean } };
  });
  return {
    survey: { id: survey.id, title: survey.title, closes: survey.closes },
    scope: results.scope,
    items,
  };
}

const wholeScopeName = (scope: PeopleScope) => scopeName(wholeScope(scope));
