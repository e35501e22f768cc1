/**
 * Survey responses, anonymous by construction: no column can hold who answered. A response keeps only the
 * groups its results are broken down by (team, tenure band) and its answers. Imported rows are keyed
 * `survey:responseKey`, so importing the same file again changes nothing; a response submitted through the
 * API gets a random key.
 */
import { sql } from 'drizzle-orm';
import { check, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { TENURE_BANDS } from '../../domain/survey.js';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const bandList = sql.raw(TENURE_BANDS.map((band) => `'${band}'`).join(', '));

export const surveyResponses = pgTable(
  'survey_responses',
  {
    /** `survey:responseKey`. */
    id: text('id').primaryKey(),
    surveyId: text('survey_id').notNull(),
    /** The response's key within its survey: the CSV's response_id, or `api-<random>`. */
    key: text('key').notNull(),
    /** `import:<file name>` or `api`. */
    source: text('source').notNull(),
    submittedAt: instant('submitted_at').notNull(),
    /** Full team reference. */
    team: text('team').notNull(),
    tenure: text('tenure'),
    /** Item id → a number on the item's scale, or an open answer. */
    answers: jsonb('answers').notNull().$type<Record<string, number | string>>(),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('survey_responses_survey_idx').on(t.surveyId),
    check('survey_responses_tenure_check', sql`${t.tenure} is null or ${t.tenure} in (${bandList})`),
  ],
);
