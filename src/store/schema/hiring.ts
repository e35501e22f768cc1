/**
 * Applications and interview scorecards imported from applicant tracking system exports, one row per
 * `source:key` so importing the same export again changes nothing. Stage history and ratings are kept
 * as JSON lists because they are always read whole, with their application or scorecard.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const hiringApplications = pgTable(
  'hiring_applications',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    key: text('key').notNull(),
    positionId: text('position_id').notNull(),
    candidate: text('candidate').notNull(),
    channel: text('channel').notNull(),
    appliedAt: instant('applied_at').notNull(),
    /** `[{ stage, enteredAt }]` in pipeline order. */
    stages: jsonb('stages').$type<{ stage: string; enteredAt: string }[]>().notNull(),
    outcome: text('outcome').notNull(),
    offerExtendedAt: instant('offer_extended_at'),
    offerAcceptedAt: instant('offer_accepted_at'),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
  },
  (t) => [
    index('hiring_applications_source_idx').on(t.source),
    index('hiring_applications_position_idx').on(t.positionId),
    check(
      'hiring_applications_outcome_check',
      sql`${t.outcome} in ('active', 'hired', 'rejected', 'withdrawn', 'offer-declined')`,
    ),
  ],
);

export const hiringScorecards = pgTable(
  'hiring_scorecards',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    key: text('key').notNull(),
    applicationId: text('application_id').notNull(),
    /** Person reference when the interviewer matched someone in people.yaml. */
    interviewer: text('interviewer'),
    /** The tracker's name for an interviewer who matched no one. */
    interviewerName: text('interviewer_name'),
    stage: text('stage').notNull(),
    /** Dimension id → rating 1–4. */
    ratings: jsonb('ratings').$type<Record<string, number>>().notNull(),
    overall: integer('overall'),
    submittedAt: instant('submitted_at'),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
  },
  (t) => [
    index('hiring_scorecards_source_idx').on(t.source),
    index('hiring_scorecards_application_idx').on(t.applicationId),
    check('hiring_scorecards_overall_check', sql`${t.overall} is null or ${t.overall} between 1 and 4`),
  ],
);
