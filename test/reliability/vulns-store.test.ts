/** Vulnerability findings in the store, on both engines: idempotent upserts and all-or-nothing imports. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/errors.js';
import type { Vulnerability } from '../../src/domain/vulnerability.js';
import { importVulnerabilityFiles } from '../../src/services/vulnerabilities.service.js';
import type { Store } from '../../src/store/index.js';
import {
  countVulnerabilities,
  listVulnerabilities,
  upsertVulnerabilities,
} from '../../src/store/vulnerabilities.repo.js';
import { openStoreForEachTest, STORE_ENGINES } from '../support/store.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../src/connectors/vulnerabilities/fixtures');
const NOW = new Date('2026-03-01T12:00:00Z');

function buildFinding(key: string, overrides: Partial<Vulnerability> = {}): Vulnerability {
  return {
    source: 'csv',
    key,
    repository: 'checkout-api',
    service: null,
    package: 'lodash',
    ecosystem: 'npm',
    advisory: null,
    title: null,
    severity: 'high',
    state: 'open',
    openedAt: '2026-02-01T00:00:00Z',
    fixedAt: null,
    dismissedAt: null,
    url: null,
    ...overrides,
  };
}

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'sextant-vulns-store-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe.each(STORE_ENGINES)('vulnerability findings on %s', (engine) => {
  let store: Store;
  openStoreForEachTest(engine, (opened) => {
    store = opened;
  });

  it('inserts, then leaves identical findings alone and updates changed ones', async () => {
    expect(await upsertVulnerabilities(store, [buildFinding('a'), buildFinding('b')])).toEqual({
      inserted: 2,
      updated: 0,
      unchanged: 0,
    });
    const fixed = buildFinding('b', { state: 'fixed', fixedAt: '2026-02-10T00:00:00Z' });
    expect(await upsertVulnerabilities(store, [buildFinding('a'), fixed])).toEqual({
      inserted: 0,
      updated: 1,
      unchanged: 1,
    });
    const rows = await listVulnerabilities(store);
    expect(rows.map((row) => [row.id, row.state, row.fixedAt?.toISOString() ?? null])).toEqual([
      ['csv:a', 'open', null],
      ['csv:b', 'fixed', '2026-02-10T00:00:00.000Z'],
    ]);
  });

  it('keeps the earliest opening time any import reported', async () => {
    await upsertVulnerabilities(store, [buildFinding('a', { openedAt: '2026-02-01T00:00:00Z' })]);
    await upsertVulnerabilities(store, [buildFinding('a', { openedAt: '2026-02-20T00:00:00Z' })]);
    expect((await listVulnerabilities(store))[0]?.openedAt.toISOString()).toBe('2026-02-01T00:00:00.000Z');
    await upsertVulnerabilities(store, [buildFinding('a', { openedAt: '2026-01-15T00:00:00Z' })]);
    expect((await listVulnerabilities(store))[0]?.openedAt.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it('refuses a fixed finding without its fixing time and writes nothing of that batch', async () => {
    const broken = { ...buildFinding('bad'), state: 'fixed' } as Vulnerability;
    await expect(upsertVulnerabilities(store, [buildFinding('good'), broken])).rejects.toThrow();
    expect(await countVulnerabilities(store)).toBe(0);
  });

  it('imports the recorded Dependabot and Trivy payloads once, however often they are imported', async () => {
    const files = [
      { path: path.join(FIXTURES, 'dependabot-alerts.json') },
      { path: path.join(FIXTURES, 'trivy-image.sarif'), repository: 'fernwood/storefront-web' },
    ];
    const first = await importVulnerabilityFiles(store, files, NOW);
    expect(first).toMatchObject({ read: 9, inserted: 9, updated: 0, unchanged: 0 });
    expect(first.files.map((file) => file.format)).toEqual(['dependabot', 'sarif']);
    const again = await importVulnerabilityFiles(store, files, new Date('2026-03-08T12:00:00Z'));
    expect(again).toMatchObject({ read: 9, inserted: 0, updated: 0, unchanged: 9 });
    const rows = await listVulnerabilities(store, { severities: ['high'] });
    expect(rows).toHaveLength(5);
    // The SARIF findings keep the first scan's time as their opening.
    expect(rows.every((row) => row.openedAt.toISOString() === '2026-03-01T12:00:00.000Z')).toBe(true);
  });

  it('writes nothing when any file of an import has a bad record, and names it', async () => {
    const bad = path.join(tmp, `${engine}-bad.csv`);
    await writeFile(
      bad,
      'id,repository,package,severity,opened\nX-1,checkout-api,lodash,high,2026-01-02\nX-2,checkout-api,lodash,urgent,2026-01-02\n',
    );
    const files = [{ path: path.join(FIXTURES, 'dependabot-alerts.json') }, { path: bad }];
    const error = await importVulnerabilityFiles(store, files, NOW).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).issues).toEqual([
      expect.objectContaining({ file: bad, line: 3, record: 'X-2', path: 'severity', found: '"urgent"' }),
    ]);
    expect(await countVulnerabilities(store)).toBe(0);
  });
});
