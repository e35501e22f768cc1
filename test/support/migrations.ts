/** The migration level a freshly migrated database has: read from the package's journal, never pinned. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_MIGRATIONS_FOLDER } from '../../src/store/index.js';

export function readLatestMigrationLevel(): { applied: number; latest: string } {
  const journal = JSON.parse(
    readFileSync(path.join(DEFAULT_MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as {
    entries: { tag: string }[];
  };
  const latest = journal.entries.at(-1)?.tag;
  if (!latest) throw new Error('the package has no migrations');
  return { applied: journal.entries.length, latest };
}
