/**
 * Importing ATS exports into the embedded database: the files registers/hiring.yaml lists, imported by
 * sync; importing them again changes nothing; one bad row anywhere leaves the store as it was.
 */
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/errors.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import type { AppContext } from '../../src/services/context.js';
import { importHiringFiles, syncHiringFiles } from '../../src/services/hiring-import.service.js';
import { listApplications, listScorecards } from '../../src/store/index.js';
import { initWorkspace, loadWorkspace } from '../../src/workspace/index.js';
import { openTestStore, type TestStore } from '../support/store.js';

const FIXTURES = path.resolve(import.meta.dirname, '../../src/connectors/ats/fixtures');

/** A small workspace: one team, three people, a two-position plan listing both fixture exports. */
async function writeHiringWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-hiring-'));
  await initWorkspace(dir, { orgName: 'Hiring' });
  await writeFile(
    path.join(dir, 'model/teams.yaml'),
    'teams:\n  - name: payments\n    title: Payments\n    type: stream-aligned\n    mission: Money moves safely.\n',
  );
  const person = (name: string, display: string) =>
    `  - name: ${name}\n    displayName: ${display}\n    role: Engineer\n    level: IC4\n    teams: [payments]\n    startDate: 2024-01-01\n`;
  await writeFile(
    path.join(dir, 'model/people.yaml'),
    `people:\n${person('ana', 'Ana Lopez')}${person('ben', 'Ben Ode')}${person('cleo', 'Cleo Park')}`,
  );
  await mkdir(path.join(dir, 'registers'), { recursive: true });
  await mkdir(path.join(dir, 'data'), { recursive: true });
  await writeFile(
    path.join(dir, 'registers/hiring.yaml'),
    `positions:
  - { id: POS-1, role: Backend Engineer, level: IC3, team: payments, opened: 2026-02-01, targetDate: 2026-05-01, priority: critical, status: filled, hiringManager: ana, filledBy: cleo, filledOn: 2026-05-04, atsJob: 149995 }
  - { id: POS-2, role: SRE, level: IC4, team: payments, opened: 2026-03-01, targetDate: 2026-09-01, priority: standard, status: open, hiringManager: ana }
imports:
  - { path: data/ats-export.csv, format: csv }
  - path: data/greenhouse-export.json
    format: greenhouse
    source: gh
    stages: { Application Review: applied, Phone Screen: screen, Take Home Test: technical, Onsite Interview: onsite }
`,
  );
  await copyFile(path.join(FIXTURES, 'ats-export.csv'), path.join(dir, 'data/ats-export.csv'));
  await copyFile(
    path.join(FIXTURES, 'greenhouse-export.json'),
    path.join(dir, 'data/greenhouse-export.json'),
  );
  return dir;
}

let dir: string;
let testStore: TestStore;
let context: AppContext;

beforeAll(async () => {
  dir = await writeHiringWorkspace();
  testStore = await openTestStore('pglite');
  context = { workspace: await loadWorkspace(dir), store: testStore.store };
}, 60_000);

afterAll(async () => {
  await testStore?.cleanup();
  await rm(dir, { recursive: true, force: true });
});

const csvFile = () => ({
  path: path.join(dir, 'data/ats-export.csv'),
  format: 'csv' as const,
  source: 'ats-ats-export',
});

describe('importing ATS exports', () => {
  it('imports both listed exports on sync, with stable source:key ids', async () => {
    const summary = await syncHiringFiles(context);
    expect(summary?.files.map((file) => file.source)).toEqual(['ats-ats-export', 'gh']);
    expect(summary?.files[0]?.summary).toBe('2 applications, 2 scorecards (4 written, 0 removed)');
    const applications = await listApplications(testStore.store);
    expect(applications.map((app) => app.id)).toEqual([
      'ats-ats-export:A1',
      'ats-ats-export:A2',
      'gh:69102626',
      'gh:69102627',
    ]);
    expect(applications[2]?.stages.at(-1)).toEqual({ stage: 'hired', enteredAt: '2026-04-08T10:00:00.000Z' });
    const cards = await listScorecards(testStore.store);
    expect(cards.find((card) => card.id === 'gh:scorecard-211231')).toMatchObject({
      interviewer: 'person:default/ana',
      overall: 4,
    });
  });

  it('changes nothing when the same exports are imported again', async () => {
    const before = await testStore.store.query<{ id: string; ingested_at: Date }>(
      'select id, ingested_at from hiring_applications order by id',
    );
    const summary = await syncHiringFiles(context);
    expect(summary?.files.map((file) => file.summary)).toEqual([
      '2 applications, 2 scorecards (0 written, 0 removed)',
      '2 applications, 2 scorecards (0 written, 0 removed)',
    ]);
    expect(
      await testStore.store.query('select id, ingested_at from hiring_applications order by id'),
    ).toEqual(before);
  });

  it('writes nothing when one row of the export is bad, and names the row and field', async () => {
    const original = await readFile(csvFile().path, 'utf8');
    const broken = `${original}A3,New Person,POS-1,agency,applied,2026-03-05,,,,\nA3,New Person,POS-1,agency,whiteboard,2026-03-07,,,,\n`;
    await writeFile(csvFile().path, broken);
    try {
      const error = await importHiringFiles(context, LOCAL_OPERATOR, [csvFile()]).catch((caught) => caught);
      expect(error).toBeInstanceOf(ImportError);
      expect((error as ImportError).issues[0]).toMatchObject({
        file: 'data/ats-export.csv',
        line: 11,
        path: 'stage',
      });
      const ids = (await listApplications(testStore.store)).map((app) => app.id);
      expect(ids).not.toContain('ats-ats-export:A3');
      expect(ids).toHaveLength(4);
    } finally {
      await writeFile(csvFile().path, original);
    }
  });

  it('removes applications a corrected export no longer holds', async () => {
    const original = await readFile(csvFile().path, 'utf8');
    await writeFile(
      csvFile().path,
      original
        .split('\n')
        .filter((line) => !line.startsWith('A2,'))
        .join('\n'),
    );
    try {
      const summary = await importHiringFiles(context, LOCAL_OPERATOR, [csvFile()]);
      expect(summary.files[0]?.summary).toBe('1 applications, 2 scorecards (0 written, 1 removed)');
      expect((await listApplications(testStore.store)).map((app) => app.id)).not.toContain(
        'ats-ats-export:A2',
      );
    } finally {
      await writeFile(csvFile().path, original);
    }
  });

  it('refuses an import to a role without people.import', async () => {
    await expect(importHiringFiles(context, { role: 'manager', actor: 'em' }, [csvFile()])).rejects.toThrow(
      /people.import/,
    );
  });
});
