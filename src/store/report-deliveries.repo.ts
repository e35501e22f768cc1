/**
 * The delivery log of scheduled reports (schema/report-deliveries.ts). One row per schedule, period and
 * target; a later attempt for the same key updates the row, so the log never holds duplicates.
 */
import { and, desc, eq, ne, sql } from 'drizzle-orm';
import { reportDeliveries } from './schema/report-deliveries.js';
import type { StoreSession } from './store.js';

export interface DeliveryRow {
  schedule: string;
  period: string;
  target: string;
  status: 'sent' | 'failed';
  attempts: number;
  attemptedAt: Date;
  sentAt: Date | null;
  error: string | null;
}

export async function listPeriodDeliveries(
  store: StoreSession,
  schedule: string,
  period: string,
): Promise<DeliveryRow[]> {
  const rows = await store.db
    .select()
    .from(reportDeliveries)
    .where(and(eq(reportDeliveries.schedule, schedule), eq(reportDeliveries.period, period)));
  return rows as DeliveryRow[];
}

/** Records one attempt: a new row, or the same key's row updated with the attempt counted. */
export async function recordDeliveryAttempt(
  store: StoreSession,
  attempt: {
    schedule: string;
    period: string;
    target: string;
    status: 'sent' | 'failed';
    at: Date;
    error: string | null;
  },
): Promise<void> {
  const sentAt = attempt.status === 'sent' ? attempt.at : null;
  await store.db
    .insert(reportDeliveries)
    .values({
      schedule: attempt.schedule,
      period: attempt.period,
      target: attempt.target,
      status: attempt.status,
      attempts: 1,
      attemptedAt: attempt.at,
      sentAt,
      error: attempt.error,
    })
    .onConflictDoUpdate({
      target: [reportDeliveries.schedule, reportDeliveries.period, reportDeliveries.target],
      set: {
        status: attempt.status,
        attempts: sql`${reportDeliveries.attempts} + 1`,
        attemptedAt: attempt.at,
        sentAt,
        error: attempt.error,
      },
    });
}

/**
 * When the schedule last delivered a period other than `period`: the start of "since the last digest"
 * (a retry of the same period keeps the same start).
 */
export async function readLastSentAt(
  store: StoreSession,
  schedule: string,
  period: string,
): Promise<Date | null> {
  const [row] = await store.db
    .select({ sentAt: reportDeliveries.sentAt })
    .from(reportDeliveries)
    .where(
      and(
        eq(reportDeliveries.schedule, schedule),
        eq(reportDeliveries.status, 'sent'),
        ne(reportDeliveries.period, period),
      ),
    )
    .orderBy(desc(reportDeliveries.sentAt))
    .limit(1);
  return row?.sentAt ?? null;
}

/** The rows of the period the schedule attempted most recently; empty before its first run. */
export async function listLatestDeliveries(store: StoreSession, schedule: string): Promise<DeliveryRow[]> {
  const [latest] = await store.db
    .select({ period: reportDeliveries.period })
    .from(reportDeliveries)
    .where(eq(reportDeliveries.schedule, schedule))
    .orderBy(desc(reportDeliveries.attemptedAt))
    .limit(1);
  return latest ? listPeriodDeliveries(store, schedule, latest.period) : [];
}
