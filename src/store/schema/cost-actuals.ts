/**
 * Imported cost actuals (`sextant budget import`), one row per `source:key`. The source names the file the
 * lines came from; the key is the line's own id column or, without one, its month, category, vendor and
 * description with an ordinal for identical lines, so importing the same file again changes nothing.
 */
import { sql } from 'drizzle-orm';
import { check, doublePrecision, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const costActuals = pgTable(
  'cost_actuals',
  {
    id: text('id').primaryKey(),
    source: text('source').notNull(),
    key: text('key').notNull(),
    /** `YYYY-MM`. */
    month: text('month').notNull(),
    category: text('category').notNull(),
    amount: doublePrecision('amount').notNull(),
    currency: text('currency').notNull(),
    vendor: text('vendor'),
    description: text('description'),
    /** Line of the file the row was read from, for drill-down. */
    line: integer('line'),
    ingestedAt: instant('ingested_at').notNull().defaultNow(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('cost_actuals_month_idx').on(t.month),
    index('cost_actuals_source_idx').on(t.source),
    check('cost_actuals_category_check', sql`${t.category} in ('headcount', 'cloud', 'licenses', 'vendors')`),
  ],
);
