/**
 * Importing cost actuals into the store: a repeated import stores each line once, a corrected file
 * corrects the store, and a file with one bad row writes nothing at all.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/errors.js';
import { importCostActuals } from '../../src/services/budget.service.js';
import type { AppContext } from '../../src/services/context.js';
import { listCostActuals, type Store } from '../../src/store/index.js';
import { loadWorkspace } from '../../src/workspace/index.js';
import { openStoreForEachTest, STORE_ENGINES } from '../support/store.js';

const BUDGET = `currency: EUR
plan:
  - category: cloud
    annual: 120000
`;

const GOOD = `month,category,amount,currency,vendor,description
2026-02,cloud,9000,EUR,AWS,Compute
2026-02,cloud,1000,EUR,Cloudflare,CDN
2026-03,licenses,2500.50,EUR,GitHub,Seats
`;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-cost-'));
  await writeFile(path.join(dir, 'sextant.yaml'), 'org:\n  name: Test\nfiscalYearStart: 2\n');
  await import('node:fs/promises').then((fs) => fs.mkdir(path.join(dir, 'registers')));
  await writeFile(path.join(dir, 'registers', 'budget-2026.yaml'), BUDGET);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function contextFor(store: Store): Promise<AppContext> {
  return { workspace: await loadWorkspace(dir), store };
}

async function writeCsv(name: string, text: string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, text);
  return file;
}

const months = ['2026-02', '2026-03'];

describe.each(STORE_ENGINES)('cost actuals import on the %s store', (engine) => {
  let store: Store;
  openStoreForEachTest(engine, (opened) => {
    store = opened;
  });

  it('stores each line once however often the same file is imported', async () => {
    const context = await contextFor(store);
    const file = await writeCsv('costs.csv', GOOD);
    const first = await importCostActuals(context, [{ path: file }]);
    expect(first.files[0]).toMatchObject({
      source: 'cost:costs.csv',
      lines: 3,
      inserted: 3,
      updated: 0,
      removed: 0,
    });
    const again = await importCostActuals(context, [{ path: file }]);
    expect(again.files[0]).toMatchObject({ inserted: 0, updated: 0, unchanged: 3, removed: 0 });
    const rows = await listCostActuals(store, months);
    expect(rows.map((row) => [row.month, row.category, row.amount, row.vendor, row.line])).toEqual([
      ['2026-02', 'cloud', 9000, 'AWS', 2],
      ['2026-02', 'cloud', 1000, 'Cloudflare', 3],
      ['2026-03', 'licenses', 2500.5, 'GitHub', 4],
    ]);
  });

  it('replaces a corrected amount and drops a line the file no longer holds', async () => {
    const context = await contextFor(store);
    await importCostActuals(context, [{ path: await writeCsv('costs.csv', GOOD) }]);
    const corrected = GOOD.replace('9000,EUR,AWS', '9100,EUR,AWS').replace(/2026-03.*\n/, '');
    const summary = await importCostActuals(context, [{ path: await writeCsv('costs.csv', corrected) }]);
    expect(summary.files[0]).toMatchObject({ inserted: 0, updated: 1, unchanged: 1, removed: 1 });
    const rows = await listCostActuals(store, months);
    expect(rows.map((row) => row.amount)).toEqual([9100, 1000]);
  });

  it('writes nothing from any file when one row of one file is bad', async () => {
    const context = await contextFor(store);
    const good = await writeCsv('good.csv', GOOD);
    const bad = await writeCsv(
      'bad.csv',
      'month,category,amount,currency\n2026-04,cloud,10,EUR\n2026-04,travel,10,EUR\n',
    );
    const error = await importCostActuals(context, [{ path: good }, { path: bad }]).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issues).toEqual([
      expect.objectContaining({ file: 'bad.csv', line: 3, column: 2, path: 'category', found: '"travel"' }),
    ]);
    expect(await listCostActuals(store, ['2026-02', '2026-03', '2026-04'])).toEqual([]);
  });
});
