/**
 * The embedded database's exclusive lock. PGlite does not guard its data folder: two processes opening it
 * both write, and one silently loses. So the folder is locked (`<dataDir>.lock`, a sibling directory kept
 * fresh while the store is open) before PGlite touches it, and a second opener — another process or the
 * same one — is refused with a message that says what to do instead.
 */
import lockfile from 'proper-lockfile';
import { StoreLockedError } from '../domain/errors.js';

/**
 * A lock untouched for this long belongs to a process that died; it may be taken over. Long enough that a
 * busy event loop (a large COPY runs synchronously inside WebAssembly) never looks dead, short enough
 * that a crashed `sextant serve` does not block the next command for long.
 */
const STALE_AFTER_MS = 30_000;
const REFRESH_EVERY_MS = 5_000;

/** Takes the lock or throws StoreLockedError; returns the function that releases it. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  try {
    // Losing the lock while open (its folder removed, or taken over as stale) keeps proper-lockfile's
    // default of throwing: crashing is better than two writers silently losing each other's data.
    return await lockfile.lock(dataDir, { stale: STALE_AFTER_MS, update: REFRESH_EVERY_MS, realpath: false });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw createLockedError(dataDir, error);
    throw error;
  }
}

function createLockedError(dataDir: string, cause: unknown): StoreLockedError {
  return new StoreLockedError(
    `The database at ${dataDir} is in use by another Sextant process (e.g. \`sextant serve\`). ` +
      'Stop that process, or use its HTTP API instead of opening the database a second time.',
    { cause },
  );
}
