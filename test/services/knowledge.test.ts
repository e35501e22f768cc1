/**
 * Knowledge concentration read from the store: identities merged before counting, renames folded, the
 * rollup kept by a git ingest equal to one rebuilt from the commits, a stale rollup noticed, windows, and
 * the errors for scopes that do not exist. Hand-built commits on the small model of test/support/model.ts
 * (ada has a git identity, grace has none).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError, NotFoundError } from '../../src/domain/errors.js';
import type { Commit } from '../../src/domain/records/index.js';
import { createAuthorshipTally } from '../../src/services/authorship-tally.js';
import type { LoadedWorkspace } from '../../src/services/context.js';
import { readKnowledgeConcentration } from '../../src/services/knowledge.service.js';
import { listAuthorship, rebuildAuthorship, upsertRecords } from '../../src/store/index.js';
import { buildOrgModel } from '../support/model.js';
import { buildCommit } from '../support/records.js';
import { openTestStore, STORE_ENGINES, type TestStore } from '../support/store.js';

const REPO = 'repository:default/payments-api';
const ADA = 'person:default/ada';
const GRACE = 'grace@example.com';

function commit(index: number, email: string, files: Commit['files']): Commit {
  return buildCommit(index, {
    authorEmail: email,
    authorName: email,
    authoredAt: new Date(Date.UTC(2026, 0, index)).toISOString(),
    files,
    filesChanged: files.length,
  });
}

const change = (path: string, oldPath?: string) => ({
  path,
  additions: 1,
  deletions: 0,
  ...(oldPath ? { oldPath } : {}),
});

/**
 * ada creates a, b, c (one as ADA@…: the same person); grace creates d and later moves it to e. So four
 * files: ada authors a, b, c; grace authors e (with d's history). Without ada, 1 of 4 files keeps an author.
 */
const HISTORY = [
  commit(1, 'ada@example.com', [change('a.ts'), change('b.ts')]),
  commit(2, 'ada@example.com', [change('c.ts')]),
  commit(3, GRACE, [change('d.ts')]),
  commit(4, 'ADA@example.com', [change('a.ts')]),
  commit(5, GRACE, [change('e.ts', 'd.ts')]),
];

