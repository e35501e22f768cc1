/** API tokens and the audit log: plain queries; the access service decides. */
import { and, count, desc, eq, gte, isNull, lt, max, sql } from 'drizzle-orm';
import type { ViewerRole } from '../domain/privacy.js';
import { apiTokens, auditLog } from './schema/index.js';
import type { StoreSession } from './store.js';

export interface ApiTokenRow {
  name: string;
  role: ViewerRole;
  /** For a manager's token: the team whose subtree it reads. */
  manages: string | null;
  createdAt: Date;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
}

const tokenColumns = {
  name: apiTokens.name,
  role: apiTokens.role,
  manages: apiTokens.manages,
  createdAt: apiTokens.createdAt,
  revokedAt: apiTokens.revokedAt,
  lastUsedAt: apiTokens.lastUsedAt,
};

/** Inserts the token; returns false when a token of that name exists already (revoked or not). */
export async function insertApiToken(
  store: StoreSession,
  token: { name: string; role: ViewerRole; manages: string | null; tokenHash: string },
): Promise<boolean> {
  const rows = await store.db
    .insert(apiTokens)
    .values(token)
    .onConflictDoNothing({ target: apiTokens.name })
    .returning({ name: apiTokens.name });
  return rows.length === 1;
}

export async function listApiTokens(store: StoreSession): Promise<ApiTokenRow[]> {
  const rows = await store.db.select(tokenColumns).from(apiTokens).orderBy(apiTokens.name);
  return rows as ApiTokenRow[];
}

/** The live token with this hash; null when unknown or revoked. */
export async function findLiveToken(store: StoreSession, tokenHash: string): Promise<ApiTokenRow | null> {
  const [row] = await store.db
    .select(tokenColumns)
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return (row as ApiTokenRow | undefined) ?? null;
}

/** Records that the token with this hash was used at `at`. */
export async function markTokenUsed(store: StoreSession, tokenHash: string, at: Date): Promise<void> {
  await store.db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.tokenHash, tokenHash));
}

/** Revokes a live token; returns false when there is no live token of that name. */
export async function revokeApiToken(store: StoreSession, name: string): Promise<boolean> {
  const rows = await store.db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.name, name), isNull(apiTokens.revokedAt)))
    .returning({ name: apiTokens.name });
  return rows.length === 1;
}

export interface AuditEntry {
  actor: string;
  role: ViewerRole;
  capability: string;
  resource: string;
  outcome: 'allowed' | 'refused';
  detail: Record<string, unknown>;
}

export interface AuditRow extends AuditEntry {
  id: number;
  at: Date;
}

export async function appendAudit(store: StoreSession, entry: AuditEntry): Promise<void> {
  await store.db.insert(auditLog).values(entry);
}

export interface AuditFilter {
  from?: Date;
  to?: Date;
  actor?: string;
  /** Only entries written before this entry id. */
  beforeId?: number;
}

function auditWhere(filter: AuditFilter) {
  const conditions = [
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
    filter.actor ? eq(auditLog.actor, filter.actor) : undefined,
    filter.beforeId !== undefined ? lt(auditLog.id, filter.beforeId) : undefined,
  ].filter((condition) => condition !== undefined);
  return conditions.length > 0 ? and(...conditions) : undefined;
}

/** The audit entries the filter keeps, newest first, `offset` of them skipped and at most `limit`. */
export async function listAudit(
  store: StoreSession,
  filter: AuditFilter & { limit: number; offset?: number },
): Promise<AuditRow[]> {
  const rows = await store.db
    .select()
    .from(auditLog)
    .where(auditWhere(filter))
    .orderBy(desc(auditLog.id))
    .limit(filter.limit)
    .offset(filter.offset ?? 0);
  return rows as AuditRow[];
}

/** The id the next audit entry will be above: the newest entry's id, 0 when there is none. */
export async function readNewestAuditId(store: StoreSession): Promise<number> {
  const [row] = await store.db.select({ newest: max(auditLog.id) }).from(auditLog);
  return Number(row?.newest ?? 0);
}

export async function countAudit(store: StoreSession, filter: AuditFilter): Promise<number> {
  const [row] = await store.db.select({ count: count() }).from(auditLog).where(auditWhere(filter));
  return row?.count ?? 0;
}
