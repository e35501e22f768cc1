/**
 * Importing a `.json` file holding one array of records, the shape incident tools export: each problem
 * located at the line of the offending element, the same validation as JSON Lines, and nothing written
 * from any file while one element is bad.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/errors.js';
import type { Incident } from '../../src/domain/records/index.js';
import { importRecordFiles } from '../../src/services/import.service.js';
import { countRecords, listIngestRuns, type Store, storeSchema } from '../../src/store/index.js';
import { buildIncident, buildWorkItem } from '../support/records.js';
import { makeTempDir, openTestStore, type TestStore } from '../support/store.js';

/** An export as incident tools write it: pretty-printed, one object per incident, nested lists. */
const incidents: Incident[] = [
  buildIncident(1, { source: 'incident-io', key: 'INC-101', severity: 'SEV-1', rootCause: 'expired cert' }),
  buildIncident(2, { source: 'incident-io', key: 'INC-102', status: 'investigating', resolvedAt: undefined }),
  buildIncident(3, { source: 'incident-io', key: 'INC-103', service: 'checkout', category: 'capacity' }),
  buildIncident(4, { source: 'incident-io', key: 'INC-104', severity: 'SEV-3', responders: [] }),
];

const pretty = (records: readonly unknown[]) => `${JSON.stringify(records, null, 2)}\n`;

/** The line a pretty-printed element starts on: `[` is line 1, each element follows the one before. */
function lineOfElement(records: readonly unknown[], index: number): number {
  return (
    2 +
    records
      .slice(0, index)
      .reduce<number>((lines, record) => lines + JSON.stringify(record, null, 2).split('\n').length, 0)
  );
}

async function catchImportError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ImportError)) throw new Error(`expected an ImportError, got ${String(error)}`);
  return error;
}

describe('importing a JSON array file', () => {
  let handle: TestStore;
  let store: Store;
  let temp: Awaited<ReturnType<typeof makeTempDir>>;

  const write = async (name: string, content: string) => {
    const file = path.join(temp.dir, name);
    await writeFile(file, content);
    return file;
  };
  const readRows = () =>
    store.db
      .select()
      .from(storeSchema.incidents)
      .orderBy(storeSchema.incidents.id)
      .then((rows) => rows.map(({ ingestedAt: _i, updatedAt: _u, ...row }) => row));

  beforeAll(async () => {
    handle = await openTestStore('pglite');
    store = handle.store;
    temp = await makeTempDir();
  });
  afterEach(async () => {
    await store.query('truncate incidents, work_items, ingest_runs');
  });
  afterAll(async () => {
    await handle.cleanup();
    await temp.remove();
  });

  it('stores the same rows from a JSON array as from JSON Lines of the same incidents', async () => {
    const jsonl = await write('incidents.jsonl', `${incidents.map((i) => JSON.stringify(i)).join('\n')}\n`);
    await importRecordFiles(store, [{ path: jsonl }]);
    const fromJsonLines = await readRows();
    await store.query('truncate incidents');

    const json = await write('export.json', pretty(incidents));
    const summary = await importRecordFiles(store, [{ path: json, type: 'incidents' }]);
    expect(summary.types).toEqual([{ type: 'incident', read: 4, inserted: 4, updated: 0, unchanged: 0 }]);
    expect(await readRows()).toEqual(fromJsonLines);
    expect(fromJsonLines.map((row) => [row.id, row.service])).toEqual([
      ['incident-io:INC-101', 'service:default/payments'],
      ['incident-io:INC-102', 'service:default/payments'],
      ['incident-io:INC-103', 'service:default/checkout'],
      ['incident-io:INC-104', 'service:default/payments'],
    ]);
  });

  it('reports each bad element at the line it starts on, and writes nothing from any file', async () => {
    const good = await write('work-items.jsonl', `${JSON.stringify(buildWorkItem(1))}\n`);
    const records: unknown[] = [
      incidents[0],
      { ...incidents[1], severity: 'P1' },
      incidents[2],
      'INC-999',
      { ...incidents[3], startedAt: 'yesterday' },
    ];
    const file = await write('incidents.json', pretty(records));
    const error = await catchImportError(importRecordFiles(store, [{ path: good }, { path: file }]));
    expect(error.issues).toEqual([
      expect.objectContaining({ file, line: lineOfElement(records, 1), path: 'severity', found: '"P1"' }),
      expect.objectContaining({ file, line: lineOfElement(records, 3), message: 'is not a JSON object' }),
      expect.objectContaining({ file, line: lineOfElement(records, 4), path: 'startedAt' }),
    ]);
    expect(lineOfElement(records, 1)).toBeGreaterThan(10);
    expect(await countRecords(store)).toMatchObject({ incident: 0, 'work-item': 0 });
    expect(await listIngestRuns(store)).toEqual([]);
  });

  it('reports an incident repeated in the array at the lines of both elements', async () => {
    const records = [incidents[0], incidents[1], incidents[0]];
    const file = await write('incidents.json', pretty(records));
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toEqual([
      expect.objectContaining({
        line: lineOfElement(records, 2),
        record: 'incident-io:INC-101',
        message: `repeats the incident incident-io:INC-101 of line ${lineOfElement(records, 0)}`,
      }),
    ]);
  });

  it('reports broken JSON at its line and column, and a file that is not an array', async () => {
    const text = pretty(incidents.slice(0, 2)).replace('"title": "Checkout errors 2"', '"title" "x"');
    const broken = await write('incidents.json', text);
    const line = text.split('\n').findIndex((row) => row.includes('"title" "x"')) + 1;
    const error = await catchImportError(importRecordFiles(store, [{ path: broken }]));
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: broken,
        line,
        column: 13,
        message: 'is not valid JSON: found a missing colon',
      }),
    ]);
    const wrapped = await write('wrapped-incidents.json', JSON.stringify({ incidents }));
    const notArray = await catchImportError(importRecordFiles(store, [{ path: wrapped, type: 'incident' }]));
    expect(notArray.issues).toEqual([
      expect.objectContaining({
        line: 1,
        found: 'an object',
        expected: 'one JSON array of incident records',
      }),
    ]);
    expect(await countRecords(store)).toMatchObject({ incident: 0 });
  });

  it('reports the line of bytes that are not UTF-8 and reads nothing else of the file', async () => {
    const file = path.join(temp.dir, 'incidents.json');
    const text = pretty(incidents.slice(0, 1));
    await writeFile(
      file,
      Buffer.concat([Buffer.from(text.replace('expired', 'exp')), Buffer.from([0xff, 0x0a])]),
    );
    const error = await catchImportError(importRecordFiles(store, [{ path: file }]));
    expect(error.issues).toEqual([
      expect.objectContaining({
        file,
        line: text.split('\n').length,
        message: 'contains bytes that are not UTF-8',
      }),
    ]);
  });
});
