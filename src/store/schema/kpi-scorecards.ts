/**
 * The stored KPI scorecard and the data generation it is keyed by.
 *
 * - `data_generation` is one counter that triggers raise whenever a statement changes a table the figures
 *   are read from (records, incident lifecycle, on-call, SLIs, costs, vulnerabilities, releases' own inputs,
 *   people tables). The triggers are created by migration 0023 and listed in `store/data-generation.ts`;
 *   derived tables (metric facts, rollups), the advisor's and the audit's own tables are left out.
 * - `kpi_scorecards` keeps the role-independent cards of one as-of day under the version they were
 *   computed for (generation, workspace digest, code version, the day they were computed on). A read
 *   whose version differs recomputes; it never serves cards of other data.
 */
import { bigint, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const dataGeneration = pgTable('data_generation', {
  id: integer('id').primaryKey(),
  generation: bigint('generation', { mode: 'number' }).notNull(),
});

export const kpiScorecards = pgTable('kpi_scorecards', {
  /** The last local day the cards read, YYYY-MM-DD. */
  asOf: text('as_of').primaryKey(),
  /** `g<generation> w<workspace digest> c<code version> d<day computed on>`: what the cards answer for. */
  version: text('version').notNull(),
  /** The cards, in catalog order, as `KpiCard` objects. */
  cards: jsonb('cards').notNull(),
  computedAt: timestamp('computed_at', { withTimezone: true, mode: 'date' }).notNull(),
  computeMs: integer('compute_ms').notNull(),
});
