import { describe, expect, it } from 'vitest';
import type { CiRun } from '../domain/records/ci-run.js';
import type { Deployment } from '../domain/records/deployment.js';
import { buildRelease } from '../domain/release.test-fixtures.js';
import { RELEASE_CHECKLIST } from '../domain/release-checklist.js';
import { type ChecklistFacts, evaluateChecklist } from './release-checklist.js';

const release = buildRelease('ci:d2', '2026-03-04T10:00:00.000Z', {
  version: 'v1.2.0',
  versionSource: 'tag',
  commitSha: 'abc123',
  previous: { id: 'ci:d1', version: 'v1.1.0' },
});

function run(key: string, result: CiRun['result'], attempt = 1): CiRun {
  return {
    source: 'gha',
    key,
    repository: 'payments-api',
    pipeline: 'test',
    commitSha: 'abc123',
    attempt,
    result,
    startedAt: '2026-03-04T08:00:00Z',
    finishedAt: `2026-03-04T08:0${attempt}:00Z`,
  };
}

const staging: Deployment = {
  source: 'ci',
  key: 's1',
  service: 'payments',
  environment: 'staging',
  finishedAt: '2026-03-04T09:00:00Z',
  result: 'success',
  commitSha: 'abc123',
  method: 'api',
  unplanned: false,
};

function facts(overrides: Partial<ChecklistFacts> = {}): ChecklistFacts {
  return {
    release,
    signoffs: [],
    ciRuns: [],
    stagingDeployments: [],
    budgets: [],
    flags: [],
    now: new Date('2026-03-10T00:00:00Z'),
    ...overrides,
  };
}

const entry = (state: ReturnType<typeof evaluateChecklist>, item: string) =>
  state.items.find((candidate) => candidate.item === item);

describe('evaluateChecklist', () => {
  it('lists every checklist item in order, with sign-off-only items open until signed', () => {
    const state = evaluateChecklist(facts());
    expect(state.items.map((item) => item.item)).toEqual(RELEASE_CHECKLIST.map((item) => item.id));
    expect(entry(state, 'qa-signoff')?.status).toBe('open');
    const signed = evaluateChecklist(
      facts({
        signoffs: [
          {
            releaseId: 'ci:d2',
            item: 'qa-signoff',
            person: 'person:default/ada',
            signedAt: '2026-03-04T09:30:00Z',
          },
        ],
      }),
    );
    expect(entry(signed, 'qa-signoff')).toMatchObject({
      status: 'done',
      signoff: { person: 'person:default/ada' },
    });
  });

  it('judges CI on the latest attempt of each pipeline on the release commit', () => {
    const rerun = evaluateChecklist(facts({ ciRuns: [run('a1', 'failure', 1), run('a2', 'success', 2)] }));
    expect(entry(rerun, 'ci-green')).toMatchObject({
      status: 'done',
      check: { result: 'passed', evidence: ['gha:a2'] },
    });
    const red = evaluateChecklist(facts({ ciRuns: [run('a1', 'success', 1), run('a2', 'failure', 2)] }));
    expect(entry(red, 'ci-green')).toMatchObject({ status: 'failed', check: { evidence: ['gha:a2'] } });
    expect(entry(evaluateChecklist(facts()), 'ci-green')?.check?.result).toBe('no-data');
  });

  it('fails the error budget item when an SLO of the service is exhausted or frozen', () => {
    const frozen = evaluateChecklist(
      facts({ budgets: [{ slo: 'availability', state: 'exhausted', freeze: true }] }),
    );
    expect(entry(frozen, 'error-budget')?.status).toBe('failed');
    const fine = evaluateChecklist(
      facts({ budgets: [{ slo: 'availability', state: 'at-risk', freeze: false }] }),
    );
    expect(entry(fine, 'error-budget')?.status).toBe('done');
  });

  it('keeps the rollback plan failed until a plan is signed off, naming the version to go back to', () => {
    const missing = entry(evaluateChecklist(facts()), 'rollback-plan');
    expect(missing).toMatchObject({ status: 'failed', check: { evidence: ['ci:d1'] } });
    expect(missing?.check?.detail).toContain('v1.1.0');
    const planned = evaluateChecklist(
      facts({
        signoffs: [
          {
            releaseId: 'ci:d2',
            item: 'rollback-plan',
            person: 'person:default/ada',
            signedAt: '2026-03-04T09:00:00Z',
            note: 'redeploy v1.1.0',
          },
        ],
      }),
    );
    expect(entry(planned, 'rollback-plan')?.status).toBe('done');
  });

  it('passes staging only when the same commit was deployed outside production before the release', () => {
    expect(
      entry(evaluateChecklist(facts({ stagingDeployments: [staging] })), 'staging-deployed')?.status,
    ).toBe('done');
    const late = { ...staging, finishedAt: '2026-03-04T11:00:00Z' };
    expect(entry(evaluateChecklist(facts({ stagingDeployments: [late] })), 'staging-deployed')?.status).toBe(
      'failed',
    );
  });

  it('shows a regression with its evidence even when someone signed the item off', () => {
    const failed = {
      ...release,
      failed: true,
      rolledBack: true,
      rolledBackBy: ['ci:d3'],
      incidents: ['pd:i1'],
    };
    const state = evaluateChecklist(
      facts({
        release: failed,
        signoffs: [
          {
            releaseId: 'ci:d2',
            item: 'no-regression',
            person: 'person:default/ada',
            signedAt: '2026-03-05T00:00:00Z',
          },
        ],
      }),
    );
    expect(entry(state, 'no-regression')).toMatchObject({
      status: 'failed',
      check: { evidence: ['pd:i1', 'ci:d3'] },
    });
    expect(entry(state, 'retro-scheduled')?.status).toBe('open');
    expect(entry(evaluateChecklist(facts()), 'retro-scheduled')?.status).toBe('not-needed');
  });

  it('waits a day after the release before calling it free of regressions', () => {
    const soon = evaluateChecklist(facts({ now: new Date('2026-03-04T20:00:00Z') }));
    expect(entry(soon, 'no-regression')?.check?.result).toBe('pending');
  });

  it('fails flag clean-up when a flag older than 30 days was still active at the release', () => {
    const flags = [
      { key: 'old-checkout', service: 'service:default/payments', createdAt: '2026-01-01T00:00:00Z' },
      { key: 'new-banner', service: 'service:default/payments', createdAt: '2026-03-01T00:00:00Z' },
    ];
    const state = evaluateChecklist(facts({ flags }));
    expect(entry(state, 'flags-cleaned')).toMatchObject({
      status: 'failed',
      check: { evidence: ['flag:service:default/payments#old-checkout'] },
    });
  });
});