describe.each(STORE_ENGINES)('knowledge concentration (%s)', (engine) => {
  let testStore: TestStore;
  let context: { workspace: LoadedWorkspace; store: TestStore['store'] };

  beforeEach(async () => {
    testStore = await openTestStore(engine);
    const workspace = { model: buildOrgModel(), config: { timezone: 'UTC' } } as unknown as LoadedWorkspace;
    context = { workspace, store: testStore.store };
  });
  afterEach(async () => {
    await testStore?.cleanup();
  });

  it('merges a person’s addresses, folds a rename, and finds the truck factor of the repository', async () => {
    await upsertRecords(testStore.store, 'commit', HISTORY);
    const [result] = await readKnowledgeConcentration(context, { repository: 'payments-api' });
    expect(result).toMatchObject({
      scope: { kind: 'repository', ref: REPO },
      truckFactor: 1,
      truckFactorAuthors: [ADA],
      files: 4,
      coveredFiles: 4,
      commits: 5,
      topAuthorShare: 0.75,
    });
    expect(result?.authors).toEqual([
      { author: ADA, person: ADA, filesAuthored: 3, fileShare: 0.75, commits: 3, commitShare: 0.6 },
      { author: GRACE, person: null, filesAuthored: 1, fileShare: 0.25, commits: 2, commitShare: 0.4 },
    ]);
    // The evidence is the top author's latest commits, newest first.
    expect(result?.recordIds).toEqual(
      [HISTORY[3], HISTORY[1], HISTORY[0]].map((c) => `${c?.source}:${c?.key}`),
    );
  });

  it('gives a service the files of its repositories', async () => {
    await upsertRecords(testStore.store, 'commit', HISTORY);
    const [result] = await readKnowledgeConcentration(context, { service: 'payments' });
    expect(result).toMatchObject({
      scope: { kind: 'service', ref: 'service:default/payments' },
      truckFactor: 1,
      files: 4,
    });
  });

  it('counts only the commits authored in the window', async () => {
    await upsertRecords(testStore.store, 'commit', HISTORY);
    // From 3 January: grace's d → e and ada's change to a. One file each; without grace (first alphabetically
    // of the two) exactly half the files keep an author, so ada has to leave too.
    const [result] = await readKnowledgeConcentration(context, {
      repository: 'payments-api',
      since: '2026-01-03',
    });
    expect(result).toMatchObject({ truckFactor: 2, files: 2, commits: 3, truckFactorAuthors: [GRACE, ADA] });
    const [upTo] = await readKnowledgeConcentration(context, {
      repository: 'payments-api',
      asOf: '2026-01-02',
    });
    expect(upTo).toMatchObject({ truckFactor: 1, files: 3, commits: 2 });
  });

  it('notices commits added or rewritten after the rollup was built', async () => {
    await upsertRecords(testStore.store, 'commit', HISTORY);
    await readKnowledgeConcentration(context, { repository: 'payments-api' });
    await upsertRecords(testStore.store, 'commit', [commit(6, GRACE, [change('f.ts'), change('g.ts')])]);
    const [added] = await readKnowledgeConcentration(context, { repository: 'payments-api' });
    expect(added).toMatchObject({ files: 6, commits: 6 });
    // Commit 2 rewritten by a later import: it now touches g.ts instead of c.ts, so c.ts disappears.
    await upsertRecords(testStore.store, 'commit', [{ ...HISTORY[1], files: [change('g.ts')] } as Commit]);
    const [rewritten] = await readKnowledgeConcentration(context, { repository: 'payments-api' });
    expect(rewritten).toMatchObject({ files: 5, commits: 6 });
  });

  it('keeps over two ingest runs the same rollup a rebuild from the commits gives', async () => {
    // The first run starts the rollup, the second adds to it: ada@example.com changes a.ts again, d.ts moves.
    const later = [...HISTORY.slice(3), commit(6, 'ada@example.com', [change('a.ts')])];
    for (const run of [HISTORY.slice(0, 3), later]) {
      const tally = createAuthorshipTally('payments-api');
      tally.add(run, await upsertRecords(testStore.store, 'commit', run));
      await testStore.store.transaction((tx) => tally.save(tx));
    }
    const kept = await listAuthorship(testStore.store, [REPO]);
    await rebuildAuthorship(testStore.store, REPO);
    const rebuilt = await listAuthorship(testStore.store, [REPO]);
    const sortRows = (rows: typeof kept.rows) =>
      [...rows].sort((a, b) => `${a.path} ${a.authorEmail}`.localeCompare(`${b.path} ${b.authorEmail}`));
    expect(sortRows(kept.rows)).toEqual(sortRows(rebuilt.rows));
    expect(kept.renames).toEqual(rebuilt.renames);
    expect(kept.renames).toHaveLength(1);
    expect(kept.rows).toHaveLength(6);
    expect(
      kept.rows.find((row) => row.path === 'a.ts' && row.authorEmail === 'ada@example.com')?.changes,
    ).toBe(2);
    const [stamp] = await testStore.store.query<{ commits: number }>('select commits from authorship_stamps');
    expect(stamp?.commits).toBe(6);
  });

  it('drops the rollup when an ingest wrote commits the store already had', async () => {
    await upsertRecords(testStore.store, 'commit', HISTORY);
    await readKnowledgeConcentration(context, { repository: 'payments-api' });
    const tally = createAuthorshipTally('payments-api');
    tally.add(HISTORY, await upsertRecords(testStore.store, 'commit', HISTORY));
    await testStore.store.transaction((tx) => tally.save(tx));
    const stamps = await testStore.store.query('select * from authorship_stamps');
    expect(stamps).toEqual([]);
    // The next read rebuilds it and counts each commit once.
    const [result] = await readKnowledgeConcentration(context, { repository: 'payments-api' });
    expect(result).toMatchObject({ files: 4, commits: 5 });
  });

  it('has no truck factor for a declared repository without commits', async () => {
    const [result] = await readKnowledgeConcentration(context, { repository: 'payments-api' });
    expect(result).toMatchObject({ truckFactor: null, files: 0, commits: 0, authors: [], topAuthorShare: 0 });
  });

  it('refuses scopes that do not exist and days that are not days', async () => {
    await expect(readKnowledgeConcentration(context, { service: 'nope' })).rejects.toThrow(NotFoundError);
    await expect(readKnowledgeConcentration(context, { repository: 'nope' })).rejects.toThrow(NotFoundError);
    await expect(readKnowledgeConcentration(context, { since: '2026-13-01' })).rejects.toThrow(InputError);
    await expect(
      readKnowledgeConcentration(context, { since: '2026-02-01', asOf: '2026-01-01' }),
    ).rejects.toThrow(/ends before it starts/);
  });
});
