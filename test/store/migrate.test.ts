/**
 * Migrating an existing embedded database saves a copy of it first; a new database needs none; a copy that
 * cannot be saved stops the migration.
 */
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/domain/errors.js';
import { countRecords, DEFAULT_MIGRATIONS_FOLDER, openStore, upsertRecords } from '../../src/store/index.js';
import { readLatestMigrationLevel } from '../support/migrations.js';
import { buildCommit } from '../support/records.js';
import { makeTempDir, readPgliteTemplate } from '../support/store.js';

/** Numbered after the package's own migrations, whatever their count. */
const PACKAGE_LEVEL = readLatestMigrationLevel();
const EXTRA_TAG = `${String(PACKAGE_LEVEL.applied).padStart(4, '0')}_add_probe_column`;

/** The package's migrations plus one more that adds a column. */
async function writeMigrationsWithOneMore(target: string): Promise<void> {
  await cp(DEFAULT_MIGRATIONS_FOLDER, target, { recursive: true });
  const journalFile = path.join(target, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as {
    entries: { idx: number; version: string; when: number; tag: string; breakpoints: boolean }[];
  };
  const last = journal.entries.at(-1);
  if (!last) throw new Error('the package has no migrations');
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1, tag: EXTRA_TAG });
  await writeFile(journalFile, JSON.stringify(journal));
  await writeFile(path.join(target, `${EXTRA_TAG}.sql`), 'ALTER TABLE "commits" ADD COLUMN "probe" text;');
}

async function readColumns(store: Awaited<ReturnType<typeof openStore>>): Promise<string[]> {
  const rows = await store.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_name = 'commits' and column_name = 'probe'`,
  );
  return rows.map((row) => row.column_name);
}

describe('migrating the embedded database', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let migrations: string;

  beforeEach(async () => {
    temp = await makeTempDir();
    migrations = path.join(temp.dir, 'migrations');
    await writeMigrationsWithOneMore(migrations);
    const store = await openStore({ dataDir: temp.dataDir, templateDump: await readPgliteTemplate() });
    await upsertRecords(store, 'commit', [buildCommit(1)]);
    await store.close();
  });
  afterEach(async () => {
    await temp.remove();
  });

  it('saves a copy of the existing data before applying a pending migration', async () => {
    const store = await openStore({ dataDir: temp.dataDir, migrationsFolder: migrations });
    expect(await store.migrationLevel()).toEqual({ applied: PACKAGE_LEVEL.applied + 1, latest: EXTRA_TAG });
    expect(await readColumns(store)).toEqual(['probe']);
    await store.close();

    const backups = await readdir(path.join(temp.dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toMatch(new RegExp(`^db-\\d{8}T\\d{6}Z-before-${EXTRA_TAG}$`));
    const copy = await openStore({ dataDir: path.join(temp.dir, 'backups', backups[0] ?? '') });
    expect(await copy.migrationLevel()).toEqual(PACKAGE_LEVEL);
    expect(await readColumns(copy)).toEqual([]);
    expect((await countRecords(copy)).commit).toBe(1);
    await copy.close();
  });

  it('saves no copy when nothing is pending', async () => {
    const store = await openStore({ dataDir: temp.dataDir });
    await store.close();
    await expect(readdir(path.join(temp.dir, 'backups'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('does not migrate when the copy cannot be saved', async () => {
    // A file where the backups folder belongs makes every copy fail.
    await writeFile(path.join(temp.dir, 'backups'), 'in the way');

    await expect(openStore({ dataDir: temp.dataDir, migrationsFolder: migrations })).rejects.toBeInstanceOf(
      StoreUnavailableError,
    );
    const store = await openStore({ dataDir: temp.dataDir });
    expect(await store.migrationLevel()).toEqual(PACKAGE_LEVEL);
    expect(await readColumns(store)).toEqual([]);
    await store.close();
  });
});
