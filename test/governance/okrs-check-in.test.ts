import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ConflictError, WorkspaceError } from '../../src/domain/errors.js';
import { appendCheckIn } from '../../src/services/okr-check-in.js';
import { checkInKeyResult } from '../../src/services/okrs.service.js';
import { runCli } from '../support/cli.js';

const made: string[] = [];

afterEach(async () => {
  await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const OKRS = `# Q4 goals, reviewed every Monday
quarter: 2026-Q4
objectives:
  - id: co-pay
    title: Paying is effortless
    level: company
    owner: grace
    keyResults:
      - id: kr-cfr
        title: Deployments that cause a failure
        unit: percent
        baseline: 12
        target: 5
        metric: { id: dora.change-failure-rate, scope: org }

      - id: kr-errors # counted by the payments dashboard
        title: Payment errors per 1,000 attempts
        unit: count
        baseline: 4
        target: 2
        checkIns:
          - { date: 2026-11-10, value: 3.6, note: "retries fixed" }
      - id: kr-nps
        title: Merchant satisfaction
        unit: score
        baseline: 30
        target: 45
`;

async function writeWorkspace(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sextant-okr-check-in-'));
  made.push(dir);
  const files = {
    'sextant.yaml': 'org:\n  name: Acme\ntimezone: Europe/Berlin\nfiscalYearStart: 2\n',
    'model/teams.yaml':
      'teams:\n  - name: payments\n    type: stream-aligned\n    mission: Let customers pay.\n',
    'model/people.yaml': 'people:\n  - name: grace\n    role: VP Engineering\n    teams: [payments]\n',
    'okrs/2026-Q4.yaml': OKRS,
  };
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return dir;
}

const NOW = new Date('2026-11-23T10:00:00Z');

describe('appending a check-in to the YAML', () => {
  it('adds one line after the last check-in and leaves every comment and blank line as written', () => {
    const text = appendCheckIn(OKRS, 'kr-errors', { date: '2026-11-23', value: 3.1, note: 'new gateway' });
    const expected = OKRS.replace(
      '          - { date: 2026-11-10, value: 3.6, note: "retries fixed" }\n',
      '          - { date: 2026-11-10, value: 3.6, note: "retries fixed" }\n          - { date: 2026-11-23, value: 3.1, note: new gateway }\n',
    );
    expect(text).toBe(expected);
  });

  it('starts a list of check-ins on a key result that has none', () => {
    const text = appendCheckIn(OKRS, 'kr-nps', { date: '2026-11-23', value: 33 });
    expect(
      text.endsWith('        target: 45\n        checkIns:\n          - { date: 2026-11-23, value: 33 }\n'),
    ).toBe(true);
  });
});

describe('checking in on a key result', () => {
  it('writes the check-in to the file and reports how many the key result has', async () => {
    const dir = await writeWorkspace();
    const result = await checkInKeyResult(dir, 'kr-errors', { value: '3.2', note: 'better' }, NOW);
    expect(result).toEqual({
      keyResult: 'kr-errors',
      objective: 'co-pay',
      file: 'okrs/2026-Q4.yaml',
      checkIn: { date: '2026-11-23', value: 3.2, note: 'better' },
      checkIns: 2,
    });
    const text = await readFile(path.join(dir, 'okrs/2026-Q4.yaml'), 'utf8');
    expect(text).toContain('          - { date: 2026-11-23, value: 3.2, note: better }\n');
    expect(text.startsWith('# Q4 goals, reviewed every Monday\n')).toBe(true);
    expect(await readdir(path.join(dir, 'okrs'))).toEqual(['2026-Q4.yaml']);
  });

  it('refuses a metric-linked key result and writes nothing', async () => {
    const dir = await writeWorkspace();
    await expect(checkInKeyResult(dir, 'kr-cfr', { value: 4 }, NOW)).rejects.toBeInstanceOf(ConflictError);
    expect(await readFile(path.join(dir, 'okrs/2026-Q4.yaml'), 'utf8')).toBe(OKRS);
  });

  it('refuses a check-in dated outside the quarter with its file, line and field, and writes nothing', async () => {
    const dir = await writeWorkspace();
    const error = await checkInKeyResult(dir, 'kr-errors', { value: 3, date: '2026-10-31' }, NOW).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).issues).toEqual([
      expect.objectContaining({
        file: 'okrs/2026-Q4.yaml',
        line: 23,
        path: 'objectives[0].keyResults[1].checkIns[1].date',
        found: '2026-10-31',
        expected: 'a day from 2026-11-01 to 2027-01-31',
      }),
    ]);
    expect(await readFile(path.join(dir, 'okrs/2026-Q4.yaml'), 'utf8')).toBe(OKRS);
    expect(await readdir(path.join(dir, 'okrs'))).toEqual(['2026-Q4.yaml']);
  });

  it('refuses a value that is not a number', async () => {
    const dir = await writeWorkspace();
    await expect(checkInKeyResult(dir, 'kr-errors', { value: 'lots' }, NOW)).rejects.toThrow(/a number/);
  });

  it('records a check-in from the command line and exits 1 on an unknown key result', async () => {
    const dir = await writeWorkspace();
    const ok = await runCli([
      '-w',
      dir,
      'okrs',
      'check-in',
      'kr-nps',
      '--value',
      '36',
      '--date',
      '2026-11-20',
      '--json',
    ]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({
      keyResult: 'kr-nps',
      checkIn: { date: '2026-11-20', value: 36 },
    });
    const missing = await runCli(['-w', dir, 'okrs', 'check-in', 'kr-none', '--value', '1']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No key result kr-none');
  });
});
