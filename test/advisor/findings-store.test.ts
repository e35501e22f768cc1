/** The findings store on both engines: a run's findings read back as saved, one row per condition. */
import { describe, expect, it } from 'vitest';
import { findingIdOf, fingerprintOf } from '../../src/advisor/engine.js';
import { mergeRun, type StoredFinding } from '../../src/advisor/lifecycle.js';
import {
  countAdvisorRuns,
  findStoredFinding,
  latestAdvisorRun,
  listStoredFindings,
  recordAdvisorRun,
  type Store,
  saveFindings,
} from '../../src/store/index.js';
import { openStoreForEachTest, STORE_ENGINES } from '../support/store.js';

function finding(subject: string): StoredFinding {
  const fingerprint = fingerprintOf('org.test', subject);
  const [stored] = mergeRun(
    [],
    [
      {
        id: findingIdOf(fingerprint),
        fingerprint,
        rule: 'org.test',
        subject,
        severity: 'high',
        title: 'Four dependencies are overdue',
        summary: 'Ü and more.',
        why: 'Teams wait.',
        actions: ['Escalate.', 'Re-plan.'],
        owner: 'VP of Engineering',
        evidence: {
          figures: [
            {
              metric: 'overdue',
              label: 'Overdue',
              value: 4,
              unit: 'count',
              window: { from: '2026-11-01', to: '2026-11-23' },
              threshold: 0,
            },
          ],
          records: ['dependency:default/a'],
        },
        concern: 'ops.delivery-process',
        capability: 'people.talent',
      },
    ],
    { asOf: '2026-11-23', at: '2026-11-24T05:00:00.000Z' },
  ).findings;
  if (!stored) throw new Error('no finding');
  return stored;
}

const COUNTS = {
  raised: 1,
  opened: 1,
  updated: 0,
  cleared: 0,
  reopened: 0,
  woke: 0,
  rules: 1,
  droppedWithoutEvidence: 0,
  merged: 0,
};

describe.each(STORE_ENGINES)('findings on the %s store', (engine) => {
  let store: Store;
  openStoreForEachTest(engine, (opened) => {
    store = opened;
  });

  it('reads a finding back exactly as saved', async () => {
    const saved = finding('team:default/checkout');
    await saveFindings(store, [saved]);
    expect(await findStoredFinding(store, saved.id)).toEqual(saved);
    expect(await findStoredFinding(store, 'F-00000000')).toBeNull();
  });

  it('replaces a finding saved again and keeps one row per condition', async () => {
    const saved = finding('team:default/checkout');
    await saveFindings(store, [saved, finding('team:default/payments')]);
    await saveFindings(store, [{ ...saved, status: 'acknowledged', note: 'on it', changedBy: 'ana' }]);
    const all = await listStoredFindings(store);
    expect(all).toHaveLength(2);
    expect(all.find((row) => row.id === saved.id)).toMatchObject({ status: 'acknowledged', note: 'on it' });
    expect(await listStoredFindings(store, { status: ['acknowledged'] })).toHaveLength(1);
  });

  it('loses and keeps nothing of a run that fails before it commits', async () => {
    await expect(
      store.transaction(async (tx) => {
        await saveFindings(tx, [finding('team:default/checkout')]);
        await recordAdvisorRun(tx, {
          asOf: '2026-11-23',
          startedAt: new Date(),
          finishedAt: new Date(),
          counts: COUNTS,
          errors: [],
        });
        throw new Error('crash');
      }),
    ).rejects.toThrow('crash');
    expect(await listStoredFindings(store)).toEqual([]);
    expect(await countAdvisorRuns(store)).toBe(0);
  });

  it('returns the latest run of a day with its counts and errors', async () => {
    const errors = [{ rule: 'org.broken', message: 'no part' }];
    await recordAdvisorRun(store, {
      asOf: '2026-11-22',
      startedAt: new Date('2026-11-24T01:00:00Z'),
      finishedAt: new Date('2026-11-24T01:00:01Z'),
      counts: COUNTS,
      errors: [],
    });
    await recordAdvisorRun(store, {
      asOf: '2026-11-23',
      startedAt: new Date('2026-11-24T02:00:00Z'),
      finishedAt: new Date('2026-11-24T02:00:01Z'),
      counts: COUNTS,
      errors,
    });
    expect(await latestAdvisorRun(store, { asOf: '2026-11-22' })).toMatchObject({
      asOf: '2026-11-22',
      errors: [],
    });
    expect(await latestAdvisorRun(store)).toMatchObject({ asOf: '2026-11-23', counts: COUNTS, errors });
    expect(await latestAdvisorRun(store, { asOf: '2026-11-01' })).toBeNull();
  });
});
