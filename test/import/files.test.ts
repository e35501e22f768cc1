/**
 * Importing JSON Lines and CSV files into the embedded store: every problem reported with file, line and
 * field before anything is written; the same records, re-imported or in another format, stored once.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/errors.js';
import type { Deployment } from '../../src/domain/records/index.js';
import { importRecordFiles } from '../../src/services/import.service.js';
import { countRecords, listIngestRuns, type Store, storeSchema } from '../../src/store/index.js';
import { buildDeployment, buildWorkItem } from '../support/records.js';
import { makeTempDir, openTestStore, type TestStore } from '../support/store.js';

const DEPLOYMENT_COLUMNS = [
  'source',
  'key',
  'service',
  'environment',
  'finishedAt',
  'result',
  'commitSha',
  'unplanned',
];

function toCsvLine(deployment: Deployment): string {
  return [
    deployment.source,
    deployment.key,
    deployment.service,
    deployment.environment,
    deployment.finishedAt,
    deployment.result,
    deployment.commitSha,
    String(deployment.unplanned),
  ].join(',');
}

const deployments = [0, 1, 2].map((index) =>
  buildDeployment(index, { startedAt: undefined, repository: undefined, unplanned: index === 2 }),
);

async function catchImportError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

describe('importing record files', () => {
  let handle: TestStore;
  let store: Store;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  const write = async (name: string, content: string | Uint8Array) => {
    const file = path.join(temp.dir, name);
    await writeFile(file, content);
    return file;
  };

  beforeAll(async () => {
    handle = await openTestStore('pglite');
    store = handle.store;
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await store.query('truncate deployments, work_items, ingest_runs');
  });
  afterAll(async () => {
    await handle.cleanup();
    await temp.remove();
  });

  it('names the missing CSV columns and the expected ones', async () => {
    const file = await write('deployments.csv', 'source,key,service\nci,d-1,payments\n');
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ file, line: 1 });
    expect(error.issues[0]?.message).toContain(
      'missing required columns environment, finishedAt, result, commitSha',
    );
    expect(error.issues[0]?.expected).toContain('columns among source, key, service, environment');
  });

  it('names an extra CSV column', async () => {
    const header = [...DEPLOYMENT_COLUMNS, 'colour'].join(',');
    const file = await write(
      'deployments.csv',
      `${header}\n${toCsvLine(deployments[0] as Deployment)},blue\n`,
    );
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'The header does not fit a deployment file: unknown or repeated columns colour',
    ]);
  });

  it('reports a bad enumeration value with file, line and field', async () => {
    const bad = toCsvLine({ ...(deployments[1] as Deployment), result: 'done' as 'success' });
    const lines = [DEPLOYMENT_COLUMNS.join(','), toCsvLine(deployments[0] as Deployment), bad];
    const file = await write('deployments.csv', `${lines.join('\n')}\n`);
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toEqual([
      expect.objectContaining({ file, line: 3, column: 6, path: 'result', found: '"done"' }),
    ]);
    expect(error.message).toContain(`${file}:3:6 field result: is not an allowed value`);
    expect((await countRecords(store)).deployment).toBe(0);
  });

  it('reports the line of bytes that are not UTF-8', async () => {
    const lines = [JSON.stringify(deployments[0]), JSON.stringify(deployments[1])];
    const bytes = Buffer.concat([
      Buffer.from(`${lines[0]}\n`),
      Buffer.from('{"source":"ci","key":"caf'),
      Buffer.from([0xe9]),
      Buffer.from(`"}\n${lines[1]}\n`),
    ]);
    const file = await write('deployments.jsonl', bytes);
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toEqual([
      expect.objectContaining({ file, line: 2, message: 'contains bytes that are not UTF-8' }),
    ]);
  });

  it('reports an invalid JSON line with its line and column', async () => {
    const file = await write(
      'deployments.jsonl',
      `${JSON.stringify(deployments[0])}\n\n{"source": "ci",, }\n`,
    );
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toEqual([expect.objectContaining({ file, line: 3, column: 17 })]);
  });

  it('reports a source:key repeated in one file at both lines', async () => {
    const line = JSON.stringify(deployments[0]);
    const file = await write('deployments.jsonl', `${line}\n${JSON.stringify(deployments[1])}\n${line}\n`);
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toEqual([
      expect.objectContaining({
        line: 3,
        record: 'ci:deploy-0',
        message: 'repeats the deployment ci:deploy-0 of line 1',
      }),
    ]);
  });

  it('writes nothing from any file when one row of one file is bad', async () => {
    const good = await write('work-items.jsonl', `${JSON.stringify(buildWorkItem(1))}\n`);
    const bad = [JSON.stringify(deployments[0]), JSON.stringify({ ...deployments[1], environment: '' })];
    const file = await write('deployments.jsonl', `${bad.join('\n')}\n`);
    const error = await catchImportError(importRecordFiles(store, [{ path: good }, { path: file }]));
    expect(error.issues).toEqual([expect.objectContaining({ file, line: 2, path: 'environment' })]);
    expect(await countRecords(store)).toMatchObject({ deployment: 0, 'work-item': 0 });
    expect(await listIngestRuns(store)).toEqual([]);
  });

  it('writes each record once however often the same file is imported', async () => {
    const file = await write(
      'deployments.jsonl',
      `${deployments.map((d) => JSON.stringify(d)).join('\n')}\n`,
    );
    const first = await importRecordFiles(store, [{ path: file }]);
    const second = await importRecordFiles(store, [{ path: file }]);
    expect(first.types).toEqual([{ type: 'deployment', read: 3, inserted: 3, updated: 0, unchanged: 0 }]);
    expect(second.types).toEqual([{ type: 'deployment', read: 3, inserted: 0, updated: 0, unchanged: 3 }]);
    expect((await countRecords(store)).deployment).toBe(3);
    const runs = await listIngestRuns(store);
    expect(runs.map((run) => [run.file, run.source, run.inserted, run.unchanged])).toEqual([
      [file, 'ci', 0, 3],
      [file, 'ci', 3, 0],
    ]);
  });

  it('stores the same rows from CSV and from JSON Lines of the same records', async () => {
    const readRows = () =>
      store.db
        .select()
        .from(storeSchema.deployments)
        .orderBy(storeSchema.deployments.id)
        .then((rows) => rows.map(({ ingestedAt: _i, updatedAt: _u, ...row }) => row));
    const jsonl = await write(
      'deployments.ndjson',
      `${deployments.map((d) => JSON.stringify(d)).join('\n')}\n`,
    );
    await importRecordFiles(store, [{ path: jsonl }]);
    const fromJsonLines = await readRows();
    await store.query('truncate deployments');

    const csv = await write(
      'deploys.csv',
      `${[DEPLOYMENT_COLUMNS.join(','), ...deployments.map(toCsvLine)].join('\r\n')}\r\n`,
    );
    const summary = await importRecordFiles(store, [{ path: csv, type: 'deployments' }]);
    expect(summary.types).toEqual([{ type: 'deployment', read: 3, inserted: 3, updated: 0, unchanged: 0 }]);
    expect(await readRows()).toEqual(fromJsonLines);
    expect(fromJsonLines.map((row) => [row.id, row.service, row.unplanned])).toEqual([
      ['ci:deploy-0', 'service:default/payments', false],
      ['ci:deploy-1', 'service:default/payments', false],
      ['ci:deploy-2', 'service:default/payments', true],
    ]);
  });

  it('reports a file that does not exist', async () => {
    const file = path.join(temp.dir, 'missing', 'deployments.csv');
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toEqual([expect.objectContaining({ file, message: 'does not exist' })]);
  });

  it('refuses a file whose name does not say its record type', async () => {
    const file = await write('export.jsonl', `${JSON.stringify(deployments[0])}\n`);
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toEqual([expect.objectContaining({ file, found: 'export' })]);
  });

  it('caps the listed issues and says how many more there are', async () => {
    const lines = Array.from({ length: 60 }, (_, index) =>
      JSON.stringify({ ...deployments[0], key: `k${index}`, result: 'x' }),
    );
    const file = await write('deployments.jsonl', `${lines.join('\n')}\n`);
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toHaveLength(51);
    expect(error.issues[50]?.message).toBe('… and 10 more issues');
    expect(error.message).toContain('Nothing was imported: 60 problems in the file');
  });
});
