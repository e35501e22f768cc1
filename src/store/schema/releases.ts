/**
 * What release management stores:
 * - `releases`: every release as the pure derivation (metrics/releases/derive.ts) made it, rebuilt whole
 *   after an ingest changed the records, so a read takes a window's rows instead of walking the commit
 *   graph. `release` holds the whole record; `related` the deployments that rolled it back or hotfixed it.
 * - `release_state`: which build of the metric facts the releases were derived with (`basis`); a
 *   different basis means the records or the workspace changed since, and the releases are rebuilt.
 * - `release_signoffs`: one sign-off per release and checklist item (who, when, a note). The id is
 *   `<release id>#<item>`, so signing the same item again replaces the earlier sign-off.
 * - `feature_flags`: flags imported from a CSV or JSON export, one per service and key, re-imports update in place.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

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

export const releaseRecords = pgTable(
  'releases',
  {
    /** The release's deployment id (`source:key`). */
    id: text('id').primaryKey(),
    service: text('service').notNull(),
    version: text('version').notNull(),
    /** When its deployment finished. */
    at: instant('at').notNull(),
    release: jsonb('release').notNull(),
    related: jsonb('related').notNull(),
  },
  (t) => [index('releases_at_idx').on(t.at), index('releases_service_version_idx').on(t.service, t.version)],
);

export const releaseState = pgTable('release_state', {
  id: text('id').primaryKey(),
  basis: text('basis').notNull(),
  builtAt: instant('built_at').notNull(),
  buildMs: integer('build_ms').notNull(),
  releases: integer('releases').notNull(),
});
