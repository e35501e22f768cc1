/**
 * Cost actuals: written per source (one imported file) in one transaction, read by month. A source's rows
 * are replaced by what its file holds now: lines are upserted by `source:key` and lines no longer in the
 * file are removed, so a corrected file corrects the store and a repeated import changes nothing.
 */
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm';
import type { BudgetCategory, CostActual } from '../domain/budget.js';
import { costActuals } from './schema/index.js';
import type { StoreSession } from './store.js';
import { upsertChangedRowsCounted } from './upsert-changed.js';

export interface CostActualRow extends CostActual {
  line: number | null;
}

export interface CostActualCounts {
  inserted: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export async function replaceCostActualSource(
  store: StoreSession,
  source: string,
  rows: readonly CostActualRow[],
): Promise<CostActualCounts> {
  const counts: CostActualCounts = { inserted: 0, updated: 0, unchanged: 0, removed: 0 };
  const unique = [...new Map(rows.map((row) => [row.key, row])).values()];
  await store.transaction(async (tx) => {
    const rows = unique.map((row) => ({
      id: `${source}:${row.key}`,
      source,
      key: row.key,
      month: row.month,
      category: row.category,
      amount: row.amount,
      currency: row.currency,
      vendor: row.vendor,
      description: row.description,
      line: row.line,
    }));
    Object.assign(
      counts,
      await upsertChangedRowsCounted(tx, costActuals, rows, {
        compare: ['month', 'category', 'amount', 'currency', 'vendor', 'description', 'line'],
        alsoSet: { updatedAt: sql`now()` },
      }),
    );
    const keys = unique.map((row) => row.key);
    const stale = tx.db
      .delete(costActuals)
      .where(
        keys.length > 0
          ? and(eq(costActuals.source, source), notInArray(costActuals.key, keys))
          : eq(costActuals.source, source),
      )
      .returning({ id: costActuals.id });
    counts.removed = (await stale).length;
  });
  return counts;
}

/** The actuals booked in `months`, in month, category and source order. */
export async function listCostActuals(
  store: StoreSession,
  months: readonly string[],
): Promise<CostActualRow[]> {
  if (months.length === 0) return [];
  const rows = await store.db
    .select()
    .from(costActuals)
    .where(inArray(costActuals.month, [...months]))
    .orderBy(costActuals.month, costActuals.category, costActuals.source, costActuals.key);
  return rows.map((row) => ({
    source: row.source,
    key: row.key,
    month: row.month,
    category: row.category as BudgetCategory,
    amount: row.amount,
    currency: row.currency,
    vendor: row.vendor,
    description: row.description,
    line: row.line,
  }));
}
