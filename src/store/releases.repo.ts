/**
 * Release sign-offs and imported feature flags (`schema/releases.ts`). Repositories only read and write:
 * which release and item exist, and who may sign, is decided by the releases service.
 */
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { FeatureFlag, ReleaseSignoff } from '../domain/release.js';
import { featureFlags, releaseSignoffs } from './schema/releases.js';
import type { StoreSession } from './store.js';
import { upsertChangedRows } from './upsert-changed.js';

function toSignoff(row: typeof releaseSignoffs.$inferSelect): ReleaseSignoff {
  return {
    releaseId: row.releaseId,
    item: row.item,
    person: row.person,
    signedAt: row.signedAt.toISOString(),
    ...(row.note === null ? {} : { note: row.note }),
  };
}

/** Records a sign-off, replacing an earlier one on the same release and item. */
export async function saveSignoff(store: StoreSession, signoff: ReleaseSignoff): Promise<ReleaseSignoff> {
  const values = {
    id: `${signoff.releaseId}#${signoff.item}`,
    releaseId: signoff.releaseId,
    item: signoff.item,
    person: signoff.person,
    signedAt: new Date(signoff.signedAt),
    note: signoff.note ?? null,
  };
  const [row] = await store.db
    .insert(releaseSignoffs)
    .values(values)
    .onConflictDoUpdate({
      target: releaseSignoffs.id,
      set: { person: values.person, signedAt: values.signedAt, note: values.note },
    })
    .returning();
  if (!row) throw new Error(`The sign-off ${values.id} was not written`);
  return toSignoff(row);
}

/** Sign-offs of the given releases (all when `releaseIds` is absent), by release and item. */
export async function listSignoffs(
  store: StoreSession,
  releaseIds?: readonly string[],
): Promise<ReleaseSignoff[]> {
  if (releaseIds !== undefined && releaseIds.length === 0) return [];
  const rows = await store.db
    .select()
    .from(releaseSignoffs)
    .where(releaseIds === undefined ? undefined : inArray(releaseSignoffs.releaseId, [...releaseIds]))
    .orderBy(asc(releaseSignoffs.releaseId), asc(releaseSignoffs.item));
  return rows.map(toSignoff);
}

/** Sign-offs on one checklist item across all releases. */
export async function listSignoffsOnItem(store: StoreSession, item: string): Promise<ReleaseSignoff[]> {
  const rows = await store.db.select().from(releaseSignoffs).where(eq(releaseSignoffs.item, item));
  return rows.map(toSignoff);
}

/**
 * Inserts or updates feature flags (one per service and key) in one transaction; returns how many rows
 * were inserted or changed.
 */
export async function upsertFeatureFlags(
  store: StoreSession,
  flags: readonly FeatureFlag[],
  importedFrom: string,
): Promise<number> {
  const rows = flags.map((flag) => ({
    id: `${flag.service}#${flag.key}`,
    key: flag.key,
    service: flag.service,
    createdAt: new Date(flag.createdAt),
    removedAt: flag.removedAt === undefined ? null : new Date(flag.removedAt),
    owner: flag.owner ?? null,
    importedFrom,
  }));
  return upsertChangedRows(store, featureFlags, rows, {
    compare: ['createdAt', 'removedAt', 'owner'],
    alsoSet: { importedFrom: sql`excluded.imported_from`, updatedAt: sql`now()` },
  });
}

/** Imported feature flags, of the given services (full references) or all. */
export async function listFeatureFlags(
  store: StoreSession,
  services?: readonly string[],
): Promise<FeatureFlag[]> {
  if (services !== undefined && services.length === 0) return [];
  const rows = await store.db
    .select()
    .from(featureFlags)
    .where(services === undefined ? undefined : inArray(featureFlags.service, [...services]))
    .orderBy(asc(featureFlags.service), asc(featureFlags.key));
  return rows.map((row) => ({
    key: row.key,
    service: row.service,
    createdAt: row.createdAt.toISOString(),
    ...(row.removedAt === null ? {} : { removedAt: row.removedAt.toISOString() }),
    ...(row.owner === null ? {} : { owner: row.owner }),
  }));
}
