/**
 * Imported applications and scorecards. A source (one export file) is written whole inside the caller's
 * transaction: rows are upserted by `source:key` (a row is rewritten only when it changed) and rows the
 * export no longer holds are removed, so a corrected export corrects the store and the same export again
 * changes nothing.
 */
import { and, eq, inArray, notInArray } from 'drizzle-orm';
import type { Application, Outcome, Scorecard } from '../domain/hiring.js';
import { hiringApplications, hiringScorecards } from './schema/index.js';
import type { StoreSession } from './store.js';
import { upsertChangedRows } from './upsert-changed.js';

export interface HiringWriteCounts {
  /** Rows inserted or changed. */
  written: number;
  removed: number;
}

export async function replaceHiringSource(
  store: StoreSession,
  source: string,
  data: { applications: readonly Application[]; scorecards: readonly Scorecard[] },
): Promise<HiringWriteCounts> {
  return store.transaction(async (tx) => {
    let written = await upsertChangedRows(
      tx,
      hiringApplications,
      data.applications.map((app) => ({
        id: app.id,
        source,
        key: app.key,
        positionId: app.positionId,
        candidate: app.candidate,
        channel: app.channel,
        appliedAt: new Date(app.appliedAt),
        stages: app.stages,
        outcome: app.outcome,
        offerExtendedAt: app.offerExtendedAt ? new Date(app.offerExtendedAt) : null,
        offerAcceptedAt: app.offerAcceptedAt ? new Date(app.offerAcceptedAt) : null,
      })),
      {
        compare: [
          'positionId',
          'candidate',
          'channel',
          'appliedAt',
          'stages',
          'outcome',
          'offerExtendedAt',
          'offerAcceptedAt',
        ],
      },
    );
    written += await upsertChangedRows(
      tx,
      hiringScorecards,
      data.scorecards.map((card) => ({
        id: card.id,
        source,
        key: card.key,
        applicationId: card.applicationId,
        interviewer: card.interviewer,
        interviewerName: card.interviewerName,
        stage: card.stage,
        ratings: card.ratings,
        overall: card.overall,
        submittedAt: card.submittedAt ? new Date(card.submittedAt) : null,
      })),
      {
        compare: [
          'applicationId',
          'interviewer',
          'interviewerName',
          'stage',
          'ratings',
          'overall',
          'submittedAt',
        ],
      },
    );
    const removed = async (table: typeof hiringApplications | typeof hiringScorecards, ids: string[]) =>
      (
        await tx.db
          .delete(table)
          .where(
            ids.length > 0
              ? and(eq(table.source, source), notInArray(table.id, ids))
              : eq(table.source, source),
          )
          .returning({ id: table.id })
      ).length;
    const removedCount =
      (await removed(
        hiringScorecards,
        data.scorecards.map((card) => card.id),
      )) +
      (await removed(
        hiringApplications,
        data.applications.map((app) => app.id),
      ));
    return { written, removed: removedCount };
  });
}

/** Every imported application, optionally of some positions only, in id order. */
export async function listApplications(
  store: StoreSession,
  filter: { positionIds?: readonly string[] } = {},
): Promise<Application[]> {
  if (filter.positionIds && filter.positionIds.length === 0) return [];
  const rows = await store.db
    .select()
    .from(hiringApplications)
    .where(filter.positionIds ? inArray(hiringApplications.positionId, [...filter.positionIds]) : undefined)
    .orderBy(hiringApplications.id);
  return rows.map((row) => ({
    id: row.id,
    source: row.source,
    key: row.key,
    positionId: row.positionId,
    candidate: row.candidate,
    channel: row.channel,
    appliedAt: row.appliedAt.toISOString(),
    stages: row.stages,
    outcome: row.outcome as Outcome,
    offerExtendedAt: row.offerExtendedAt?.toISOString() ?? null,
    offerAcceptedAt: row.offerAcceptedAt?.toISOString() ?? null,
  }));
}

/** Every imported scorecard, in application and id order. */
export async function listScorecards(store: StoreSession): Promise<Scorecard[]> {
  const rows = await store.db
    .select()
    .from(hiringScorecards)
    .orderBy(hiringScorecards.applicationId, hiringScorecards.id);
  return rows.map((row) => ({
    id: row.id,
    source: row.source,
    key: row.key,
    applicationId: row.applicationId,
    interviewer: row.interviewer,
    interviewerName: row.interviewerName,
    stage: row.stage,
    ratings: row.ratings,
    overall: row.overall,
    submittedAt: row.submittedAt?.toISOString() ?? null,
  }));
}
