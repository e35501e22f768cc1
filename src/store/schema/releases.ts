/**
 * What release management stores beyond the observed records. Releases themselves are derived from the
 * deployments, tags and commits on every read (see docs/releases.md), so only what people add is kept:
 * - `release_signoffs`: one sign-off per release and checklist item (who, when, a note). The id is
 *   `<release id>#<item>`, so signing the same item again replaces the earlier sign-off.
 * - `feature_flags`: flags imported from a CSV or JSON export, one per service and key, re-imports update in place.
 */
import { sql } from 'drizzle-orm';
import { check, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

const instant = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const releaseSignoffs = pgTable(
  'release_signoffs',
  {
    id: text('id').primaryKey(),
    releaseId: text('release_id').notNull(),
    item: text('item').notNull(),
    person: text('person').notNull(),
    signedAt: instant('signed_at').notNull(),
    note: text('note'),
  },
  (t) => [
    index('release_signoffs_release_idx').on(t.releaseId),
    index('release_signoffs_item_idx').on(t.item),
  ],
);

export const featureFlags = pgTable(
  'feature_flags',
  {
    id: text('id').primaryKey(),
    key: text('key').notNull(),
    service: text('service').notNull(),
    createdAt: instant('created_at').notNull(),
    removedAt: instant('removed_at'),
    owner: text('owner'),
    importedFrom: text('imported_from').notNull(),
    updatedAt: instant('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('feature_flags_service_idx').on(t.service),
    check('feature_flags_span_check', sql`${t.removedAt} is null or ${t.removedAt} >= ${t.createdAt}`),
  ],
);
