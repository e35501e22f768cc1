/**
 * Source cursors: where each connector resumes. The repository stores and returns the value as given;
 * the service that owns a cursor validates it when read back, since its shape is the connector's.
 */
import { and, eq, sql } from 'drizzle-orm';
import { sourceCursors } from './schema/meta.js';
import type { StoreSession } from './store.js';

export interface CursorKey {
  /** The declared source's name, or the connector type for a direct sync. */
  source: string;
  /** What the cursor covers, e.g. `github:owner/name`. */
  scope: string;
}

export interface StoredCursor {
  value: unknown;
  updatedAt: Date;
}

export async function readCursor(store: StoreSession, key: CursorKey): Promise<StoredCursor | undefined> {
  const [row] = await store.db
    .select({ value: sourceCursors.value, updatedAt: sourceCursors.updatedAt })
    .from(sourceCursors)
    .where(and(eq(sourceCursors.source, key.source), eq(sourceCursors.scope, key.scope)));
  return row;
}

/** Creates or replaces the cursor; `updatedAt` defaults to the database's clock. */
export async function saveCursor(
  store: StoreSession,
  key: CursorKey,
  value: unknown,
  options: { updatedAt?: Date } = {},
): Promise<void> {
  const updatedAt = options.updatedAt ?? sql`now()`;
  await store.db
    .insert(sourceCursors)
    .values({ source: key.source, scope: key.scope, value, updatedAt })
    .onConflictDoUpdate({ target: [sourceCursors.source, sourceCursors.scope], set: { value, updatedAt } });
}
