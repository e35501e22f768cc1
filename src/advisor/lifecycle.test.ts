import { describe, expect, it } from 'vitest';
import { InputError } from '../domain/errors.js';
import { type FingerprintedDraft, findingIdOf, fingerprintOf } from './engine.js';
import {
  acknowledgeFinding,
  mergeRun,
  reopenFinding,
  resolveFinding,
  type StoredFinding,
  snoozeFinding,
} from './lifecycle.js';

function draft(subject = 'team:default/checkout', value = 0.3): FingerprintedDraft {
  const fingerprint = fingerprintOf('test.rule', subject);
  return {
    id: findingIdOf(fingerprint),
    fingerprint,
    rule: 'test.rule',
    subject,
    severity: 'medium',
    title: `Change failure rate is ${value * 100}%`,
    summary: 'Deployments fail.',
    why: 'Failures cost trust.',
    actions: ['Review them.'],
    owner: null,
    evidence: { figures: [{ metric: 'cfr', label: 'CFR', value, unit: 'ratio' }], records: [] },
    concern: 'tech.reliability',
  };
}

const DAY1 = { asOf: '2026-11-20', at: '2026-11-21T06:00:00.000Z' };
const DAY2 = { asOf: '2026-11-21', at: '2026-11-22T06:00:00.000Z' };
const DAY5 = { asOf: '2026-11-24', at: '2026-11-25T06:00:00.000Z' };
const PERSON = { actor: 'ana', at: '2026-11-21T09:00:00.000Z' };

function firstRun(): StoredFinding {
  const [finding] = mergeRun([], [draft()], DAY1).findings;
  if (!finding) throw new Error('no finding');
  return finding;
}

describe('mergeRun', () => {
  it('opens a new fingerprint as new, first and last seen on the day', () => {
    const run = mergeRun([], [draft()], DAY1);
    expect(run.counts).toMatchObject({ raised: 1, opened: 1, updated: 0, cleared: 0 });
    expect(run.findings[0]).toMatchObject({
      status: 'new',
      firstSeen: DAY1.asOf,
      lastSeen: DAY1.asOf,
      cleared: false,
    });
  });

  it('updates the figures and last day of a finding seen again and keeps its acknowledgement', () => {
    const acknowledged = acknowledgeFinding(firstRun(), { note: 'on it' }, PERSON);
    const run = mergeRun([acknowledged], [draft('team:default/checkout', 0.4)], DAY2);
    expect(run.counts).toMatchObject({ opened: 0, updated: 1 });
    expect(run.findings[0]).toMatchObject({
      status: 'acknowledged',
      note: 'on it',
      changedBy: 'ana',
      firstSeen: DAY1.asOf,
      lastSeen: DAY2.asOf,
      title: 'Change failure rate is 40%',
    });
  });

  it('changes nothing when the same day is run again', () => {
    const once = mergeRun([], [draft()], DAY1);
    const twice = mergeRun(once.findings, [draft()], { ...DAY1, at: '2026-11-21T07:00:00.000Z' });
    expect(twice.changed).toEqual([]);
    expect(twice.findings).toEqual(once.findings);
  });

  it('resolves a finding no longer raised, as cleared, with the day in the note', () => {
    const run = mergeRun([firstRun()], [], DAY2);
    expect(run.counts.cleared).toBe(1);
    expect(run.findings[0]).toMatchObject({
      status: 'resolved',
      cleared: true,
      note: 'condition no longer observed on 2026-11-21',
      changedBy: 'advisor',
    });
  });

  it('does not clear the findings of a rule that failed in the run', () => {
    const run = mergeRun([firstRun()], [], { ...DAY2, failedRules: ['test.rule'] });
    expect(run.changed).toEqual([]);
    expect(run.findings[0]?.status).toBe('new');
  });

  it('reopens a resolved finding raised again as new and counts it', () => {
    const resolved = resolveFinding(firstRun(), { reason: 'fixed the pipeline' }, PERSON);
    const run = mergeRun([resolved], [draft()], DAY2);
    expect(run.counts).toMatchObject({ reopened: 1, opened: 0, updated: 0 });
    expect(run.findings[0]).toMatchObject({ status: 'new', cleared: false, firstSeen: DAY1.asOf });
  });

  it('brings a snoozed finding back as it was before the snooze once its day has come', () => {
    const acknowledged = acknowledgeFinding(firstRun(), {}, PERSON);
    const snoozed = snoozeFinding(
      acknowledged,
      { until: '2026-11-24', reason: 'after the freeze' },
      { ...PERSON, today: '2026-11-21' },
    );
    const stillSnoozed = mergeRun([snoozed], [draft()], DAY2);
    expect(stillSnoozed.findings[0]?.status).toBe('snoozed');
    const back = mergeRun(stillSnoozed.findings, [draft()], DAY5);
    expect(back.counts.woke).toBe(1);
    expect(back.findings[0]).toMatchObject({ status: 'acknowledged', snoozedUntil: null });
  });
});

describe('transitions by people', () => {
  it('records who and when, and the reason', () => {
    const resolved = resolveFinding(firstRun(), { reason: ' rolled back ' }, PERSON);
    expect(resolved).toMatchObject({
      status: 'resolved',
      note: 'rolled back',
      changedBy: 'ana',
      changedAt: PERSON.at,
      cleared: false,
    });
    expect(reopenFinding(resolved, {}, { actor: 'bo', at: PERSON.at })).toMatchObject({
      status: 'new',
      changedBy: 'bo',
    });
  });

  it('refuses a snooze without a reason or ending today or earlier', () => {
    const finding = firstRun();
    const change = { ...PERSON, today: '2026-11-21' };
    expect(() => snoozeFinding(finding, { until: '2026-11-30', reason: '  ' }, change)).toThrow(/reason/);
    expect(() => snoozeFinding(finding, { until: '2026-11-21', reason: 'later' }, change)).toThrow(
      InputError,
    );
  });

  it('refuses transitions from the wrong status, saying what it found and expected', () => {
    const finding = firstRun();
    expect(() => reopenFinding(finding, {}, PERSON)).toThrow(/Cannot reopen F-[0-9a-f]{8}: it is new/);
    const acknowledged = acknowledgeFinding(finding, {}, PERSON);
    expect(() => acknowledgeFinding(acknowledged, {}, PERSON)).toThrow(InputError);
    const resolved = resolveFinding(finding, { reason: 'done' }, PERSON);
    expect(() => resolveFinding(resolved, { reason: 'again' }, PERSON)).toThrow(
      /new \| acknowledged \| snoozed/,
    );
  });
});
