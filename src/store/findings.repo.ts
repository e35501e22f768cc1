/** The advisor's findings and runs: read them, write a run's changes, write one finding's transition. */
import { desc, eq, gte, inArray, sql } from 'drizzle-orm';
import type { RuleError } from '../advisor/engine.js';
import type { RunCounts, StoredFinding } from '../advisor/lifecycle.js';
import type { FindingDraft, FindingSeverity, FindingStatus } from '../advisor/types.js';
import type { Capability } from '../domain/privacy.js';
import { advisorRuns, findings } from './schema/findings.js';
import type { StoreSession } from './store.js';

export interface AdvisorRunRow {
  id: number;
  asOf: string;
  startedAt: Date;
  finishedAt: Date;
  counts: RunCounts & { rules: number; droppedWithoutEvidence: number; merged: number };
  errors: RuleError[];
}

type FindingRow = typeof findings.$inferSelect;
type FindingBody = Pick<FindingDraft, 'summary' | 'why' | 'actions' | 'owner' | 'evidence'>;

/** Every stored finding, or only those with one of these statuses. */
export async function listStoredFindings(
  store: StoreSession,
  options: { status?: readonly FindingStatus[] } = {},
): Promise<StoredFinding[]> {
  const where = options.status ? inArray(findings.status, [...options.status]) : undefined;
  const rows = await store.db.select().from(findings).where(where).orderBy(findings.firstSeen, findings.id);
  return rows.map(fromRow);
}

export async function findStoredFinding(store: StoreSession, id: string): Promise<StoredFinding | null> {
  const [row] = await store.db.select().from(findings).where(eq(findings.id, id));
  return row ? fromRow(row) : null;
}

/** Inserts or replaces findings by id. Call inside the run's transaction. */
export async function saveFindings(store: StoreSession, list: readonly StoredFinding[]): Promise<void> {
  // Chunked: a multi-row insert carries 18 parameters a row, and PostgreSQL allows 65,535 a statement.
  for (let start = 0; start < list.length; start += 500) {
    const values = list.slice(start, start + 500).map(toRow);
    await store.db
      .insert(findings)
      .values(values)
      .onConflictDoUpdate({
        target: findings.id,
        set: Object.fromEntries(
          Object.keys(values[0] ?? {})
            .filter((key) => key !== 'id')
            .map((key) => [key, sql.raw(`excluded.${columnName(key)}`)]),
        ),
      });
  }
}

export async function recordAdvisorRun(store: StoreSession, run: Omit<AdvisorRunRow, 'id'>): Promise<number> {
  const [row] = await store.db.insert(advisorRuns).values(run).returning({ id: advisorRuns.id });
  if (!row) throw new Error('Inserting an advisor run returned no id');
  return row.id;
}

/** The latest run, or the latest run for `asOf`. */
export async function latestAdvisorRun(
  store: StoreSession,
  options: { asOf?: string; onOrAfter?: string } = {},
): Promise<AdvisorRunRow | null> {
  const where = options.asOf
    ? eq(advisorRuns.asOf, options.asOf)
    : options.onOrAfter
      ? gte(advisorRuns.asOf, options.onOrAfter)
      : undefined;
  const [row] = await store.db
    .select()
    .from(advisorRuns)
    .where(where)
    .orderBy(desc(advisorRuns.finishedAt), desc(advisorRuns.id))
    .limit(1);
  if (!row) return null;
  return { ...row, counts: parseJson(row.counts), errors: parseJson(row.errors) };
}

export async function countAdvisorRuns(store: StoreSession): Promise<number> {
  const [row] = await store.query<{ n: number }>('select count(*)::int as n from advisor_runs');
  return row?.n ?? 0;
}

function toRow(finding: StoredFinding): FindingRow {
  const body: FindingBody = {
    summary: finding.summary,
    why: finding.why,
    actions: finding.actions,
    owner: finding.owner,
    evidence: finding.evidence,
  };
  return {
    id: finding.id,
    fingerprint: finding.fingerprint,
    rule: finding.rule,
    subject: finding.subject,
    severity: finding.severity,
    concern: finding.concern,
    capability: finding.capability ?? null,
    status: finding.status,
    title: finding.title,
    body,
    firstSeen: finding.firstSeen,
    lastSeen: finding.lastSeen,
    snoozedUntil: finding.snoozedUntil,
    statusBeforeSnooze: finding.statusBeforeSnooze,
    note: finding.note,
    changedBy: finding.changedBy,
    changedAt: finding.changedAt ? new Date(finding.changedAt) : null,
    cleared: finding.cleared,
  };
}

function fromRow(row: FindingRow): StoredFinding {
  const body = parseJson<FindingBody>(row.body);
  const finding: StoredFinding = {
    id: row.id,
    fingerprint: row.fingerprint,
    rule: row.rule,
    subject: row.subject,
    severity: row.severity as FindingSeverity,
    title: row.title,
    summary: body.summary,
    why: body.why,
    actions: body.actions,
    owner: body.owner,
    evidence: body.evidence,
    concern: row.concern,
    status: row.status as FindingStatus,
    firstSeen: row.firstSeen,
    lastSeen: row.lastSeen,
    snoozedUntil: row.snoozedUntil,
    statusBeforeSnooze: row.statusBeforeSnooze as StoredFinding['statusBeforeSnooze'],
    note: row.note,
    changedBy: row.changedBy,
    changedAt: row.changedAt ? row.changedAt.toISOString() : null,
    cleared: row.cleared,
  };
  if (row.capability) finding.capability = row.capability as Capability;
  return finding;
}

const COLUMN_NAMES: Record<string, string> = {
  firstSeen: 'first_seen',
  lastSeen: 'last_seen',
  snoozedUntil: 'snoozed_until',
  statusBeforeSnooze: 'status_before_snooze',
  changedBy: 'changed_by',
  changedAt: 'changed_at',
};

function columnName(key: string): string {
  return COLUMN_NAMES[key] ?? key;
}

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;
