/**
 * Migrations: drizzle-kit's forward-only SQL files in `drizzle/`, applied on every open. Which of them are
 * pending is decided the way drizzle's migrator decides it (journal entries newer than the newest applied
 * one), so the embedded store can save a copy of its data before the migrator changes anything.
 */
import { cp, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { StoreUnavailableError } from '../domain/errors.js';
import type { MigrationLevel, StoreSession } from './store.js';

/** `<package root>/drizzle`: two levels above this file both in `src/store/` (tsx) and `dist/store/`. */
export const DEFAULT_MIGRATIONS_FOLDER = fileURLToPath(new URL('../../drizzle', import.meta.url));

export interface MigrationEntry {
  tag: string;
  /** drizzle-kit's creation time of the migration, also its order and its id in the database. */
  when: number;
}

export async function readMigrationJournal(migrationsFolder: string): Promise<MigrationEntry[]> {
  const text = await readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
  const journal = JSON.parse(text) as { entries: MigrationEntry[] };
  return journal.entries.map(({ tag, when }) => ({ tag, when }));
}

/** Creation times of the applied migrations, newest first; none in a database never migrated. */
async function readAppliedMigrations(session: StoreSession): Promise<number[]> {
  const [table] = await session.query<{ name: string | null }>(
    `select to_regclass('drizzle.__drizzle_migrations')::text as name`,
  );
  if (!table?.name) return [];
  const rows = await session.query<{ created_at: string | number }>(
    'select created_at from drizzle.__drizzle_migrations order by created_at desc',
  );
  return rows.map((row) => Number(row.created_at));
}

export async function findPendingMigrations(
  session: StoreSession,
  migrationsFolder: string,
): Promise<MigrationEntry[]> {
  const [newest] = await readAppliedMigrations(session);
  const journal = await readMigrationJournal(migrationsFolder);
  return journal.filter((entry) => newest === undefined || entry.when > newest);
}

export async function readMigrationLevel(
  session: StoreSession,
  migrationsFolder: string,
): Promise<MigrationLevel> {
  const applied = await readAppliedMigrations(session);
  const newest = applied[0];
  if (newest === undefined) return { applied: 0, latest: null };
  const journal = await readMigrationJournal(migrationsFolder);
  const latest = journal.find((entry) => entry.when === newest)?.tag ?? `unknown migration of ${newest}`;
  return { applied: applied.length, latest };
}

/**
 * Copies a closed embedded data folder to `<dataDir>/../backups/db-<UTC time>-before-<tag>/` and returns
 * the copy's path. A failed copy is removed and reported; the caller must not migrate then.
 */
export async function backupDataDir(dataDir: string, beforeTag: string, now: Date): Promise<string> {
  const stamp = now
    .toISOString()
    .replaceAll(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const target = path.join(path.dirname(dataDir), 'backups', `db-${stamp}-before-${beforeTag}`);
  try {
    await cp(dataDir, target, { recursive: true, errorOnExist: true, force: false });
    return target;
  } catch (error) {
    // Remove a partial copy; if even that fails, the copy's own error is the one worth reporting.
    await rm(target, { recursive: true, force: true }).catch(() => undefined);
    throw new StoreUnavailableError(
      `Could not save a copy of the database at ${dataDir} to ${target} before applying migration ` +
        `${beforeTag}; nothing was migrated. ${(error as Error).message}`,
      { cause: error },
    );
  }
}
