/**
 * SLI counts for SLOs, kept compactly: one row per service, SLO and UTC day, holding the day's totals and
 * its 1,440 minutes packed into `bytea` (see slo.repo.ts for the layout). Totals answer the whole days of
 * a 28-day window without unpacking; the minutes serve the partial days and the short burn-rate windows.
 * Services are full references (`service:default/checkout-api`); SLOs are the names in services.yaml.
 */
import {
  customType,
  date,
  doublePrecision,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export const sloSliDays = pgTable(
  'slo_sli_days',
  {
    service: text('service').notNull(),
    slo: text('slo').notNull(),
    day: date('day', { mode: 'string' }).notNull(),
    good: doublePrecision('good').notNull(),
    valid: doublePrecision('valid').notNull(),
    /** Minutes of the day with a sample; the others are missing data. */
    presentMinutes: integer('present_minutes').notNull(),
    /** The latest minute of the day with a sample (0-1439). */
    lastMinute: integer('last_minute').notNull(),
    minutes: bytea('minutes').notNull(),
  },
  (t) => [primaryKey({ columns: [t.service, t.slo, t.day] })],
);

/** SLI files `sextant sync` imported, with a digest of their content, so an unchanged file is skipped. */
export const sloSliFiles = pgTable(
  'slo_sli_files',
  {
    service: text('service').notNull(),
    slo: text('slo').notNull(),
    file: text('file').notNull(),
    digest: text('digest').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true, mode: 'date' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.service, t.slo, t.file] })],
);
