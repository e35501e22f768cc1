/**
 * The survey and developer-experience sections of the advisor's people part: the latest closed round of
 * each kind for the organization, the latest DX round by team, and the DX scorecard. Only figures the
 * survey services show (at least MIN_GROUP_SIZE respondents) are kept.
 */
import type { DxFacts, SurveyFacts, SurveyGroupFacts } from '../../advisor/snapshot-people.js';
import { LOCAL_OPERATOR } from '../../domain/privacy.js';
import type { AppContext } from '../context.js';
import { readDxScorecard } from '../dx-scorecard.service.js';
import { type GroupSummary, listSurveys, readSurveyResults, readSurveyTrend } from '../surveys.service.js';
import { orNull } from './read-part.js';

const viewer = LOCAL_OPERATOR;
/** Record ids kept per figure: enough to find the data, not the whole sample. */
const RECORDS_KEPT = 10;

/** People on staff on a day (start and last day both included). */
export function staffOn(context: AppContext, day: string): number {
  return context.workspace.model.people.filter(
    (person) =>
      (person.startDate === null || person.startDate <= day) &&
      (person.endDate === null || person.endDate >= day),
  ).length;
}

function groupOf(
  scope: string,
  figure: { kind: string } & Partial<{ n: number } & GroupSummary>,
): SurveyGroupFacts | null {
  if (figure.kind !== 'shown' || figure.n === undefined || !figure.items) return null;
  return {
    scope,
    respondents: figure.n,
    items: figure.items.flatMap((item) =>
      item.figure.kind === 'value'
        ? [
            {
              id: item.id,
              text: item.text,
              area: item.area ?? null,
              mean: item.figure.mean,
              answered: item.figure.answered,
              change: item.figure.change,
            },
          ]
        : [],
    ),
  };
}

export async function readSurveys(context: AppContext, now: Date): Promise<SurveyFacts | null> {
  const list = await listSurveys(context, viewer, now);
  const closed = list.filter((survey) => survey.status === 'closed');
  if (closed.length === 0) return null;
  const latest = (kind: string) =>
    closed.filter((survey) => survey.kind === kind).sort((a, b) => (a.closes < b.closes ? 1 : -1))[0];
  const [enps, pulse, dx] = await Promise.all([
    orNull(() => readSurveyTrend(context, viewer, 'enps', now)),
    orNull(() => readSurveyTrend(context, viewer, 'pulse', now)),
    orNull(() => readSurveyTrend(context, viewer, 'dx', now)),
  ]);
  const latestDx = latest('dx');
  const dxTeams = latestDx
    ? await orNull(() => readSurveyResults(context, viewer, latestDx.id, { by: 'team' }, now))
    : null;
  const last = <T>(rounds: readonly T[] | undefined) => rounds?.[rounds.length - 1];
  const enpsRound = last(enps?.rounds);
  const enpsFigure = enpsRound?.figure.kind === 'shown' ? enpsRound.figure.enps : null;
  const pulseRound = last(pulse?.rounds);
  const pulseOrg = pulseRound ? groupOf('org', pulseRound.figure) : null;
  const dxRound = last(dx?.rounds);
  return {
    participation: closed.flatMap((survey) =>
      survey.respondents.kind === 'shown'
        ? [
            {
              id: survey.id,
              kind: survey.kind,
              title: survey.title,
              closes: survey.closes,
              respondents: survey.respondents.n,
              staff: staffOn(context, survey.closes),
            },
          ]
        : [],
    ),
    enps:
      enpsRound && enpsFigure?.kind === 'value' && enpsRound.figure.kind === 'shown'
        ? {
            ...roundRef(enpsRound.survey),
            respondents: enpsFigure.answered,
            score: enpsFigure.score,
            change: enpsFigure.change,
          }
        : null,
    pulse: pulseRound && pulseOrg ? { ...roundRef(pulseRound.survey), org: pulseOrg } : null,
    dx: dxRound
      ? {
          ...roundRef(dxRound.survey),
          org: groupOf('org', dxRound.figure),
          teams: (dxTeams?.groups ?? []).flatMap((group) => {
            const facts = groupOf(group.key, group.figure);
            return facts ? [facts] : [];
          }),
        }
      : null,
  };
}

function roundRef(survey: { id: string; title: string; closes: string }) {
  return { id: survey.id, title: survey.title, closes: survey.closes };
}

export async function readDx(context: AppContext, asOf: string, now: Date): Promise<DxFacts | null> {
  const card = await readDxScorecard(context, viewer, { asOf }, now);
  return {
    window: card.window,
    survey: card.survey?.id ?? null,
    areas: card.rows.map((row) => ({
      area: row.area,
      measure: row.metric
        ? {
            id: row.metric.id,
            label: row.metric.label,
            status: row.metric.status,
            target: row.metric.target,
            unit: row.metric.unit,
            value: row.metric.measured.kind === 'value' ? row.metric.measured.value : null,
            n: row.metric.measured.n,
            recordIds:
              row.metric.measured.kind === 'value'
                ? row.metric.measured.recordIds.slice(0, RECORDS_KEPT)
                : [],
          }
        : null,
      survey: { kind: row.survey.kind, mean: 'mean' in row.survey ? row.survey.mean : null },
      reading: row.reading.kind,
      readingText: row.reading.text,
    })),
  };
}
