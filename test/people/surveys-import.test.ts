/** Importing survey responses from CSV into the embedded database: every bad input refused whole, re-import idempotent. */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ImportError } from '../../src/domain/errors.js';
import { LOCAL_OPERATOR } from '../../src/domain/privacy.js';
import type { AppContext } from '../../src/services/context.js';
import { importSurveyResponses, syncSurveyResponseFiles } from '../../src/services/survey-import.service.js';
import { listSurveyResponses } from '../../src/store/index.js';
import { useDemoWorkspace } from '../support/demo.js';
import { openTestStore, type TestStore } from '../support/store.js';

const demo = useDemoWorkspace('sextant-surveys-import-');
let opened: TestStore;
let context: AppContext;

beforeEach(async () => {
  opened = await openTestStore('pglite');
  context = { workspace: demo.workspace, store: opened.store };
});
afterEach(async () => {
  await opened.cleanup();
});

const PULSE_HEADER = 'response_id,submitted_at,team,tenure,workload,clarity,support,note';

async function pulseFile(name: string, rows: string[], header = PULSE_HEADER): Promise<string> {
  const file = path.join(demo.dir, 'data', name);
  await writeFile(file, `${[header, ...rows].join('\n')}\n`);
  return file;
}

async function importError(file: string): Promise<ImportError> {
  const error = await importSurveyResponses(context, LOCAL_OPERATOR, [
    { survey: 'pulse-2026-10', path: file },
  ]).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const GOOD = 'a1,2026-10-12T09:00:00Z,checkout,1-2y,4,4,5,Fine';

describe('survey response import', () => {
  it('imports every file the definitions list on sync, and a second sync changes nothing', async () => {
    const first = await syncSurveyResponseFiles(context);
    expect(first?.files).toHaveLength(4);
    const dx = await listSurveyResponses(context.store, ['dx-2026-q3']);
    expect(dx).toHaveLength(39);
    expect(dx[0]?.id).toMatch(/^dx-2026-q3:r\d{3}$/);
    expect(Object.keys(dx[0] ?? {}).sort()).toEqual([
      'answers',
      'id',
      'source',
      'submittedAt',
      'surveyId',
      'team',
      'tenure',
    ]);
    const second = await syncSurveyResponseFiles(context);
    expect(
      second?.files.every((file) => /0 new, 0 changed, \d+ unchanged, 0 removed/.test(file.summary)),
    ).toBe(true);
    expect(await listSurveyResponses(context.store, ['dx-2026-q3'])).toEqual(dx);
  });

  it('refuses a value outside the item scale, naming file, row, field, found and expected', async () => {
    const file = await pulseFile('bad-scale.csv', [GOOD, 'a2,2026-10-12T09:00:00Z,checkout,,6,4,4,']);
    const error = await importError(file);
    expect(error.issues).toEqual([
      expect.objectContaining({
        file: 'data/bad-scale.csv',
        line: 3,
        path: 'workload',
        message: 'row 2: answer outside the scale of "workload"',
        found: '"6"',
        expected: 'a whole number from 1 to 5, or nothing for a skipped item',
      }),
    ]);
  });

  it('refuses an unknown team, an unknown tenure band and a submission outside the survey window', async () => {
    const file = await pulseFile('bad-rows.csv', [
      'a1,2026-10-12T09:00:00Z,no-such-team,1-2y,4,4,5,',
      'a2,2026-10-12T09:00:00Z,checkout,ten years,4,4,5,',
      'a3,2026-10-30T09:00:00Z,checkout,,4,4,5,',
    ]);
    const error = await importError(file);
    expect(error.issues.map((issue) => [issue.line, issue.path, issue.found])).toEqual([
      [2, 'team', '"no-such-team"'],
      [3, 'tenure', '"ten years"'],
      [4, 'submitted_at', '"2026-10-30T09:00:00Z"'],
    ]);
    expect(error.issues[2]?.expected).toContain('from 2026-10-09 to 2026-10-16');
  });

  it('refuses a missing item column and an unknown column in the header', async () => {
    const missing = await importError(
      await pulseFile(
        'missing.csv',
        ['a1,2026-10-12T09:00:00Z,checkout,4,4'],
        'response_id,submitted_at,team,workload,clarity',
      ),
    );
    expect(missing.issues.map((issue) => issue.message)).toEqual([
      'missing column "support"',
      'missing column "note"',
    ]);
    const unknown = await importError(await pulseFile('unknown.csv', [`${GOOD},x`], `${PULSE_HEADER},name`));
    expect(unknown.issues).toEqual([
      expect.objectContaining({ line: 1, column: 9, message: 'unknown column "name"', found: 'name' }),
    ]);
  });

  it('writes nothing when one row of many is bad', async () => {
    const file = await pulseFile('half.csv', [
      GOOD,
      'a2,2026-10-12T09:00:00Z,checkout,,4,4,5,',
      'a3,2026-10-12T09:00:00Z,checkout,,4,0,5,',
    ]);
    await importError(file);
    expect(await listSurveyResponses(context.store, ['pulse-2026-10'])).toEqual([]);
  });

  it('re-imports the same file without change and takes a corrected answer as an update', async () => {
    const file = await pulseFile('good.csv', [GOOD, 'a2,2026-10-13T09:00:00Z,payments,,3,,2,']);
    const first = await importSurveyResponses(context, LOCAL_OPERATOR, [
      { survey: 'pulse-2026-10', path: file },
    ]);
    expect(first.files[0]).toMatchObject({ inserted: 2, updated: 0 });
    const again = await importSurveyResponses(context, LOCAL_OPERATOR, [
      { survey: 'pulse-2026-10', path: file },
    ]);
    expect(again.files[0]).toMatchObject({ inserted: 0, updated: 0, unchanged: 2, removed: 0 });
    const stored = await listSurveyResponses(context.store, ['pulse-2026-10']);
    expect(stored.find((row) => row.id === 'pulse-2026-10:a2')?.answers).toEqual({ workload: 3, support: 2 });
    await writeFile(file, (await readFile(file, 'utf8')).replace(',payments,,3,', ',payments,,2,'));
    const corrected = await importSurveyResponses(context, LOCAL_OPERATOR, [
      { survey: 'pulse-2026-10', path: file },
    ]);
    expect(corrected.files[0]).toMatchObject({ inserted: 0, updated: 1, unchanged: 1 });
  });

  it('refuses an import by a role without people.import', async () => {
    const file = await pulseFile('refused.csv', [GOOD]);
    await expect(
      importSurveyResponses(context, { role: 'manager', actor: 'em' }, [
        { survey: 'pulse-2026-10', path: file },
      ]),
    ).rejects.toThrow(/people.import/);
  });
});
