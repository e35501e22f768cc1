/**
 * Survey responses: written per imported file (upserted by `survey:responseKey`, the file's former rows no
 * longer in it removed, so a corrected file corrects the store and a repeated import changes nothing) or
 * one at a time from the API; read per survey. Nothing here can name a respondent.
 */
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { SurveyResponse, TenureBand } from '../domain/survey.js';
import { surveyResponses } from './schema/index.js';
import type { StoreSession } from './store.js';
import { upsertChangedRowsCounted } from './upsert-changed.js';

export interface SurveyResponseCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
}

function toRow(response: SurveyResponse) {
  return {
    id: response.id,
    surveyId: response.surveyId,
    key: response.id.slice(response.surveyId.length + 1),
    source: response.source,
    submittedAt: response.submittedAt,
    team: response.team,
    tenure: response.tenure,
    answers: response.answers,
  };
}

/** Writes the rows one file holds for one survey, replacing what that file held before. */
export async function replaceSurveyResponseSource(
  store: StoreSession,
  surveyId: string,
  source: string,
  responses: readonly SurveyResponse[],
): Promise<SurveyResponseCounts> {
  const counts: SurveyResponseCounts = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  await store.transaction(async (tx) => {
    Object.assign(
      counts,
      await upsertChangedRowsCounted(tx, surveyResponses, responses.map(toRow), {
        compare: ['submittedAt', 'team', 'tenure', 'answers'],
        alsoSet: { updatedAt: sql`now()` },
      }),
    );
    const ids = responses.map((response) => response.id);
    const scope = and(eq(surveyResponses.surveyId, surveyId), eq(surveyResponses.source, source));
    const removed = await tx.db
      .delete(surveyResponses)
      .where(ids.length > 0 ? and(scope, notInArray(surveyResponses.id, ids)) : scope)
      .returning({ id: surveyResponses.id });
    counts.removed = removed.length;
  });
  return counts;
}

/** Adds one submitted response. */
export async function insertSurveyResponse(store: StoreSession, response: SurveyResponse): Promise<void> {
  await store.db.insert(surveyResponses).values(toRow(response));
}

/** The responses of the given surveys, in id order (never in submission order). */
export async function listSurveyResponses(
  store: StoreSession,
  surveyIds: readonly string[],
): Promise<SurveyResponse[]> {
  if (surveyIds.length === 0) return [];
  const rows = await store.db
    .select()
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, [...surveyIds]))
    .orderBy(surveyResponses.id);
  return rows.map((row) => ({
    id: row.id,
    surveyId: row.surveyId,
    submittedAt: row.submittedAt,
    team: row.team,
    tenure: row.tenure as TenureBand | null,
    answers: row.answers,
    source: row.source,
  }));
}

/** How many responses each survey has. */
export async function countSurveyResponses(store: StoreSession): Promise<Map<string, number>> {
  const rows = await store.db
    .select({ surveyId: surveyResponses.surveyId, n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .groupBy(surveyResponses.surveyId);
  return new Map(rows.map((row) => [row.surveyId, Number(row.n)]));
}
