/**
 * The embedded database may be open in one place only: a second opener, in another process or this one,
 * is refused with a message that says what to do, and the folder opens normally once it is free.
 */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreLockedError } from '../../src/domain/errors.js';
import { openStore, type Store } from '../../src/store/index.js';
import { readLatestMigrationLevel } from '../support/migrations.js';
import { makeTempDir, readPgliteTemplate } from '../support/store.js';

const OPEN_STORE_SCRIPT = fileURLToPath(new URL('./fixtures/open-store.ts', import.meta.url));

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

function runOpenStoreProcess(dataDir: string): Promise<Outcome> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', OPEN_STORE_SCRIPT, dataDir], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

describe('the embedded store lock', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let store: Store | undefined;

  beforeEach(async () => {
    temp = await makeTempDir();
    store = await openStore({ dataDir: temp.dataDir, templateDump: await readPgliteTemplate() });
  });
  afterEach(async () => {
    await store?.close();
    await temp.remove();
  });

  it('refuses a second process with the store-locked message and exit code 1', async () => {
    const outcome = await runOpenStoreProcess(temp.dataDir);
    expect(outcome.code).toBe(1);
    expect(outcome.stderr).toContain('[store_locked]');
    expect(outcome.stderr).toContain(`The database at ${temp.dataDir} is in use by another Sextant process`);
    expect(outcome.stderr).toContain('sextant serve');
    expect(outcome.stdout).toBe('');
  });

  it('refuses a second open in the same process', async () => {
    const second = openStore({ dataDir: temp.dataDir });
    await expect(second).rejects.toBeInstanceOf(StoreLockedError);
    await expect(second).rejects.toThrow(/use its HTTP API/);
  });

  it('lets another process open the folder once the first has closed it', async () => {
    await store?.close();
    store = undefined;
    const outcome = await runOpenStoreProcess(temp.dataDir);
    expect(outcome.stderr).toBe('');
    expect(outcome.stdout).toBe(`opened ${readLatestMigrationLevel().latest}\n`);
    expect(outcome.code).toBe(0);
  });
});
