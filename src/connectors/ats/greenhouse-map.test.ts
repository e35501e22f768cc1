import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapGreenhouseExport } from './greenhouse-map.js';
import { testSettings } from './test-settings.js';

const EXPORT = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'fixtures', 'greenhouse-export.json'), 'utf8'),
);
const settings = testSettings({ file: 'data/greenhouse.json', source: 'gh' });

describe('mapGreenhouseExport', () => {
  it('maps a hired application: job to position, stage names to stages, the accepted offer to the hire stage', () => {
    const result = mapGreenhouseExport(EXPORT, settings);
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result.issues));
    const hired = result.data.applications[0];
    expect(hired).toMatchObject({
      id: 'gh:69102626',
      positionId: 'POS-1',
      candidate: 'Rosa Quispe',
      channel: 'Referral',
      outcome: 'hired',
      offerExtendedAt: '2026-04-04T00:00:00.000Z',
      offerAcceptedAt: '2026-04-08T10:00:00.000Z',
    });
    expect(hired?.stages.map((entry) => entry.stage)).toEqual([
      'applied',
      'screen',
      'technical',
      'onsite',
      'offer',
      'hired',
    ]);
    expect(hired?.stages.at(-1)?.enteredAt).toBe('2026-04-08T10:00:00.000Z');
  });

  it('reads a rejection the candidate made as withdrawn, with the current stage as the last one entered', () => {
    const result = mapGreenhouseExport(EXPORT, settings);
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.data.applications[1]).toMatchObject({
      outcome: 'withdrawn',
      channel: 'LinkedIn (Prospecting)',
    });
    expect(result.data.applications[1]?.stages).toEqual([
      { stage: 'applied', enteredAt: '2026-03-04T11:00:00.000Z' },
      { stage: 'technical', enteredAt: '2026-03-20T12:11:40.877Z' },
    ]);
  });

  it('maps rating words to 1-4, leaves "mixed" unrated and keeps an unmatched interviewer by name', () => {
    const result = mapGreenhouseExport(EXPORT, settings);
    if (result.kind !== 'ok') throw new Error('expected ok');
    expect(result.data.scorecards).toEqual([
      expect.objectContaining({
        applicationId: 'gh:69102626',
        interviewer: 'person:default/ana',
        stage: 'onsite',
        overall: 4,
        ratings: { 'system-design': 3, communication: 4 },
      }),
      expect.objectContaining({
        interviewer: null,
        interviewerName: 'Jo Contractor',
        overall: 2,
        ratings: { 'system-design': 1 },
      }),
    ]);
  });

  it('refuses an application in a stage the pipeline does not know, naming the record and field', () => {
    const broken = structuredClone(EXPORT);
    broken.applications[1].current_stage.name = 'Reference Check';
    const result = mapGreenhouseExport(broken, settings);
    expect(result.kind).toBe('invalid');
    if (result.kind !== 'invalid') return;
    expect(result.issues[0]).toMatchObject({
      file: 'data/greenhouse.json',
      record: 'application 69102627',
      path: 'applications[1].stage_history[1].stage.name',
      found: 'Reference Check',
      message: 'candidate in an unknown stage',
    });
  });

  it('refuses an application for a job no position answers to', () => {
    const broken = structuredClone(EXPORT);
    broken.applications[0].jobs[0].id = 777;
    const result = mapGreenhouseExport(broken, settings);
    if (result.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.issues[0]).toMatchObject({
      path: 'applications[0].jobs[0].id',
      found: '777',
      message: 'unknown position',
    });
  });
});
