import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapAtsCsv } from './csv-map.js';
import { testSettings } from './test-settings.js';

const FIXTURE = readFileSync(path.join(import.meta.dirname, 'fixtures', 'ats-export.csv'), 'utf8');
const HEADER = 'application_id,candidate,position,source,stage,entered_at,outcome';

function invalid(text: string) {
  const result = mapAtsCsv(text, testSettings());
  if (result.kind !== 'invalid') throw new Error('expected the export to be refused');
  return result.issues;
}

describe('mapAtsCsv', () => {
  it('builds one application per id with its stage history in pipeline order and the offer dates', () => {
    const result = mapAtsCsv(FIXTURE, testSettings());
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.issues));
    const [hired, rejected] = result.data.applications;
    expect(hired).toMatchObject({
      id: 'ats-test:A1',
      positionId: 'POS-1',
      candidate: 'Rosa Quispe',
      channel: 'referral',
      outcome: 'hired',
      appliedAt: '2026-03-02T00:00:00.000Z',
      offerExtendedAt: '2026-03-28T00:00:00.000Z',
      offerAcceptedAt: '2026-04-02T08:00:00.000Z',
    });
    expect(hired?.stages.map((entry) => entry.stage)).toEqual([
      'applied',
      'screen',
      'onsite',
      'offer',
      'hired',
    ]);
    expect(rejected).toMatchObject({ id: 'ats-test:A2', outcome: 'rejected', offerExtendedAt: null });
  });

  it('reads each interviewer row as a scorecard, matching known people and keeping other names', () => {
    const result = mapAtsCsv(FIXTURE, testSettings());
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.data.scorecards).toEqual([
      expect.objectContaining({
        interviewer: 'person:default/ana',
        interviewerName: null,
        stage: 'onsite',
        overall: 4,
        ratings: { communication: 4 },
      }),
      expect.objectContaining({
        interviewer: null,
        interviewerName: 'Jo Contractor',
        overall: 2,
        ratings: { communication: 2 },
      }),
    ]);
  });

  it('refuses a file without a required column, naming it on line 1', () => {
    const [issue] = invalid(
      'application_id,candidate,position,source,stage\nA1,Rosa,POS-1,referral,applied\n',
    );
    expect(issue).toMatchObject({ file: 'data/ats.csv', line: 1, path: 'entered_at' });
    expect(issue?.message).toContain('missing column entered_at');
  });

  it('refuses a candidate in an unknown stage with the row, field, value and the stages expected', () => {
    const [issue] = invalid(
      `${HEADER}\nA1,Rosa,POS-1,referral,applied,2026-03-01,\nA1,Rosa,POS-1,referral,whiteboard,2026-03-04,\n`,
    );
    expect(issue).toMatchObject({ line: 3, column: 5, path: 'stage', record: 'A1', found: '"whiteboard"' });
    expect(issue?.message).toBe('candidate in an unknown stage');
    expect(issue?.expected).toContain('applied, screen, technical, onsite, offer, hired');
  });

  it('refuses stage dates out of pipeline order at the later stage’s row', () => {
    const [issue] = invalid(
      `${HEADER}\nA1,Rosa,POS-1,referral,applied,2026-03-05,\nA1,Rosa,POS-1,referral,screen,2026-03-01,\n`,
    );
    expect(issue).toMatchObject({
      line: 3,
      path: 'entered_at',
      record: 'A1',
      message: 'stage dates out of order',
    });
    expect(issue?.found).toBe('screen entered 2026-03-01T00:00:00.000Z');
    expect(issue?.expected).toContain('2026-03-05T00:00:00.000Z, when applied was entered (line 2)');
  });

  it('refuses an unknown position', () => {
    const [issue] = invalid(`${HEADER}\nA1,Rosa,POS-9,referral,applied,2026-03-05,\n`);
    expect(issue).toMatchObject({
      line: 2,
      column: 3,
      path: 'position',
      found: '"POS-9"',
      message: 'unknown position',
    });
  });

  it('refuses rows of one application that disagree on the candidate, without naming the candidate', () => {
    const [issue] = invalid(
      `${HEADER}\nA1,Rosa,POS-1,referral,applied,2026-03-05,\nA1,Rita,POS-1,referral,screen,2026-03-07,\n`,
    );
    expect(issue).toMatchObject({ line: 3, path: 'candidate', expected: 'the name on line 2' });
    expect(JSON.stringify(issue)).not.toMatch(/Rita|Rosa/);
  });
});
