/**
 * Stored releases, release sign-offs and imported feature flags (`schema/releases.ts`). Repositories only
 * read and write: which release and item exist, who may sign, and when the releases are rebuilt is
 * decided by the releases services.
 */
import { and, asc, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type {
  FeatureFlag,
  Release,
  ReleaseDeployment,
  ReleaseSignoff,
  StoredRelease,
} from '../domain/release.js';
import { featureFlags, releaseRecords, releaseSignoffs, releaseState } from './schema/releases.js';
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

const STATE_ID = 'releases';

export interface ReleaseState {
  basis: string;
  builtAt: Date;
  buildMs: number;
  releases: number;
}

export async function readReleaseState(store: StoreSession): Promise<ReleaseState | undefined> {
  const [row] = await store.db.select().from(releaseState).where(eq(releaseState.id, STATE_ID));
  return row && { basis: row.basis, builtAt: row.builtAt, buildMs: row.buildMs, releases: row.releases };
}

/** Replaces every stored release and the state in one transaction: a reader sees the old set or the new. */
export async function replaceReleases(
  store: StoreSession,
  releases: readonly StoredRelease[],
  state: ReleaseState,
): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.query('delete from releases');
    if (releases.length > 0) {
      await tx.copyRows(
        'releases',
        ['id', 'service', 'version', 'at', 'release', 'related'],
        releases.map(({ release, related }) => [
          release.id,
          release.service,
          release.version,
          release.at,
          JSON.stringify(release),
          JSON.stringify(related),
        ]),
      );
    }
    await tx.db
      .insert(releaseState)
      .values({ id: STATE_ID, ...state })
      .onConflictDoUpdate({ target: releaseState.id, set: state });
  });
}

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

function toStoredRelease(row: { release: unknown; related: unknown }): StoredRelease {
  return { release: parseJson<Release>(row.release), related: parseJson<ReleaseDeployment[]>(row.related) };
}

/** Stored releases of the given services (all when absent) finishing in `[from, to)`, oldest first. */
export async function listStoredReleases(
  store: StoreSession,
  filter: { services?: readonly string[] | undefined; from?: Date; to?: Date } = {},
): Promise<Release[]> {
  if (filter.services !== undefined && filter.services.length === 0) return [];
  const conditions: SQL[] = [];
  if (filter.services !== undefined) conditions.push(inArray(releaseRecords.service, [...filter.services]));
  if (filter.from !== undefined) conditions.push(gte(releaseRecords.at, filter.from));
  if (filter.to !== undefined) conditions.push(lt(releaseRecords.at, filter.to));
  const rows = await store.db
    .select({ release: releaseRecords.release })
    .from(releaseRecords)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(asc(releaseRecords.at), asc(releaseRecords.id));
  return rows.map((row) => parseJson<Release>(row.release));
}

/** A stored release by id, or the latest of a service's releases with that version. */
export async function findStoredRelease(
  store: StoreSession,
  key: { id: string } | { service: string; version: string },
): Promise<StoredRelease | undefined> {
  const where =
    'id' in key
      ? eq(releaseRecords.id, key.id)
      : and(eq(releaseRecords.service, key.service), eq(releaseRecords.version, key.version));
  const [row] = await store.db
    .select({ release: releaseRecords.release, related: releaseRecords.related })
    .from(releaseRecords)
    .where(where)
    .orderBy(desc(releaseRecords.at), desc(releaseRecords.id))
    .limit(1);
  return row && toStoredRelease(row);
}
